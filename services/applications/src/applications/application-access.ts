import { assertNever } from '@yunghap/kernel';
import { assertCenterScope, assertCommitteeScope, AuthenticatedUser, ProblemException } from '@yunghap/platform-nest';
import { ApplicationView } from './application-view.projection';

/**
 * Who may read an application: its applicant whatever their role, the program-wide roles, the
 * staff of the center it was routed to, and the members of the committee evaluating it who have
 * not stood down from it (a tie to one of its firms: they see nothing of it, before or after the close).
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
      assertCommitteeScope(user, application.committeeId);
      if (application.recusedMembers?.includes(user.userId)) {
        throw ProblemException.forbidden(
          `${user.userId}님은 신청 ${application._id}의 평가에서 회피했습니다. (${user.userId} stood down from the evaluation of application ${application._id}.)`,
        );
      }
      return;
    default:
      return assertNever(user.role);
  }
}
