import { ProblemCatalogue, ProblemText, ROLE_NOT_ALLOWED_TEXT } from '@yunghap/platform-nest';

const INVALID_AMOUNT: ProblemText = { ko: '{field}은(는) 0보다 큰 원 단위 정수여야 합니다.', en: '{field} must be a positive whole number of won.' };
const REASON_REQUIRED: ProblemText = { ko: '감사 기록을 위해 사유를 적어야 합니다.', en: 'A reason is required for the audit trail.' };
const FOUR_EYES: ProblemText = {
  ko: '{userId}은(는) 이 건({step})을 제안했으므로 승인할 수 없습니다. 다른 사람이 승인해야 합니다.',
  en: '{userId} proposed this {step} and may not also approve it.',
};

/**
 * Korean (and English) for the refusals of the grants context whose own message is English
 * only, by code; `{name}` is filled from the refusal's details. docs/api.md tells how to add one;
 * problem-catalogue.unit.spec.ts fails while a code of the context has no Korean.
 */
export const GRANTS_PROBLEM_CATALOGUE: ProblemCatalogue = {
  'PROGRAM.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'PROGRAM.INVALID_AMOUNT': INVALID_AMOUNT,
  'PROGRAM.REASON_REQUIRED': REASON_REQUIRED,
  'PROGRAM.ALREADY_OPENED': { ko: '{year}년 사업은 이미 열렸습니다.', en: 'The {year} program is already open.' },
  'PROGRAM.NOT_OPENED': { ko: '올해 사업이 아직 열리지 않았습니다.', en: 'The program of this year has not been opened.' },
  'PROGRAM.LINE_ALREADY_DEFINED': { ko: '예산 항목 {lineId}은(는) 이미 정해져 있습니다.', en: 'Budget line {lineId} is already defined.' },
  'PROGRAM.LINE_NOT_FOUND': { ko: '예산 항목 {lineId}이(가) 정해져 있지 않습니다.', en: 'Budget line {lineId} is not defined.' },
  'PROGRAM.LINES_EXCEED_PROGRAM': {
    ko: '사업 예산 중 배정되지 않은 금액은 ₩{unallocated}뿐입니다(요청: ₩{requested}).',
    en: 'Only ₩{unallocated} of the program is unallocated (requested ₩{requested}).',
  },
  'PROGRAM.TRANSFER_TO_SAME_LINE': { ko: '전용은 서로 다른 두 예산 항목 사이에서만 할 수 있습니다.', en: 'A transfer needs two different lines.' },
  'PROGRAM.TRANSFER_ABOVE_LINE': {
    ko: '예산 항목 {lineId}의 금액은 ₩{lineAmount}뿐입니다(요청: ₩{requested}).',
    en: 'Budget line {lineId} holds only ₩{lineAmount} (requested ₩{requested}).',
  },
  'LINE.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'LINE.INVALID_AMOUNT': INVALID_AMOUNT,
  'LINE.REASON_REQUIRED': REASON_REQUIRED,
  'LINE.ALREADY_OPENED': { ko: '예산 항목 {lineId}은(는) 이미 열려 있습니다.', en: 'Budget line {lineId} is already open.' },
  'LINE.NOT_OPENED': { ko: '예산 항목 {lineId}이(가) 열리지 않았습니다.', en: 'Budget line {lineId} has not been opened.' },
  'LINE.INSUFFICIENT_FUNDS': {
    ko: '예산 항목 {lineId}의 가용 잔액은 ₩{available}뿐입니다(요청: ₩{requested}).',
    en: 'Budget line {lineId} has only ₩{available} available (requested ₩{requested}).',
  },
  'LINE.ALREADY_COMMITTED': { ko: '이 건에는 이미 ₩{committed}이(가) 약정되어 있습니다.', en: 'This already has a commitment of ₩{committed}.' },
  'LINE.UNKNOWN_REFERENCE': { ko: '이 예산 항목에 이 건으로 약정된 금액이 없습니다.', en: 'Nothing was committed on this line for this reference.' },
  'LINE.ABOVE_COMMITTED': {
    ko: '이 건에 아직 약정된 금액은 ₩{outstanding}뿐입니다(요청: ₩{requested}).',
    en: 'Only ₩{outstanding} is still committed to this reference (requested ₩{requested}).',
  },
  'LINE.MOVEMENT_REUSED': {
    ko: '이동 {movementId}은(는) 이미 다른 금액으로 기록되었습니다.',
    en: 'Movement {movementId} was already recorded with other figures.',
  },
  'GRANT.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'GRANT.INVALID_AMOUNT': INVALID_AMOUNT,
  'GRANT.REASON_REQUIRED': REASON_REQUIRED,
  'GRANT.FOUR_EYES': FOUR_EYES,
  'GRANT.NOT_FOUND': { ko: '지원 과제 {grantId}이(가) 제안된 적이 없습니다.', en: 'Grant {grantId} has not been proposed.' },
  'GRANT.ALREADY_PROPOSED': { ko: '지원 과제 {grantId}은(는) 이미 제안되었습니다.', en: 'Grant {grantId} has already been proposed.' },
  'GRANT.NOT_AWAITING_DECISION': {
    ko: '지원 과제 {grantId}은(는) 결정 대기 상태가 아닙니다(현재: {status}).',
    en: 'Grant {grantId} is {status}, not awaiting a decision.',
  },
  'GRANT.NOT_AWARDED': { ko: '지원 과제 {grantId}은(는) 지원이 확정된 상태가 아닙니다(현재: {status}).', en: 'Grant {grantId} is {status}, not awarded.' },
  'GRANT.EVALUATION_NOT_PASSED': { ko: '신청 {applicationId}은(는) 평가를 통과하지 못했습니다.', en: 'Application {applicationId} did not pass evaluation.' },
  'GRANT.ABOVE_PROJECT_CAP': {
    ko: '지원금은 과제당 ₩{cap}을(를) 넘을 수 없습니다(요청: ₩{requested}).',
    en: 'A grant is at most ₩{cap} per project (requested ₩{requested}).',
  },
  'GRANT.ABOVE_REQUESTED': {
    ko: '지원금은 신청 금액 ₩{requestedWon}을(를) 넘을 수 없습니다(제안: ₩{amount}).',
    en: 'The application asked for ₩{requestedWon}, less than ₩{amount}.',
  },
  'DISBURSEMENT.SCHEDULE_MISMATCH': {
    ko: '분할 지급 합계 ₩{scheduled}이(가) 지원금 ₩{award}과(와) 다릅니다.',
    en: 'The tranches add up to ₩{scheduled}, not the award of ₩{award}.',
  },
  'DISBURSEMENT.INVALID_SCHEDULE': { ko: '분할 지급 {trancheId}이(가) 올바르지 않습니다: {problem}', en: 'Tranche {trancheId}: {problem}' },
  'DISBURSEMENT.UNKNOWN_TRANCHE': { ko: '지급 일정에 분할 지급 {trancheId}이(가) 없습니다.', en: 'No tranche {trancheId} in the schedule.' },
  'DISBURSEMENT.ALREADY_PROPOSED': { ko: '분할 지급 {trancheId}은(는) 이미 {status} 상태입니다.', en: 'Tranche {trancheId} is already {status}.' },
  'DISBURSEMENT.NOT_PROPOSED': {
    ko: '분할 지급 {trancheId}은(는) 제안된 상태가 아닙니다(현재: {status}).',
    en: 'Tranche {trancheId} is {status}, not proposed.',
  },
  'ALLOCATION.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'CALL_LINE.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'CANDIDATE.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'ALLOCATION.REASON_REQUIRED': REASON_REQUIRED,
  'ALLOCATION.FOUR_EYES': FOUR_EYES,
  'ALLOCATION.AMOUNT_FIXED': { ko: '멘토링 배정액은 정확히 ₩{fixed}입니다.', en: 'A mentoring allocation is exactly ₩{fixed}.' },
  'ALLOCATION.WRONG_LINE': { ko: '멘토링 배정은 {expected} 예산 항목에서 나갑니다.', en: 'Mentoring allocations come from the {expected} line.' },
  'ALLOCATION.NOT_FOUND': { ko: '배정 {allocationId}이(가) 요청된 적이 없습니다.', en: 'Allocation {allocationId} has not been requested.' },
  'ALLOCATION.ALREADY_REQUESTED': { ko: '배정 {allocationId}은(는) 이미 요청되었습니다.', en: 'Allocation {allocationId} has already been requested.' },
  'ALLOCATION.NOT_AWAITING_DECISION': {
    ko: '배정 {allocationId}은(는) 결정 대기 상태가 아닙니다(현재: {status}).',
    en: 'Allocation {allocationId} is {status}, not awaiting a decision.',
  },
  'ALLOCATION.NOT_APPROVED': {
    ko: '배정 {allocationId}은(는) 승인된 상태가 아닙니다(현재: {status}).',
    en: 'Allocation {allocationId} is {status}, not approved.',
  },
};
