import { AuthenticatedUser } from '@yunghap/platform-nest';

/** Roles that oversee the whole program and may read every center's cases. */
export const PROGRAM_WIDE_READERS: readonly AuthenticatedUser['role'][] = ['program-manager', 'finance', 'auditor'];
