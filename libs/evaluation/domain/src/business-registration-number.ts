/**
 * A business registration number (사업자등록번호) in canonical form: ten digits, no dashes.
 * Recusal matches firms by plain equality of this number, so "123-45-67890" and "1234567890"
 * must never both occur — a missed match is a missed conflict of interest. Every way in therefore
 * refuses any other spelling instead of normalising it silently.
 */
export function isBusinessRegistrationNumber(value: string): boolean {
  return /^\d{10}$/.test(value);
}
