import { JwtService } from '@nestjs/jwt';
import { TokenClaims } from './authenticated-user';

/** What a development token may say: any role, so that tests can also sign the ones the services refuse. */
export type DevelopmentTokenClaims = Omit<TokenClaims, 'role'> & { readonly role: string };

/**
 * Signs an HS256 bearer token with the development secret or JWT_SECRET. Used by `npm run token`
 * for local work, by tests and scripts; the services accept it except when NODE_ENV=production.
 * People's tokens come from the gateway (EdDSA) with the same claims.
 */
export function issueToken(claims: DevelopmentTokenClaims, secret: string, expiresInSeconds = 8 * 3600): string {
  return new JwtService({ secret }).sign({ ...claims }, { algorithm: 'HS256', expiresIn: expiresInSeconds });
}
