// Shapes checked at the edge so that a typo answers 400 on its field; the domain checks them
// again (and answers 422) for callers that reach it another way.

/** A business registration number (사업자등록번호): ten digits, no dashes. */
export const REGISTRATION_NUMBER = /^\d{10}$/;
export const REGISTRATION_NUMBER_MESSAGE = '$property must be a business registration number of ten digits without dashes';

/** A KSIC code a mentor knows: a section (`C`) or a division (`C26`). */
export const MENTOR_INDUSTRY = /^[A-U](\d{2})?$/;
/** A KSIC code a firm is classified under: from the section (`C`) down to the subclass (`C26110`). */
export const FIRM_INDUSTRY = /^[A-U](\d{2,5})?$/;
export const INDUSTRY_MESSAGE = '$property must be a KSIC code such as C or C26';
