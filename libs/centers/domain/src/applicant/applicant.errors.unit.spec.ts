import { DomainError, DomainErrorKind } from '@yunghap/kernel';
import { ApplicantError } from './applicant.errors';

// Codes and kinds are a published contract: clients match on the code, and the kind decides the HTTP status.
const catalogue: readonly (readonly [DomainError, string, DomainErrorKind])[] = [
  [ApplicantError.roleNotAllowed('ConfirmApplicant', 'auditor'), 'APPLICANT.ROLE_NOT_ALLOWED', 'forbidden'],
  [ApplicantError.otherCenter('u-1'), 'APPLICANT.OTHER_CENTER', 'forbidden'],
  [ApplicantError.alreadyRegistered('u-1', 'pending'), 'APPLICANT.ALREADY_REGISTERED', 'conflict'],
  [ApplicantError.notRegistered('u-1'), 'APPLICANT.NOT_REGISTERED', 'not-found'],
  [ApplicantError.notPending('u-1', 'rejected'), 'APPLICANT.NOT_PENDING', 'conflict'],
  [ApplicantError.registrationNumberInvalid('BUSINESS_REGISTRATION_NUMBER.MALFORMED'), 'APPLICANT.REGISTRATION_NUMBER_INVALID', 'rule'],
  [ApplicantError.textRequired('firmName'), 'APPLICANT.TEXT_REQUIRED', 'rule'],
  [ApplicantError.reasonRequired('u-1'), 'APPLICANT.REASON_REQUIRED', 'rule'],
];

describe('applicant error catalogue', () => {
  it.each(catalogue)('%#: keeps its stable code and kind, and speaks Korean first', (error, code, kind) => {
    expect([error.code, error.kind]).toEqual([code, kind]);
    expect(error.message).toMatch(/^[^(]*[가-힣][^(]*\(.+\)$/s);
  });
});
