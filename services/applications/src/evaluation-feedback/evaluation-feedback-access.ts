import { assertNever } from '@yunghap/kernel';
import { assertCenterScope, AuthenticatedUser, ProblemException } from '@yunghap/platform-nest';
import { assertFirmTakesPart } from '../applications/application-access';
import { ApplicationView } from '../applications/application-view.projection';

const notForThem = (application: ApplicationView) =>
  ProblemException.forbidden(
    `평가 의견은 신청 기업의 신청인, 사업 관리자, 감사인, 담당 센터 직원만 볼 수 있습니다. (Only the applicants of its firms, program managers, auditors and the center's staff read the evaluation feedback of application ${application._id}.)`,
  );

/**
 * Who may read an application's evaluation feedback: an applicant of one of its firms, program
 * managers and auditors, and the staff of the center it was routed to, who answer the applicant's
 * questions about it. Not finance, who has no use for it, and not the committee's members, who
 * read the scores in the evaluation service and have no business with the applicant's page.
 */
export function assertMayReadFeedback(user: AuthenticatedUser, application: ApplicationView): void {
  switch (user.role) {
    case 'applicant':
      return assertFirmTakesPart(user, application);
    case 'program-manager':
    case 'auditor':
      return;
    case 'center-staff':
      return assertCenterScope(user, application.centerId);
    case 'finance':
    case 'committee-member':
    case 'gateway':
      throw notForThem(application);
    default:
      return assertNever(user.role);
  }
}
