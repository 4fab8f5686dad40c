import { DomainError, Role } from '@yunghap/kernel';
import { ApplicantStatus } from './applicant.state';

// Details carry ids and codes only: names, emails, phones and the number typed stay out of error bodies.

const STATUS_KO: Readonly<Record<ApplicantStatus, string>> = { pending: '확인 대기 중인', confirmed: '확인된', rejected: '반려된' };

export const ApplicantError = {
  roleNotAllowed: (action: string, role: Role) =>
    new DomainError('APPLICANT.ROLE_NOT_ALLOWED', 'forbidden', `${role} 역할은 ${action}을(를) 할 수 없습니다. (The role ${role} may not ${action}.)`, {
      action,
      role,
    }),

  /** Staff decide on the registrations of their own center's firms only. */
  otherCenter: (userId: string) =>
    new DomainError('APPLICANT.OTHER_CENTER', 'forbidden', '이 신청자 등록은 다른 센터 소관입니다. (This applicant registration belongs to another center.)', {
      userId,
    }),

  alreadyRegistered: (userId: string, status: ApplicantStatus) =>
    new DomainError(
      'APPLICANT.ALREADY_REGISTERED',
      'conflict',
      `이미 ${STATUS_KO[status]} 신청자 등록이 있습니다. 반려된 뒤에만 다시 등록할 수 있습니다. (The person already has a ${status} applicant registration; only a rejected one may register again.)`,
      { userId, status },
    ),

  notRegistered: (userId: string) =>
    new DomainError('APPLICANT.NOT_REGISTERED', 'not-found', '신청자 등록이 없습니다. (There is no applicant registration for this person.)', { userId }),

  notPending: (userId: string, status: ApplicantStatus) =>
    new DomainError(
      'APPLICANT.NOT_PENDING',
      'conflict',
      `신청자 등록이 이미 ${STATUS_KO[status]} 상태라 확인하거나 반려할 수 없습니다. (The applicant registration is ${status}; only a pending one is confirmed or rejected.)`,
      { userId, status },
    ),

  /** `reason` is the kernel's refusal code (malformed, check digit). */
  registrationNumberInvalid: (reason: string) =>
    new DomainError(
      'APPLICANT.REGISTRATION_NUMBER_INVALID',
      'rule',
      '사업자등록번호가 올바르지 않습니다: 123-45-67890처럼 10자리이고 국세청 검증번호가 맞아야 합니다. (The business registration number must be ten digits with a valid National Tax Service check digit.)',
      { field: 'registrationNumber', reason },
    ),

  textRequired: (field: 'name' | 'firmName') =>
    new DomainError('APPLICANT.TEXT_REQUIRED', 'rule', `${field}에 공백 외의 글자가 있어야 합니다. (${field} must not be blank.)`, { field }),

  reasonRequired: (userId: string) =>
    new DomainError('APPLICANT.REASON_REQUIRED', 'rule', '반려에는 사유가 필요합니다. (A rejection needs a reason.)', { userId, field: 'reason' }),
};
