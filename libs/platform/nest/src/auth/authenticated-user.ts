import { HUMAN_ROLES, HumanRole } from '@yunghap/kernel';

// Declared in the kernel so the contexts' role tables can name them; offered here with the rest of auth.
export { HUMAN_ROLES };

/**
 * Who calls, from the bearer token. Center staff are bound to one center, committee members
 * to their committees; the other roles are program-wide.
 */
export interface AuthenticatedUser {
  readonly userId: string;
  readonly role: HumanRole;
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

/** Refuses claims that do not describe a user the platform knows how to scope. */
export function userFromClaims(claims: TokenClaims): AuthenticatedUser | string {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) return 'the token has no subject';
  if (!HUMAN_ROLES.includes(claims.role as AuthenticatedUser['role'])) return `unknown role ${JSON.stringify(claims.role)}`;
  const role = claims.role as AuthenticatedUser['role'];
  if (role === 'center-staff' && !claims.centerId) return 'a center-staff token must name its centerId';
  const committeeIds = Array.isArray(claims.committeeIds) ? claims.committeeIds.filter((id) => typeof id === 'string') : [];
  return { userId: claims.sub, role, name: claims.name, centerId: claims.centerId, committeeIds };
}
