import { AuthenticatedUser } from '@yunghap/platform-nest';

type HumanRole = AuthenticatedUser['role'];

/** The mentor pool is public to the program: every signed-in role may read it. */
export const EVERY_ROLE: readonly HumanRole[] = ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor'];

/** Who keeps the national pool, as the mentor decider allows (it checks again). */
export const POOL_KEEPERS: readonly HumanRole[] = ['program-manager', 'center-staff'];

/**
 * Engagements spend program money, so finance and auditors follow them along with program
 * managers; center staff see their own center's only. Committee members have no part in them.
 */
export const ENGAGEMENT_READERS: readonly HumanRole[] = ['program-manager', 'center-staff', 'finance', 'auditor'];
