import { JwtService } from '@nestjs/jwt';
import { TokenClaims } from './authenticated-user';

/**
 * Signs a bearer token the services accept. Used by `npm run token` for local work and by tests;
 * production tokens come from the identity provider with the same claims.
 */
export function issueToken(claims: TokenClaims, secret: string, expiresInSeconds = 8 * 3600): string {
  return new JwtService({ secret }).sign({ ...claims }, { algorithm: 'HS256', expiresIn: expiresInSeconds });
}
