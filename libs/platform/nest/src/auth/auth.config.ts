import { ConfigError } from '../config/config-error';

/** A well-known secret for local runs only; `npm run token` signs with it by default. */
export const DEVELOPMENT_JWT_SECRET = 'yunghap-local-development-secret-do-not-use-in-production';

export interface AuthConfig {
  readonly jwtSecret: string;
  readonly usesDevelopmentSecret: boolean;
}

/** `JWT_SECRET` is required when `NODE_ENV=production`; elsewhere the development secret is used. */
export function loadAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const secret = env['JWT_SECRET'];
  if (secret !== undefined) {
    if (secret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters', '(hidden)');
    return { jwtSecret: secret, usesDevelopmentSecret: false };
  }
  if (env['NODE_ENV'] === 'production') throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production', '');
  return { jwtSecret: DEVELOPMENT_JWT_SECRET, usesDevelopmentSecret: true };
}
