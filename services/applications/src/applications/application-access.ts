import { assertNever } from '@yunghap/kernel';
import { assertCenterScope, assertCommitteeScope, AuthenticatedUser } from '@yunghap/platform-nest';
import { ApplicationView } from './application-view.projection';

/**
 * Who may read an application: its applicant whatever their role, the program-wide roles, the
 * staff of the center it was routed to, and the members of the committee evaluating it.
 */
export function assertMayRead(user: AuthenticatedUser, application: ApplicationView): void {
  if (user.userId === application.applicantId) return;
  switch (user.role) {
    case 'program-manager':
    case 'finance':
    case 'auditor':
      return;
    case 'center-staff':
      return assertCenterScope(user, application.centerId);
    case 'committee-member':
      return assertCommitteeScope(user, application.committeeId);
    default:
      return assertNever(user.role);
  }
}
