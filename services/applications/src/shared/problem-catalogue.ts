import { ProblemCatalogue, ROLE_NOT_ALLOWED_TEXT } from '@yunghap/platform-nest';

/**
 * Korean (and English) for the refusals of the applications context whose own message is
 * English only, by code; `{name}` is filled from the refusal's details. docs/api.md tells how to
 * add one; problem-catalogue.unit.spec.ts fails while a code of the context has no Korean.
 */
export const APPLICATIONS_PROBLEM_CATALOGUE: ProblemCatalogue = {
  'APPLICATION.NOT_FOUND': { ko: '신청 {applicationId}이(가) 없습니다.', en: 'Application {applicationId} does not exist.' },
  'APPLICATION.ALREADY_DRAFTED': { ko: '신청 {applicationId}이(가) 이미 있습니다.', en: 'Application {applicationId} already exists.' },
  'APPLICATION.CONTENT_INVALID': {
    ko: '신청 내용에 고칠 곳이 있습니다. 항목별 오류를 확인하십시오.',
    en: 'The application content has problems; see the error of each field.',
  },
  'APPLICATION.NOT_APPLICANT': {
    ko: '신청 {applicationId}은(는) 신청자만 고치거나 제출하거나 철회할 수 있습니다.',
    en: 'Only the applicant may change, submit or withdraw application {applicationId}.',
  },
  'APPLICATION.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
  'APPLICATION.OTHER_CENTER': {
    ko: '신청 {applicationId}은(는) 소속 센터로 배정된 신청이 아닙니다.',
    en: 'Application {applicationId} is not routed to your center.',
  },
  'APPLICATION.WITHDRAWN': { ko: '신청 {applicationId}은(는) 철회되었습니다.', en: 'Application {applicationId} has been withdrawn.' },
  'APPLICATION.NOT_DRAFT': {
    ko: '신청 {applicationId}은(는) 작성 중이거나 보완 요청을 받았을 때만 고칠 수 있습니다(현재: {status}).',
    en: 'Application {applicationId} can only be revised as a draft or when returned for revision (now {status}).',
  },
  'APPLICATION.BUSINESS_PLAN_LOCKED': {
    ko: '신청 {applicationId}의 사업계획서는 작성 중이거나 보완 요청을 받았을 때만 첨부할 수 있습니다(현재: {status}).',
    en: 'The business plan of application {applicationId} can only be attached as a draft or when returned for revision (now {status}).',
  },
  'APPLICATION.DOCUMENT_INVALID': { ko: '첨부 문서의 {field}이(가) 올바르지 않습니다: {expected}이어야 합니다.', en: 'The {field} must be {expected}.' },
  'APPLICATION.ALREADY_SUBMITTED': { ko: '신청 {applicationId}은(는) 이미 제출되었습니다.', en: 'Application {applicationId} has already been submitted.' },
  'APPLICATION.NOT_SUBMITTED': { ko: '신청 {applicationId}은(는) 아직 작성 중입니다.', en: 'Application {applicationId} is still a draft.' },
  'APPLICATION.ALREADY_ROUTED': { ko: '신청 {applicationId}은(는) 이미 센터에 배정되었습니다.', en: 'Application {applicationId} has already been routed.' },
  'APPLICATION.MAPPING_VERSION_INVALID': {
    ko: '시·도 배정표 버전은 1 이상의 정수입니다.',
    en: 'The province mapping version is a whole number from 1.',
  },
  'APPLICATION.FIELD_REQUIRED': { ko: '{field}은(는) 비어 있으면 안 됩니다.', en: 'The {field} must not be blank.' },
  'APPLICATION.NOT_ROUTED': {
    ko: '신청 {applicationId}은(는) 아직 센터에 배정되지 않았습니다.',
    en: 'Application {applicationId} has not reached a center yet.',
  },
  'APPLICATION.ALREADY_RETURNED_ONCE': {
    ko: '신청 {applicationId}은(는) 이미 한 번 보완 요청을 받았습니다.',
    en: 'Application {applicationId} has already been returned for revision once.',
  },
  'APPLICATION.AWAITING_RESUBMISSION': {
    ko: '신청 {applicationId}은(는) 보완을 위해 신청자에게 돌아가 있습니다.',
    en: 'Application {applicationId} is back with the applicant for revision.',
  },
  'APPLICATION.ALREADY_SCREENED': {
    ko: '신청 {applicationId}은(는) 이미 요건 검토를 마쳤습니다.',
    en: 'Application {applicationId} has already been screened.',
  },
  'APPLICATION.FACTS_FOR_OTHER_CALL': {
    ko: '신청 {applicationId}은(는) 공모 {callId}의 신청이며 {factsCallId}의 신청이 아닙니다.',
    en: 'Application {applicationId} belongs to call {callId}, not {factsCallId}.',
  },
  'APPLICATION.NOT_SCREENED_ELIGIBLE': {
    ko: '신청 {applicationId}은(는) 평가 대기 중이 아닙니다.',
    en: 'Application {applicationId} is not awaiting evaluation.',
  },
  'APPLICATION.NOT_IN_EVALUATION': { ko: '신청 {applicationId}은(는) 평가 중이 아닙니다.', en: 'Application {applicationId} is not in evaluation.' },
  'APPLICATION.NO_COMMITTEE': {
    ko: '신청 {applicationId}을(를) 평가할 위원회가 아직 없습니다.',
    en: 'Application {applicationId} has no evaluating committee yet.',
  },
  'APPLICATION.ALREADY_RECUSED': {
    ko: '{memberId} 위원은 이미 신청 {applicationId}의 평가에서 빠졌습니다.',
    en: '{memberId} already stood down from application {applicationId}.',
  },
  'APPLICATION.SCORE_INVALID': { ko: '총점은 0 이상의 유한한 수입니다.', en: 'A total score is a finite number from zero.' },
  'APPLICATION.NOT_PASSED': { ko: '신청 {applicationId}은(는) 평가를 통과하지 못했습니다.', en: 'Application {applicationId} has not passed evaluation.' },
  'APPLICATION.ALREADY_DECIDED': {
    ko: '신청 {applicationId}은(는) 결과가 정해져 더는 철회할 수 없습니다.',
    en: 'Application {applicationId} has been decided and can no longer be withdrawn.',
  },
  'CALL.PROGRAM_MANAGER_ONLY': {
    ko: '공모를 열거나 고치거나 마감하는 일은 사업 담당자만 할 수 있습니다.',
    en: 'Only a program manager may open, amend or close a call.',
  },
  'CALL.ALREADY_OPENED': { ko: '공모 {callId}은(는) 이미 열렸습니다.', en: 'Call {callId} has already been opened.' },
  'CALL.NOT_FOUND': { ko: '공모 {callId}이(가) 열린 적이 없습니다.', en: 'Call {callId} has not been opened.' },
  'CALL.ALREADY_CLOSED': { ko: '공모 {callId}은(는) 이미 마감되었습니다.', en: 'Call {callId} has already been closed.' },
  'CALL.WINDOW_PASSED': {
    ko: '공모 {callId}은(는) {closesAt}에 마감되어 접수 기간을 더는 바꿀 수 없습니다.',
    en: 'Call {callId} closed at {closesAt}; its window can no longer change.',
  },
  'CALL.FIELD_REQUIRED': { ko: '공모의 {field}은(는) 비어 있으면 안 됩니다.', en: "The call's {field} must not be blank." },
  'CALL.TIME_MALFORMED': {
    ko: '공모의 {field}은(는) 시간대가 있는 ISO 8601 시각이어야 합니다.',
    en: "The call's {field} must be an ISO 8601 date-time with a time zone.",
  },
  'CALL.CLOSES_BEFORE_OPENING': { ko: '공모는 시작 시각({opensAt}) 뒤에 마감되어야 합니다.', en: 'A call must close after it opens ({opensAt}).' },
  'CALL.CLOSING_IN_PAST': {
    ko: '공모 마감 시각을 과거({closesAt})로 정할 수 없습니다. 마감하려면 공모를 닫으십시오.',
    en: 'A call cannot be set to close in the past ({closesAt}); close it instead.',
  },
  'CALL.CAP_NOT_POSITIVE_WON': {
    ko: '과제당 지원 한도는 0보다 큰 원 단위 정수여야 합니다.',
    en: 'The cap per project must be a whole number of won greater than zero.',
  },
  'CALL.CAP_ABOVE_PROGRAM_LIMIT': {
    ko: '과제당 지원 한도는 사업 한도 ₩{programLimit}을(를) 넘을 수 없습니다.',
    en: 'The cap per project may not exceed the program limit of ₩{programLimit}.',
  },
  'CALL.NO_TECHNOLOGY_FIELDS': {
    ko: '공모에는 기술 분야가 하나 이상 있어야 하며 빈 분야는 안 됩니다.',
    en: 'A call allows at least one technology field, none blank.',
  },
  'CALL.NOTHING_TO_AMEND': { ko: '공모 {callId}의 변경 요청에 바꿀 내용이 없습니다.', en: 'The amendment of call {callId} names nothing to change.' },
  'FIRM.SIZE_UNKNOWN': { ko: '기업 규모가 허용된 값이 아닙니다.', en: 'The firm size is not one of the allowed values.' },
  'FIRM.LISTED_TWICE': {
    ko: '같은 기업(사업자등록번호)이 컨소시엄에 두 번 이상 나옵니다.',
    en: 'The same firm (registration number) appears more than once in the consortium.',
  },
  'TASK.STAGE_UNKNOWN': { ko: '지원 단계가 허용된 값이 아닙니다.', en: 'The support stage is not one of the allowed values.' },
  'CONTENT.TEXT_REQUIRED': { ko: '이 항목은 비어 있으면 안 됩니다.', en: 'This text must not be blank.' },
  'CONTENT.LIST_EMPTY': { ko: '이 목록에는 하나 이상의 항목이 있어야 합니다.', en: 'This list needs at least one entry.' },
  'CONTENT.NOT_POSITIVE_WHOLE_NUMBER': { ko: '0보다 큰 정수여야 합니다.', en: 'This must be a whole number greater than zero.' },
  'CONTENT.NOT_POSITIVE_WON': { ko: '금액은 0보다 큰 원 단위 정수입니다.', en: 'An amount is a whole number of won greater than zero.' },
};
