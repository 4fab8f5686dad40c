import { Brand } from './brand';
import { DomainError } from './domain-error';

/**
 * A business registration number (사업자등록번호) in its canonical spelling: ten digits, no
 * hyphens. Contexts find a firm by plain equality of this number (recusal, conflicts of interest,
 * one application per firm), so it is stored, published and compared in this spelling only.
 */
export type BusinessRegistrationNumber = Brand<string, 'BusinessRegistrationNumber'>;

/** The canonical spelling, for documents (OpenAPI) that must state it. */
export const BUSINESS_REGISTRATION_NUMBER_PATTERN = /^\d{10}$/;

/** The spellings a person may type: as printed on the certificate (123-45-67890), or canonical. */
export const TYPED_BUSINESS_REGISTRATION_NUMBER_PATTERN = /^(\d{3}-\d{2}-\d{5}|\d{10})$/;

// The National Tax Service's check-digit weights for the first nine digits.
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

// Messages never echo the number: a sole proprietor's can identify a person.
const malformed = () =>
  new DomainError('BUSINESS_REGISTRATION_NUMBER.MALFORMED', 'rule', 'A business registration number is ten digits, written 123-45-67890 or 1234567890');
const checkDigitFails = () =>
  new DomainError(
    'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH',
    'rule',
    'The business registration number does not pass the National Tax Service check digit',
  );

function checkDigitOf(digits: readonly number[]): number {
  const weighted = WEIGHTS.reduce((sum, weight, index) => sum + weight * digits[index], 0);
  // The ninth digit is weighted 5, and the tens of that product are added once more.
  const carry = Math.floor((digits[8] * 5) / 10);
  return (10 - ((weighted + carry) % 10)) % 10;
}

/**
 * True for a number already in the canonical spelling, as records and integration events carry
 * it. It does not verify the check digit: that is done once, where a person types the number
 * (`parseBusinessRegistrationNumber`); a number recorded or published is compared, not re-judged.
 */
export function isBusinessRegistrationNumber(value: unknown): value is BusinessRegistrationNumber {
  return typeof value === 'string' && BUSINESS_REGISTRATION_NUMBER_PATTERN.test(value);
}

/**
 * Reads a number as a person types it: "123-45-67890" or "1234567890", whose tenth digit must be
 * the National Tax Service check digit. Answers the canonical spelling.
 * Example: `parseBusinessRegistrationNumber('220-81-06252')` → `'2208106252'`.
 */
export function parseBusinessRegistrationNumber(raw: string): BusinessRegistrationNumber | DomainError {
  if (!TYPED_BUSINESS_REGISTRATION_NUMBER_PATTERN.test(raw)) return malformed();
  const canonical = raw.replaceAll('-', '');
  const digits = [...canonical].map(Number);
  return checkDigitOf(digits) === digits[9] ? (canonical as BusinessRegistrationNumber) : checkDigitFails();
}
