import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { demoPerson } from './demo-people';

/** Mounted under this path of the gateway; its issuer is `<public URL>/dev-oidc`. */
export const DEV_PROVIDER_PATH = '/dev-oidc';
export const DEV_INTERACTION_PATH = `${DEV_PROVIDER_PATH}/interaction`;

export interface DevProviderClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
}

/** The gateway is the provider's only client and a first party: consent is implied, never asked. */
async function impliedConsent(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existing = session.grantIdFor(client.clientId);
  if (existing) return provider.Grant.find(existing);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid profile email');
  session.ensureClientContainer(client.clientId);
  session.grantIdFor(client.clientId, await grant.save());
  return grant;
}

/**
 * The development OpenID Connect provider of `npm start`: the demo people, code flow with PKCE
 * required, and a plain "sign in as" page instead of passwords. The configuration refuses it in
 * production. No RP-initiated logout: the gateway asks for the sign-in page every time instead.
 */
export function createDevProvider(issuer: string, client: DevProviderClient): Provider {
  const configuration: Configuration = {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // Made per run like the cookie keys: the provider's sessions and ID tokens last no longer than the process.
    jwks: { keys: [{ ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK), use: 'sig', alg: 'RS256' }] },
    ttl: { Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, AuthorizationCode: 60, AccessToken: 300, IdToken: 300 },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    findAccount: (_ctx, sub) => {
      const person = demoPerson(sub);
      return person && { accountId: person.sub, claims: () => ({ sub: person.sub, name: person.name, email: person.email }) };
    },
    interactions: { url: (_ctx, interaction) => `${DEV_INTERACTION_PATH}/${interaction.uid}` },
    loadExistingGrant: impliedConsent,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
  };
  return new Provider(issuer, configuration);
}
