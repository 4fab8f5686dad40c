import type { ProblemCatalogue, ProblemText } from './problem-catalogue';

/**
 * The kernel's `roleNotAllowed` refusal, which every context raises under its own code
 * (`APPLICATION.ROLE_NOT_ALLOWED`, …): a service catalogue lists its codes with this text.
 */
export const ROLE_NOT_ALLOWED_TEXT: ProblemText = {
  ko: '{role} 역할로는 이 일을 할 수 없습니다(할 수 있는 역할: {allowed}).',
  en: 'The role {role} may not do this (allowed: {allowed}).',
};

/**
 * Korean for the English-only problems of the platform itself (scope checks, Nest's HTTP errors) and of
 * the kernel's value objects, which every service meets; a service's catalogue comes on top.
 */
export const PLATFORM_PROBLEM_CATALOGUE: ProblemCatalogue = {
  'ACCESS.FORBIDDEN': { ko: '이 요청을 할 권한이 없습니다.', en: 'You may not make this request.' },
  'HTTP.404': { ko: '요청한 주소가 없습니다.', en: 'There is nothing at this address.' },
  // Nest's answer to a rate limit (ThrottlerException), worded by the filter as HTTP.429.
  'HTTP.429': { ko: '요청이 너무 많습니다. 잠시 후 다시 시도하십시오.', en: 'Too many requests; retry later.' },
  'PROVINCE.UNKNOWN': {
    ko: '시·도는 17개 약칭 중 하나여야 합니다(예: 서울, 경기, 제주).',
    en: 'The province must be one of the 17 short names, e.g. 서울, 경기, 제주.',
  },
  'BUSINESS_REGISTRATION_NUMBER.MALFORMED': {
    ko: '사업자등록번호는 10자리 숫자입니다(123-45-67890 또는 1234567890).',
    en: 'A business registration number is ten digits, written 123-45-67890 or 1234567890.',
  },
  'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH': {
    ko: '사업자등록번호가 국세청 검증번호 규칙에 맞지 않습니다.',
    en: 'The business registration number does not pass the National Tax Service check digit.',
  },
  'CALENDAR_DAY.INVALID': { ko: '날짜는 YYYY-MM-DD 형식의 실제 있는 날이어야 합니다.', en: 'A day is written YYYY-MM-DD and must exist on the calendar.' },
  'ERASURE.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'ERASURE.SUBJECT_UNKNOWN': { ko: '이 서비스는 {subject}의 개인정보를 보관하고 있지 않습니다.', en: 'No personal data of {subject} is held here.' },
  'ERASURE.ALREADY_ERASED': { ko: '{subject}의 개인정보는 이미 파기되었습니다.', en: 'The personal data of {subject} was already erased.' },
  'ERASURE.RETENTION_NOT_ENDED': {
    ko: '{subject}의 개인정보 보존기간이 {endsAt}에 끝나므로 아직 파기할 수 없습니다.',
    en: "The retention period of {subject}'s data ends at {endsAt}; it cannot be erased before.",
  },
  'ERASURE.ALREADY_REQUESTED': { ko: '파기 요청 {requestId}가 이미 있습니다.', en: 'Erasure request {requestId} exists already.' },
  'ERASURE.NOT_FOUND': { ko: '파기 요청 {requestId}가 없습니다.', en: 'There is no erasure request {requestId}.' },
  'ERASURE.NOT_PENDING': { ko: '파기 요청 {requestId}는 이미 처리되었습니다({status}).', en: 'Erasure request {requestId} was already decided ({status}).' },
  'ERASURE.SAME_APPROVER': {
    ko: '파기 요청 {requestId}는 요청한 사람이 아닌 다른 사업 담당자가 승인해야 합니다.',
    en: 'Erasure request {requestId} needs a second program manager, not the one who proposed it.',
  },
  'INDUSTRY_CODE.MALFORMED': {
    ko: '한국표준산업분류(KSIC) 코드 형식이 아닙니다(가장 세분: {finest}, 예: C26).',
    en: 'This is not a KSIC industry code (finest level: {finest}, e.g. C26).',
  },
};
