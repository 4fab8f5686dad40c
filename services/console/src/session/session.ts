import type { HumanRole } from '@yunghap/kernel';

// The gateway's `GET /auth/session` (its contract, not a service's OpenAPI document: the gateway
// serves the console, it is not one of the five services the API types are generated from).

/** One role a person may act in, as the gateway resolved it from Yunghap's records. */
export interface RoleOption {
  readonly role: HumanRole;
  readonly centerId?: string;
  readonly committeeIds?: readonly string[];
  /** The applicant's firm: its 10-digit business registration number. */
  readonly firmId?: string;
  /** The center's region or the firm's name. */
  readonly scopeName?: string;
  readonly label: string;
}

export interface Session {
  readonly signedIn: boolean;
  readonly user?: { readonly sub: string; readonly name: string; readonly email?: string };
  readonly roles: readonly RoleOption[];
  readonly activeRole?: RoleOption;
  readonly csrfToken: string;
}

/** Where the gateway starts a sign-in that comes back to `returnTo` (a path of the console). */
export function signInUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Whether the person is signed in but Yunghap's records give them no role yet (a firm to register). */
export function needsRegistration(session: Session): boolean {
  return session.signedIn && session.roles.length === 0;
}

export type Access = 'sign-in' | 'register' | 'forbidden' | 'allowed';

/** What a page for `roles` does for this session: send to sign-in, ask to register, refuse, or show. */
export function accessTo(session: Session, roles: readonly HumanRole[]): Access {
  if (!session.signedIn) return 'sign-in';
  if (needsRegistration(session)) return 'register';
  return session.activeRole !== undefined && roles.includes(session.activeRole.role) ? 'allowed' : 'forbidden';
}
