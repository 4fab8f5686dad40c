/** The roles of DESIGN.md; `system` is the platform itself acting on an integration event. */
export const ROLES = ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a person signs in with: no token carries `system`. */
export type HumanRole = Exclude<Role, 'system'>;
export const HUMAN_ROLES: readonly HumanRole[] = ROLES.filter((role): role is HumanRole => role !== 'system');

/** Who decided: recorded on every event, because the event store is the audit log. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
}
