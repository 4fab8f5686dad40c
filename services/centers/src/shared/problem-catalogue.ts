import { ProblemCatalogue, ProblemText } from '@yunghap/platform-nest';

const FORBIDDEN: ProblemText = { ko: '{role} 역할로는 이 일({action})을 할 수 없습니다.', en: 'The role {role} may not {action}.' };

/**
 * Korean (and English) for the refusals of the centers context whose own message is English
 * only, by code; `{name}` is filled from the refusal's details. docs/api.md tells how to add one;
 * problem-catalogue.unit.spec.ts fails while a code of the context has no Korean.
 */
export const CENTERS_PROBLEM_CATALOGUE: ProblemCatalogue = {
  'CENTERS.FORBIDDEN': FORBIDDEN,
  'CENTERS.NOT_REGISTERED': { ko: '센터 {centerId}이(가) 등록되어 있지 않습니다.', en: 'Center {centerId} is not registered.' },
  'CENTERS.ALREADY_REGISTERED': {
    ko: '센터 {centerId}은(는) 이미 다른 내용으로 등록되어 있습니다({differingFields}).',
    en: 'Center {centerId} is already registered with different details ({differingFields}).',
  },
  'CENTERS.UNKNOWN_CENTER': { ko: '지역 센터 {centerId}이(가) 없습니다.', en: 'There is no regional center {centerId}.' },
  'CENTERS.STAFF_ALREADY_ASSIGNED': {
    ko: '{userId}은(는) 이미 센터 {centerId}에 배치되어 있습니다.',
    en: 'User {userId} is already assigned to center {centerId}.',
  },
  'CENTERS.STAFF_NOT_ASSIGNED': { ko: '{userId}은(는) 센터 {centerId}에 배치되어 있지 않습니다.', en: 'User {userId} is not assigned to center {centerId}.' },
  'ROUTING.FORBIDDEN': FORBIDDEN,
  'ROUTING.NOT_INITIALISED': { ko: '시·도 배정표가 아직 만들어지지 않았습니다.', en: 'The province routing has not been initialised.' },
  'ROUTING.UNKNOWN_PROVINCE': { ko: '{province}은(는) 시·도 코드가 아닙니다.', en: '{province} is not a province code.' },
  'ROUTING.INCOMPLETE_MAPPING': { ko: '모든 시·도에 센터가 있어야 합니다. 빠진 곳: {missing}.', en: 'Every province needs a center; missing: {missing}.' },
  'ROUTING.SAME_CENTER': { ko: '{province}은(는) 이미 센터 {centerId}에 배정되어 있습니다.', en: '{province} is already routed to center {centerId}.' },
  'ROUTING.REASON_REQUIRED': {
    ko: '{province}의 배정을 바꾸려면 감사 기록을 위한 사유가 있어야 합니다.',
    en: 'Reassigning {province} needs a reason for the audit trail.',
  },
  'ROUTING.OUT_OF_ORDER': {
    ko: '{effectiveAt}에 효력이 나는 변경은 {lastEffectiveAt}부터 효력이 있는 변경보다 앞설 수 없습니다.',
    en: 'A change effective at {effectiveAt} would precede the change in force since {lastEffectiveAt}.',
  },
};
