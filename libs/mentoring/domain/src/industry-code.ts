// Only the KSIC (한국표준산업분류) shape is checked here; the code list itself is revised over the
// years and belongs to reference data. A mentor knows a section ("C") or a division ("C26"); a
// firm may be classified more finely, down to the subclass ("C26110").
const MENTOR_INDUSTRY = /^[A-U](\d{2})?$/;
const FIRM_INDUSTRY = /^[A-U](\d{2,5})?$/;

export function isMentorIndustryCode(code: string): boolean {
  return MENTOR_INDUSTRY.test(code);
}

export function isFirmIndustryCode(code: string): boolean {
  return FIRM_INDUSTRY.test(code);
}

/**
 * KSIC codes nest by prefix, so a mentor who knows section C knows every firm in C26 and C2611,
 * while one who knows only C26 does not cover a firm classified as C27 (or as bare C).
 */
export function industryCovers(mentorCode: string, firmCode: string): boolean {
  return firmCode.startsWith(mentorCode);
}
