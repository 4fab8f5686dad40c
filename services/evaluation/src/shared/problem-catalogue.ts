import { ProblemCatalogue, ProblemText, ROLE_NOT_ALLOWED_TEXT } from '@yunghap/platform-nest';

const INVALID_REGISTRATION_NUMBER: ProblemText = {
  ko: '사업자등록번호는 하이픈 없는 10자리 숫자입니다.',
  en: 'A business registration number is ten digits without dashes.',
};

/**
 * Korean (and English) for the refusals of the evaluation context whose own message is English
 * only, by code; `{name}` is filled from the refusal's details. docs/api.md tells how to add one;
 * problem-catalogue.unit.spec.ts fails while a code of the context has no Korean.
 */
export const EVALUATION_PROBLEM_CATALOGUE: ProblemCatalogue = {
  'COMMITTEE.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'COMMITTEE.ALREADY_FORMED': { ko: '위원회 {committeeId}은(는) 이미 구성되었습니다.', en: 'Committee {committeeId} is already formed.' },
  'COMMITTEE.NOT_FOUND': { ko: '위원회 {committeeId}이(가) 구성된 적이 없습니다.', en: 'Committee {committeeId} has not been formed.' },
  'COMMITTEE.MEMBER_ALREADY_ADDED': { ko: '{userId}은(는) 이미 위원회 {committeeId}의 위원입니다.', en: '{userId} already sits on committee {committeeId}.' },
  'COMMITTEE.MEMBER_NOT_FOUND': { ko: '{userId}은(는) 위원회 {committeeId}의 위원이 아닙니다.', en: '{userId} does not sit on committee {committeeId}.' },
  'COMMITTEE.NOT_A_MEMBER': {
    ko: '위원회 {committeeId}의 위원만 이해관계를 신고할 수 있습니다.',
    en: 'Only a member of committee {committeeId} may declare a relationship.',
  },
  'COMMITTEE.INVALID_REGISTRATION_NUMBER': INVALID_REGISTRATION_NUMBER,
  'COMMITTEE.RELATIONSHIP_ALREADY_DECLARED': {
    ko: '{firm}과(와)의 {kind} 관계는 이미 신고되었습니다.',
    en: 'This {kind} relationship with {firm} is already declared.',
  },
  'RUBRIC.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'RUBRIC.ALREADY_DEFINED': {
    ko: '공모 {callId}에는 이미 평가표가 있으며 한 번 정하면 바꿀 수 없습니다.',
    en: 'Call {callId} already has a rubric; it does not change once defined.',
  },
  'RUBRIC.WEIGHTS_DO_NOT_SUM_TO_100': { ko: '평가 항목 배점의 합이 100이 아니라 {sum}입니다.', en: 'The criteria weights sum to {sum}, not 100.' },
  'RUBRIC.INVALID_CRITERION': { ko: '평가 항목 "{criterionId}"이(가) 올바르지 않습니다({fault}).', en: 'Criterion "{criterionId}" is invalid: {fault}.' },
  'RUBRIC.INVALID_POLICY': { ko: '{field}은(는) {value}일 수 없습니다.', en: '{field} may not be {value}.' },
  'EVALUATION.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'EVALUATION.ALREADY_OPENED': { ko: '신청 {applicationId}은(는) 이미 평가 중입니다.', en: 'Application {applicationId} is already under evaluation.' },
  'EVALUATION.NOT_FOUND': { ko: '신청 {applicationId}의 평가가 열린 적이 없습니다.', en: 'No evaluation has been opened for application {applicationId}.' },
  'EVALUATION.ALREADY_CLOSED': { ko: '신청 {applicationId}의 평가는 마감되었습니다.', en: 'The evaluation of application {applicationId} is closed.' },
  'EVALUATION.ABANDONED': { ko: '신청 {applicationId}의 평가는 중단되었습니다.', en: 'The evaluation of application {applicationId} was abandoned.' },
  'EVALUATION.COMMITTEE_NOT_SERVING': {
    ko: '위원회 {committeeId}은(는) 센터 {centerId}의 공모 {callId}을(를) 평가하지 않습니다.',
    en: 'Committee {committeeId} does not score call {callId} at center {centerId}.',
  },
  'EVALUATION.INVALID_REGISTRATION_NUMBER': INVALID_REGISTRATION_NUMBER,
  'EVALUATION.INVALID_SUBMISSION_TIME': {
    ko: '제출 시각은 시차가 있는 ISO-8601 시각이어야 합니다.',
    en: 'The submission time must be ISO-8601 with an offset.',
  },
  'EVALUATION.QUORUM_UNREACHABLE': {
    ko: '회피 후 채점할 수 있는 위원이 {eligible}명뿐이라 의결 정족수 {quorum}명에 못 미칩니다.',
    en: 'Only {eligible} members may score after recusal; the quorum is {quorum}.',
  },
  'EVALUATION.FIRM_NOT_IN_APPLICATION': {
    ko: '기업 {firm}은(는) 신청 {applicationId}의 컨소시엄에 없습니다.',
    en: 'Firm {firm} is not part of the consortium of application {applicationId}.',
  },
  'EVALUATION.NOT_A_MEMBER': { ko: '위원회의 위원만 이 신청을 채점할 수 있습니다.', en: 'Only a member of the committee may score this application.' },
  'EVALUATION.MEMBER_RECUSED': { ko: '회피한 위원은 이 신청을 채점할 수 없습니다.', en: 'A recused member may not score this application.' },
  'EVALUATION.SHEET_SEALED': { ko: '평가표가 봉인되어 더는 바꿀 수 없습니다.', en: 'The scoresheet is sealed and can no longer change.' },
  'EVALUATION.SHEET_NOT_SUBMITTED': { ko: '봉인할 평가표가 아직 없습니다.', en: 'There is no scoresheet to seal yet.' },
  'EVALUATION.SCORES_DO_NOT_MATCH_RUBRIC': {
    ko: '평가표는 평가 항목을 빠짐없이, 그 밖의 것은 없이 채점해야 합니다.',
    en: 'A scoresheet scores every criterion of the rubric and nothing else.',
  },
  'EVALUATION.SCORE_OUT_OF_RANGE': {
    ko: '{criterionId}의 점수는 0부터 {weight}까지의 정수여야 합니다.',
    en: 'The score of {criterionId} must be a whole number from 0 to {weight}.',
  },
  'EVALUATION.QUORUM_NOT_REACHED': {
    ko: '봉인된 평가표가 {sealed}건이라 마감에 필요한 {quorum}건에 못 미칩니다.',
    en: '{sealed} sealed scoresheets; closing needs {quorum}.',
  },
  'EVALUATION.RANKING_MIXES_CALLS': { ko: '순위는 한 공모의 결과끼리만 비교합니다.', en: 'A ranking compares the results of one call only.' },
  'EVALUATION_REQUEST.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'EVALUATION.NOT_REQUESTED': {
    ko: '신청 {applicationId}은(는) 평가 대상으로 요건 검토를 통과하지 않았습니다.',
    en: 'Application {applicationId} has not been screened eligible for evaluation.',
  },
  'EVALUATION.WITHDRAWN': {
    ko: '신청 {applicationId}은(는) 철회되어 더는 평가하지 않습니다.',
    en: 'Application {applicationId} was withdrawn; it is no longer evaluated.',
  },
  'EVALUATION.NO_COMMITTEE': {
    ko: '공모 {callId}에는 센터 {centerId}의 위원회도 공동 위원회도 아직 없습니다.',
    en: 'Call {callId} has no committee for center {centerId} and no shared committee yet.',
  },
  'KNOWN_CALLS.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'KNOWN_CENTERS.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
};
