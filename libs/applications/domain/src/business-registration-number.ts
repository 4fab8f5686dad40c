import { Brand, DomainError } from '@yunghap/kernel';
import { ValueError } from './applications.errors';

/** 사업자등록번호: ten digits, kept without hyphens so equal numbers compare equal. */
export type BusinessRegistrationNumber = Brand<string, 'BusinessRegistrationNumber'>;

// The National Tax Service's check-digit weights for the first nine digits.
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;
// Either as printed on the certificate (123-45-67890) or as bare digits.
const ACCEPTED_SHAPE = /^(\d{3}-\d{2}-\d{5}|\d{10})$/;

function checkDigitOf(digits: readonly number[]): number {
  const weighted = WEIGHTS.reduce((sum, weight, index) => sum + weight * digits[index], 0);
  // The ninth digit is weighted 5, and the tens of that product are added once more.
  const carry = Math.floor((digits[8] * 5) / 10);
  return (10 - ((weighted + carry) % 10)) % 10;
}

/** Strips the printed hyphens; used to compare numbers that arrive in either shape. */
export function withoutHyphens(raw: string): string {
  return raw.replaceAll('-', '');
}

/**
 * Accepts "123-45-67890" or "1234567890" whose tenth digit is the official check digit.
 * Example: `parseBusinessRegistrationNumber('220-81-06252')` → `'2208106252'`.
 */
export function parseBusinessRegistrationNumber(raw: string): BusinessRegistrationNumber | DomainError {
  if (!ACCEPTED_SHAPE.test(raw)) return ValueError.becauseRegistrationNumberMalformed();
  const normalized = withoutHyphens(raw);
  const digits = [...normalized].map(Number);
  if (checkDigitOf(digits) !== digits[9]) return ValueError.becauseRegistrationNumberChecksumFails();
  return normalized as BusinessRegistrationNumber;
}
