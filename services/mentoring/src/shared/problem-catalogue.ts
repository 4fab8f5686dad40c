import { ProblemCatalogue, ProblemText, ROLE_NOT_ALLOWED_TEXT } from '@yunghap/platform-nest';

const INVALID_REGISTRATION_NUMBER: ProblemText = {
  ko: '사업자등록번호는 하이픈 없는 10자리 숫자입니다.',
  en: 'A business registration number is ten digits without dashes.',
};

/**
 * Korean (and English) for the refusals of the mentoring context whose own message is English
 * only, by code; `{name}` is filled from the refusal's details. docs/api.md tells how to add one;
 * problem-catalogue.unit.spec.ts fails while a code of the context has no Korean.
 */
export const MENTORING_PROBLEM_CATALOGUE: ProblemCatalogue = {
  'MENTOR.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'MENTOR.ALREADY_REGISTERED': { ko: '멘토 {mentorId}은(는) 이미 등록되어 있습니다.', en: 'Mentor {mentorId} is already registered.' },
  'MENTOR.NOT_FOUND': { ko: '멘토 {mentorId}이(가) 등록되어 있지 않습니다.', en: 'Mentor {mentorId} is not registered.' },
  'MENTOR.RETIRED': { ko: '멘토 {mentorId}은(는) 멘토단에서 물러났습니다.', en: 'Mentor {mentorId} has retired from the pool.' },
  'MENTOR.NAME_REQUIRED': { ko: '멘토의 이름이 있어야 합니다.', en: 'A mentor needs a name.' },
  'MENTOR.INVALID_EXPERTISE': { ko: '전문 분야가 올바르지 않습니다({problem}).', en: 'The expertise is not valid: {problem}.' },
  'MENTOR.INVALID_AFFILIATION': { ko: '소속이 올바르지 않습니다({problem}).', en: 'The affiliation is not valid: {problem}.' },
  'MENTOR.INVALID_REGISTRATION_NUMBER': INVALID_REGISTRATION_NUMBER,
  'MENTOR.RELATIONSHIP_ALREADY_DECLARED': {
    ko: '{firm}과(와)의 {kind} 관계는 이미 신고되었습니다.',
    en: 'This {kind} relationship with {firm} is already declared.',
  },
  'MENTOR.REASON_REQUIRED': { ko: '멘토를 물러나게 하려면 사유를 적어야 합니다.', en: 'Retiring a mentor needs a reason.' },
  'MATCHING.CONFLICT_OF_INTEREST': {
    ko: '멘토 {mentorId}은(는) 이 컨소시엄과 이해관계가 있습니다.',
    en: 'Mentor {mentorId} has a conflict of interest with the consortium.',
  },
  'ENGAGEMENT.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'ENGAGEMENT.OTHER_CENTER': { ko: '멘토링 {engagementId}은(는) 다른 센터의 멘토링입니다.', en: 'Engagement {engagementId} belongs to another center.' },
  'ENGAGEMENT.NOT_FOUND': { ko: '멘토링 {engagementId}이(가) 제안된 적이 없습니다.', en: 'Engagement {engagementId} has not been proposed.' },
  'ENGAGEMENT.ALREADY_PROPOSED': { ko: '멘토링 {engagementId}은(는) 이미 제안되었습니다.', en: 'Engagement {engagementId} is already proposed.' },
  'ENGAGEMENT.CLOSED': { ko: '멘토링 {engagementId}은(는) 이미 끝났습니다({status}).', en: 'Engagement {engagementId} is {status}.' },
  'ENGAGEMENT.INVALID_PROPOSAL': { ko: '멘토링 제안이 올바르지 않습니다({problem}).', en: 'The proposal is not valid: {problem}.' },
  'ENGAGEMENT.NOT_A_CANDIDATE': { ko: '멘토 {mentorId}은(는) 제안된 후보가 아닙니다.', en: 'Mentor {mentorId} was not among the proposed candidates.' },
  'ENGAGEMENT.MENTOR_NOT_ACTIVE': { ko: '멘토 {mentorId}은(는) 멘토단에서 물러났습니다.', en: 'Mentor {mentorId} has retired from the pool.' },
  'ENGAGEMENT.MENTOR_ALREADY_CONFIRMED': {
    ko: '멘토링 {engagementId}에는 이미 확정된 멘토가 있습니다.',
    en: 'Engagement {engagementId} already has its mentor.',
  },
  'ENGAGEMENT.MENTOR_NOT_CONFIRMED': {
    ko: '멘토링 {engagementId}에 확정된 멘토가 아직 없습니다.',
    en: 'Engagement {engagementId} has no confirmed mentor yet.',
  },
  'ENGAGEMENT.ALLOCATION_PENDING': {
    ko: '멘토링 {engagementId}의 예산 배정은 아직 지원금 서비스의 답을 기다리고 있습니다.',
    en: 'The allocation of engagement {engagementId} still awaits the answer of grants.',
  },
  'ENGAGEMENT.ALREADY_STARTED': {
    ko: '멘토링 {engagementId}은(는) 승인된 배정으로 이미 시작되었습니다.',
    en: 'Engagement {engagementId} has started on an approved allocation.',
  },
  'ENGAGEMENT.NO_ALLOCATION_PENDING': {
    ko: '멘토링 {engagementId}은(는) 배정 {allocationId}에 대한 답을 기다리고 있지 않습니다.',
    en: 'Engagement {engagementId} awaits no answer on {allocationId}.',
  },
  'ENGAGEMENT.NOT_STARTED': { ko: '멘토링 {engagementId}은(는) 시작되지 않았습니다({status}).', en: 'Engagement {engagementId} has not started ({status}).' },
  'ENGAGEMENT.INVALID_SESSION': { ko: '멘토링 회차 기록이 올바르지 않습니다({problem}).', en: 'The session is not valid: {problem}.' },
  'ENGAGEMENT.SESSION_ALREADY_LOGGED': { ko: '회차 {sessionId}은(는) 이미 기록되었습니다.', en: 'Session {sessionId} is already logged.' },
  'ENGAGEMENT.NO_SESSIONS': {
    ko: '멘토링 {engagementId}은(는) 기록된 회차가 없어 완료할 수 없습니다.',
    en: 'Engagement {engagementId} cannot complete without a logged session.',
  },
  'ENGAGEMENT.INVALID_REPORT': {
    ko: '완료 보고서가 올바르지 않습니다({problem}, 최대 {maxLength}자).',
    en: 'The completion report is not valid: {problem} (at most {maxLength} characters).',
  },
  'ENGAGEMENT.REASON_REQUIRED': { ko: '사유를 적어야 합니다.', en: 'A reason is required.' },
};
