/**
 * The roles of DESIGN.md. `applicant` acts for one firm; `gateway` is the gateway asking the
 * services who a signed-in person is (and registering applicants) before that person has a role;
 * `system` is the platform itself acting on an integration event.
 */
export const ROLES = ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor', 'applicant', 'gateway', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a person signs in with. */
export type HumanRole = Exclude<Role, 'system' | 'gateway'>;
export const HUMAN_ROLES: readonly HumanRole[] = ROLES.filter((role): role is HumanRole => role !== 'system' && role !== 'gateway');

/** The roles a bearer token may carry: a person's, or the gateway's own; never `system`. */
export type TokenRole = Exclude<Role, 'system'>;
export const TOKEN_ROLES: readonly TokenRole[] = ROLES.filter((role): role is TokenRole => role !== 'system');

/** Who decided: recorded on every event, because the event store is the audit log. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
}
