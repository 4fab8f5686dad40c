import { assertNever, isDomainError, parseBusinessRegistrationNumber } from '@yunghap/kernel';
import { assertCenterScope, assertCommitteeScope, AuthenticatedUser, ProblemException } from '@yunghap/platform-nest';
import { ApplicationView } from './application-view.projection';

/** An applicant reads the applications their firm is part of, as lead or as partner. */
export function assertFirmTakesPart(user: AuthenticatedUser, application: ApplicationView): void {
  if (user.firmId !== undefined && application.memberRegistrationNumbers.includes(user.firmId)) return;
  throw ProblemException.forbidden(
    `신청인은 자기 기업이 참여한 신청서만 볼 수 있습니다: ${application._id}. (An applicant reads only the applications their firm takes part in; application ${application._id} is not one.)`,
  );
}

/**
 * An applicant acts for the firm their token names, and a consortium's application is the lead
 * firm's: drafting, revising, submitting and withdrawing need the lead firm to be the token's
 * `firmId`. `leadRegistrationNumber` as typed or as recorded; one that does not parse is left to
 * the domain's content check, which names the field.
 */
export function assertLeadsFor(user: AuthenticatedUser, leadRegistrationNumber: string): void {
  const lead = parseBusinessRegistrationNumber(leadRegistrationNumber);
  if (isDomainError(lead) || lead === user.firmId) return;
  // The numbers stay out of the message: a sole proprietor's can identify a person.
  throw ProblemException.forbidden(
    '신청인은 자기 기업이 주관 기업인 신청서만 작성·제출할 수 있습니다. (An applicant acts only on applications whose lead firm is the firm their token names.)',
  );
}

/**
 * Who may read an application: an applicant of one of its firms, the program-wide roles, the
 * staff of the center it was routed to, and the members of the committee evaluating it who have
 * not stood down from it (a tie to one of its firms: they see nothing of it, before or after the close).
 */
export function assertMayRead(user: AuthenticatedUser, application: ApplicationView): void {
  switch (user.role) {
    case 'applicant':
      return assertFirmTakesPart(user, application);
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
    case 'gateway':
      throw ProblemException.forbidden('게이트웨이는 신청서를 읽지 않습니다. (The gateway does not read applications.)');
    default:
      return assertNever(user.role);
  }
}
