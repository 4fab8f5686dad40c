import { Role, ROLES } from '@yunghap/kernel';

/**
 * Who calls, from the bearer token. Center staff are bound to one center, committee members
 * to their committees; the other roles are program-wide.
 */
export interface AuthenticatedUser {
  readonly userId: string;
  readonly role: Exclude<Role, 'system'>;
  readonly name?: string;
  readonly centerId?: string;
  readonly committeeIds: readonly string[];
}

/** The token's claims as issued by `npm run token` or an identity provider. */
export interface TokenClaims {
  readonly sub: string;
  readonly role: string;
  readonly name?: string;
  readonly centerId?: string;
  readonly committeeIds?: string[];
}

export const HUMAN_ROLES = ROLES.filter((role): role is AuthenticatedUser['role'] => role !== 'system');

/** Refuses claims that do not describe a user the platform knows how to scope. */
export function userFromClaims(claims: TokenClaims): AuthenticatedUser | string {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) return 'the token has no subject';
  if (!HUMAN_ROLES.includes(claims.role as AuthenticatedUser['role'])) return `unknown role ${JSON.stringify(claims.role)}`;
  const role = claims.role as AuthenticatedUser['role'];
  if (role === 'center-staff' && !claims.centerId) return 'a center-staff token must name its centerId';
  const committeeIds = Array.isArray(claims.committeeIds) ? claims.committeeIds.filter((id) => typeof id === 'string') : [];
  return { userId: claims.sub, role, name: claims.name, centerId: claims.centerId, committeeIds };
}
