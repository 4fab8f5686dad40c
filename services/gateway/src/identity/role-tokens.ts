import type { GatewaySession, SignedInUser } from '../session/gateway-session';
import type { ServiceToken, ServiceTokenIssuer } from '../tokens/service-token';
import type { IdentityResolver } from './identity-resolver';
import { activeRoleAfter, RoleChoice, RoleOption, sameRole } from './role-option';

/** A token is renewed this long before it expires, so a forwarded request never carries one about to lapse. */
function renewalMarginMs(ttlSeconds: number): number {
  return Math.min(30_000, (ttlSeconds * 1000) / 5);
}

/**
 * The service token of a session's active role. Roles are resolved again whenever the token is
 * renewed, so a person removed from a staff list or a committee loses that role within one token lifetime.
 */
export class RoleTokens {
  constructor(
    private readonly identity: IdentityResolver,
    private readonly tokens: ServiceTokenIssuer,
    private readonly ttlSeconds: number,
  ) {}

  /** Resolves the roles and makes a token when they were never resolved or are due; returns whether anything changed. */
  async ensureFresh(session: GatewaySession, now = Date.now()): Promise<boolean> {
    if (!session.user) return false;
    if (session.rolesDueAt !== undefined && now < session.rolesDueAt) return false;
    session.roles = await this.identity.roleOptions(session.user);
    session.activeRole = activeRoleAfter(session.activeRole, session.roles);
    session.token = session.activeRole ? await this.tokenFor(session.user, session.activeRole) : undefined;
    session.rolesDueAt = now + this.ttlSeconds * 1000 - renewalMarginMs(this.ttlSeconds);
    return true;
  }

  /** Switches to another of the roles the session offers; false when it offers no such role. */
  async switchTo(session: GatewaySession, wanted: RoleChoice): Promise<boolean> {
    const option = session.roles.find((candidate) => sameRole(candidate, wanted));
    if (!session.user || !option) return false;
    session.activeRole = option;
    session.token = await this.tokenFor(session.user, option);
    return true;
  }

  /** Makes the next request resolve the roles again (after a registration, say). */
  expire(session: GatewaySession): void {
    session.rolesDueAt = undefined;
  }

  private tokenFor(user: SignedInUser, { role, centerId, committeeIds, firmId }: RoleOption): Promise<ServiceToken> {
    return this.tokens.issue({ sub: user.sub, name: user.name, role, centerId, committeeIds, firmId });
  }
}
