import { DomainError, isBlank, isDomainError, koreanDayOf, parseKoreanDay } from '@yunghap/kernel';
import { AgreementError } from './grants.errors';

/** The agreement (협약) a selected task signs with the agency: its number, its term and the day it was signed. */
export interface Agreement {
  readonly agreementNumber: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly signedOn: string;
}

const AGREEMENT_DAYS = ['startsOn', 'endsOn', 'signedOn'] as const;

/**
 * The rules of an agreement record: a number; three calendar days (YYYY-MM-DD, which compare as
 * text); a term that ends after it starts; signed on or before the first day of the term (work
 * under an agreement starts once it is signed); and signed already, not after the day it is
 * recorded (`now`, in Korea).
 */
export function checkAgreement(agreement: Agreement, now: string): DomainError | undefined {
  if (isBlank(agreement.agreementNumber)) return AgreementError.becauseNumberRequired();
  for (const field of AGREEMENT_DAYS) if (isDomainError(parseKoreanDay(agreement[field]))) return AgreementError.becauseNotADay(field, agreement[field]);
  const { startsOn, endsOn, signedOn } = agreement;
  if (endsOn <= startsOn) return AgreementError.becauseEndsBeforeStart(startsOn, endsOn);
  if (signedOn > startsOn) return AgreementError.becauseSignedAfterStart(signedOn, startsOn);
  const today = koreanDayOf(now);
  return signedOn > today ? AgreementError.becauseSignedInFuture(signedOn, today) : undefined;
}
