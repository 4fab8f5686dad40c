import type { GatewaySession, SignedInUser } from '../session/gateway-session';
import type { RoleOption } from '../identity/role-option';

/** What `/auth/session` tells the console; never a token. */
export interface SessionView {
  readonly signedIn: boolean;
  readonly user?: SignedInUser;
  readonly roles: readonly RoleOption[];
  readonly activeRole?: RoleOption;
  readonly csrfToken: string;
}

export function sessionView(session: GatewaySession | undefined, csrfToken: string): SessionView {
  if (!session?.user) return { signedIn: false, roles: [], csrfToken };
  return { signedIn: true, user: session.user, roles: session.roles, activeRole: session.activeRole, csrfToken };
}
