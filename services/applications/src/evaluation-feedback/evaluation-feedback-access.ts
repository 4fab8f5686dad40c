import { assertNever } from '@yunghap/kernel';
import { assertCenterScope, AuthenticatedUser, ProblemException } from '@yunghap/platform-nest';
import { ApplicationView } from '../applications/application-view.projection';

/**
 * Who may read an application's evaluation feedback: its applicant whatever their role, program
 * managers and auditors, and the staff of the center it was routed to, who answer the applicant's
 * questions about it. Not finance, who has no use for it, and not the committee's members, who
 * read the scores in the evaluation service and have no business with the applicant's page.
 */
export function assertMayReadFeedback(user: AuthenticatedUser, application: ApplicationView): void {
  if (user.userId === application.applicantId) return;
  switch (user.role) {
    case 'program-manager':
    case 'auditor':
      return;
    case 'center-staff':
      return assertCenterScope(user, application.centerId);
    case 'finance':
    case 'committee-member':
      throw ProblemException.forbidden(
        `평가 의견은 신청인, 사업 관리자, 감사인, 담당 센터 직원만 볼 수 있습니다. (Only the applicant, program managers, auditors and the center's staff read the evaluation feedback of application ${application._id}.)`,
      );
    default:
      return assertNever(user.role);
  }
}
