import * as oidc from 'openid-client';
import type { PendingSignIn, SignedInUser } from '../session/gateway-session';

export interface RelyingPartySettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  /** Plain http is allowed for the development provider on this machine only. */
  readonly allowHttp: boolean;
  /** Ask the provider to show its sign-in page every time (the development provider: any demo person, one click). */
  readonly alwaysAsk: boolean;
}

export interface CompletedSignIn {
  readonly user: SignedInUser;
  readonly idToken?: string;
}

/**
 * The gateway as an OpenID Connect client: authorization code with PKCE, state and nonce, the same
 * code against the development provider and a real one.
 */
export class RelyingParty {
  private constructor(
    private readonly config: oidc.Configuration,
    private readonly settings: RelyingPartySettings,
  ) {}

  static async discover(settings: RelyingPartySettings): Promise<RelyingParty> {
    const config = await oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), {
      execute: settings.allowHttp ? [oidc.allowInsecureRequests] : [],
    });
    return new RelyingParty(config, settings);
  }

  /** Where to send the browser, and what the callback must check. */
  async start(returnTo: string): Promise<{ readonly url: string; readonly pending: PendingSignIn }> {
    const pending: PendingSignIn = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), returnTo };
    const url = oidc.buildAuthorizationUrl(this.config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ...(this.settings.alwaysAsk ? { prompt: 'login' } : {}),
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code; throws when state, nonce, PKCE or the ID token do not check out. */
  async complete(callbackUrl: URL, pending: PendingSignIn): Promise<CompletedSignIn> {
    const tokens = await oidc.authorizationCodeGrant(this.config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    // Providers that follow the specification strictly keep profile claims out of the ID token.
    const profile = this.config.serverMetadata().userinfo_endpoint ? await oidc.fetchUserInfo(this.config, tokens.access_token, claims.sub) : claims;
    const name = typeof profile.name === 'string' ? profile.name : claims.sub;
    const email = typeof profile.email === 'string' ? profile.email : undefined;
    return { user: { sub: claims.sub, name, ...(email ? { email } : {}) }, idToken: tokens.id_token };
  }

  /** The provider's end-session URL when it offers one (RP-initiated logout), else null. */
  logoutUrl(idToken: string | undefined): string | null {
    if (!this.config.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.settings.postLogoutRedirectUri, client_id: this.settings.clientId };
    if (idToken) parameters['id_token_hint'] = idToken;
    return oidc.buildEndSessionUrl(this.config, parameters).href;
  }
}
