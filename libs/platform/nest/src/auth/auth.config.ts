import { ConfigError } from '../config/config-error';

/** A well-known secret for local runs only; `npm run token` signs with it by default. */
export const DEVELOPMENT_JWT_SECRET = 'yunghap-local-development-secret-do-not-use-in-production';

/** Who the gateway's service tokens say issued them, unless AUTH_TOKEN_ISSUER says otherwise. */
export const DEFAULT_TOKEN_ISSUER = 'yunghap-gateway';

/** The audience of every service token: the five services, which accept each other's callers alike. */
export const SERVICE_TOKEN_AUDIENCE = 'yunghap-services';

/** Where and how the gateway's EdDSA service tokens are checked. */
export interface GatewayKeysConfig {
  /** The gateway's JWKS, e.g. http://127.0.0.1:3000/.well-known/jwks.json. */
  readonly jwksUrl: URL;
  readonly issuer: string;
  readonly audience: string;
}

export interface AuthConfig {
  /** The HS256 secret development tokens are signed with (`npm run token`, tests, scripts): JWT_SECRET, else the development secret. */
  readonly jwtSecret: string;
  readonly usesDevelopmentSecret: boolean;
  /** Whether the services accept HS256 development tokens at all: never when NODE_ENV=production. */
  readonly acceptsDevelopmentTokens: boolean;
  /** The gateway's keys, when AUTH_JWKS_URL is set; the services then accept its EdDSA tokens. */
  readonly gatewayKeys: GatewayKeysConfig | null;
}

function gatewayKeysOf(env: NodeJS.ProcessEnv, production: boolean): GatewayKeysConfig | null {
  const raw = env['AUTH_JWKS_URL'];
  if (raw === undefined || raw === '') {
    if (production) throw new ConfigError('AUTH_JWKS_URL', "is required when NODE_ENV=production (the gateway's /.well-known/jwks.json)", raw ?? '');
    return null;
  }
  const jwksUrl = URL.canParse(raw) ? new URL(raw) : null;
  if (!jwksUrl || (jwksUrl.protocol !== 'http:' && jwksUrl.protocol !== 'https:')) {
    throw new ConfigError('AUTH_JWKS_URL', 'must be an http(s) URL', raw);
  }
  const issuer = env['AUTH_TOKEN_ISSUER'] ?? DEFAULT_TOKEN_ISSUER;
  if (issuer.trim() === '') throw new ConfigError('AUTH_TOKEN_ISSUER', 'must not be empty', issuer);
  return { jwksUrl, issuer, audience: SERVICE_TOKEN_AUDIENCE };
}

/**
 * Two kinds of bearer token: the gateway's EdDSA service tokens, checked against its JWKS
 * (AUTH_JWKS_URL, required when NODE_ENV=production), and HS256 development tokens signed with
 * JWT_SECRET or the development secret, accepted everywhere but in production.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const production = env['NODE_ENV'] === 'production';
  const gatewayKeys = gatewayKeysOf(env, production);
  const secret = env['JWT_SECRET'];
  if (secret !== undefined && secret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters', '(hidden)');
  return {
    jwtSecret: secret ?? DEVELOPMENT_JWT_SECRET,
    usesDevelopmentSecret: secret === undefined,
    acceptsDevelopmentTokens: !production,
    gatewayKeys,
  };
}
