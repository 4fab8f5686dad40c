import { createSecretKey, KeyObject } from 'node:crypto';
import type { JWTPayload, JWTVerifyGetKey, RemoteJWKSetOptions } from 'jose' with { 'resolution-mode': 'import' };
import { AuthConfig, GatewayKeysConfig } from './auth.config';

/** A token that verifies against none of the keys this service accepts; its message says why. */
export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
}

/** The gateway's keys could not be fetched: nobody's token can be checked until they can. */
export class TokenKeysUnavailable extends Error {
  override readonly name = 'TokenKeysUnavailable';
}

// The gateway and the services share a clock source; a few seconds cover a token minted just now.
const CLOCK_TOLERANCE_SECONDS = 5;

// jose ships ES modules only; the services are CommonJS, which load it through import().
type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });
let loaded: Promise<Jose> | undefined;
const jose = (): Promise<Jose> => (loaded ??= import('jose'));

/**
 * Checks a bearer token's signature and time, choosing the key by the header's `alg` and never
 * anything else: EdDSA against the gateway's JWKS (cached, fetched again for an unknown `kid`),
 * with its issuer and audience; HS256 against the development secret where that is accepted.
 * `none`, an HS256 token signed with a public key, or any other algorithm matches no key.
 * Example: `await verifier.verify(token)` → the token's payload, or `TokenRejected`.
 */
export class TokenVerifier {
  private readonly secret: KeyObject | null;
  private readonly gateway: GatewayKeysConfig | null;
  private gatewayKeys: JWTVerifyGetKey | undefined;

  /** `keySet`: jose's options of the cached key set (its defaults: refetched at most every 30 s, kept 10 minutes). */
  constructor(
    config: AuthConfig,
    private readonly keySet: RemoteJWKSetOptions = {},
  ) {
    // A key object made once: jose then keeps its imported form instead of importing the secret per request.
    this.secret = config.acceptsDevelopmentTokens ? createSecretKey(Buffer.from(config.jwtSecret)) : null;
    this.gateway = config.gatewayKeys;
  }

  async verify(token: string): Promise<JWTPayload> {
    const { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } = await jose();
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenRejected('it is not a signed JWT');
    }
    try {
      if (alg === 'EdDSA' && this.gateway) {
        // One cached key set per service: jose refetches it when a token names a `kid` it lacks.
        this.gatewayKeys ??= createRemoteJWKSet(this.gateway.jwksUrl, this.keySet);
        const { issuer, audience } = this.gateway;
        const options = { algorithms: ['EdDSA'], issuer, audience, requiredClaims: ['exp'], clockTolerance: CLOCK_TOLERANCE_SECONDS };
        return (await jwtVerify(token, this.gatewayKeys, options)).payload;
      }
      if (alg === 'HS256' && this.secret) {
        return (await jwtVerify(token, this.secret, { algorithms: ['HS256'], clockTolerance: CLOCK_TOLERANCE_SECONDS })).payload;
      }
    } catch (error) {
      throw await classified(error);
    }
    throw new TokenRejected(`tokens signed with ${JSON.stringify(alg ?? null)} are not accepted here`);
  }
}

// A key set that cannot be fetched or read is the gateway's trouble, not the caller's: a network
// failure, a timeout, an answer other than 200 (jose's generic error) or one that is no key set.
async function classified(error: unknown): Promise<Error> {
  const { errors } = await jose();
  if (!(error instanceof errors.JOSEError)) return new TokenKeysUnavailable(error instanceof Error ? error.message : String(error));
  const keysFailed = error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error.code === 'ERR_JOSE_GENERIC';
  return keysFailed ? new TokenKeysUnavailable(error.message) : new TokenRejected(error.message);
}
