/**
 * A business registration number (사업자등록번호) in canonical form: ten digits, no dashes.
 * Conflicts of interest are found by plain equality of this number, so "123-45-67890" must be
 * refused rather than normalised: two spellings of one firm would hide a conflict.
 */
export function isBusinessRegistrationNumber(value: string): boolean {
  return /^\d{10}$/.test(value);
}
