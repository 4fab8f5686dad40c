import { Actor, BusinessRegistrationNumber, CommandMetadata, KsicCode, won } from '@yunghap/kernel';
import { ApplicationContent, ApplicationContentInput, FirmInput } from '../application-content';
import {
  AttachBusinessPlan,
  DraftApplication,
  RecordEvaluationResult,
  RecordExternalOutcome,
  RecordRecusal,
  ReturnApplication,
  ReviseApplication,
  RouteApplication,
  ScreenApplication,
  StartEvaluation,
  SubmitApplication,
  WithdrawApplication,
} from '../application.commands';
import { ApplicationEvent } from '../application.events';
import { EvaluationOutcome, ExternalOutcome } from '../application.outcomes';
import { BusinessPlanDocument } from '../business-plan';
import { CallFacts, ScreeningFacts, ScreeningResult } from '../screening.types';

// One consortium's application to one call, used across the applications tests.
// The registration numbers are invented, with check digits computed as in
// the kernel's business-registration-number.unit.spec.ts.

export const CALL_ID = 'call-2026-it-convergence';
export const APPLICATION_ID = 'app-0001';

// The lead firm's applicant drafts; applicant rights then follow the user id recorded at drafting
// (which firm a person acts for is the edge's check, from their token).
export const APPLICANT: Actor = { userId: 'applicant-park', role: 'applicant' };
export const SOMEONE_ELSE: Actor = { userId: 'applicant-yoon', role: 'applicant' };
export const PROGRAM_MANAGER: Actor = { userId: 'pm-lee', role: 'program-manager' };
export const JUNGBU_STAFF: Actor = { userId: 'staff-choi', role: 'center-staff' };
export const SYSTEM: Actor = { userId: 'applications-service', role: 'system' };
export const AUDITOR: Actor = { userId: 'audit-kang', role: 'auditor' };

export const TIMES = {
  drafting: '2026-03-05T10:00:00+09:00',
  submission: '2026-03-10T10:00:00+09:00',
  atCenter: '2026-03-12T15:00:00+09:00',
  evaluation: '2026-04-20T10:00:00+09:00',
};

export const meta = (actor: Actor, now: string = TIMES.atCenter): CommandMetadata => ({ now, actor, correlationId: 'corr-app-0001' });

export const HANBIT: FirmInput = { registrationNumber: '220-81-06252', name: '한빛정밀', industryCode: 'C29199', province: '대전', size: 'small' };
export const NURI: FirmInput = { registrationNumber: '1058601235', name: '누리소프트', industryCode: 'J62010', province: '세종', size: 'medium' };
export const DAON: FirmInput = { registrationNumber: '314-81-23459', name: '다온바이오', industryCode: 'C21210', province: '충북', size: 'small' };

export const contentInput = (overrides: Partial<ApplicationContentInput> = {}): ApplicationContentInput => ({
  leadFirm: HANBIT,
  partnerFirms: [NURI],
  task: {
    title: 'AI 기반 정밀가공 불량 예측',
    summary: '가공 설비 센서 데이터와 머신러닝을 결합해 불량을 사전에 예측한다',
    technologyFields: ['AI', 'smart-manufacturing'],
    stage: 'rnd',
    durationMonths: 18,
  },
  requestedAmount: 250_000_000,
  // ₩250M of grant and ₩90M borne by the consortium: an own share of 26.5 %, above the default 25 %.
  budgetPlan: [
    { category: 'personnel', amount: 120_000_000, ownInKind: 60_000_000 },
    { category: 'equipment-and-materials', amount: 80_000_000, ownCash: 30_000_000 },
    { category: 'research-activities', amount: 50_000_000 },
  ],
  ...overrides,
});

const brn = (digits: string) => digits as BusinessRegistrationNumber;
const ksic = (code: string) => code as KsicCode;

/** `contentInput()` as validation turns it into content: numbers without hyphens, amounts in won. */
export const CONTENT: ApplicationContent = {
  leadFirm: { registrationNumber: brn('2208106252'), name: '한빛정밀', industryCode: ksic('C29199'), province: '대전', size: 'small' },
  partnerFirms: [{ registrationNumber: brn('1058601235'), name: '누리소프트', industryCode: ksic('J62010'), province: '세종', size: 'medium' }],
  task: {
    title: 'AI 기반 정밀가공 불량 예측',
    summary: '가공 설비 센서 데이터와 머신러닝을 결합해 불량을 사전에 예측한다',
    technologyFields: ['AI', 'smart-manufacturing'],
    stage: 'rnd',
    durationMonths: 18,
  },
  requestedAmount: won(250_000_000),
  budgetPlan: [
    { category: 'personnel', amount: won(120_000_000), ownCash: won(0), ownInKind: won(60_000_000) },
    { category: 'equipment-and-materials', amount: won(80_000_000), ownCash: won(30_000_000), ownInKind: won(0) },
    { category: 'research-activities', amount: won(50_000_000), ownCash: won(0), ownInKind: won(0) },
  ],
};

export const callFacts = (overrides: Partial<CallFacts> = {}): CallFacts => ({
  callId: CALL_ID,
  opensAt: '2026-03-02T09:00:00+09:00',
  closesAt: '2026-03-31T18:00:00+09:00',
  capPerProject: won(300_000_000),
  technologyFields: ['AI', 'IoT', 'smart-manufacturing'],
  industryLevel: 'group',
  minimumOwnSharePercent: 25,
  ...overrides,
});

export const screeningFacts = (overrides: Partial<ScreeningFacts> = {}): ScreeningFacts => ({
  call: callFacts(),
  programLimit: won(500_000_000),
  firmsInOtherActiveApplications: ['617-81-04569'],
  ...overrides,
});

export const ELIGIBLE: ScreeningResult = {
  outcome: 'eligible',
  failures: [],
  rulesChecked: [
    'SCREENING.TOO_FEW_SMES',
    'SCREENING.SAME_INDUSTRY',
    'SCREENING.ABOVE_CALL_CAP',
    'SCREENING.ABOVE_PROGRAM_LIMIT',
    'SCREENING.OUTSIDE_CALL_WINDOW',
    'SCREENING.FIRM_IN_OTHER_APPLICATION',
    'SCREENING.BUDGET_PLAN_MISMATCH',
    'SCREENING.OWN_SHARE_BELOW_MINIMUM',
    'SCREENING.TECHNOLOGY_FIELD_NOT_ALLOWED',
  ],
};

const applicationId = APPLICATION_ID;

/** A business plan as the service records it once stored: the SHA-256 of the bytes, never the bytes. */
export const BUSINESS_PLAN: BusinessPlanDocument = {
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  size: 482_113,
  mediaType: 'application/pdf',
  fileName: '사업계획서_한빛정밀.pdf',
};

export const events = {
  drafted: (content: ApplicationContent = CONTENT): ApplicationEvent => ({
    type: 'ApplicationDrafted',
    data: { applicationId, callId: CALL_ID, applicantId: APPLICANT.userId, content },
  }),
  revised: (content: ApplicationContent): ApplicationEvent => ({ type: 'ApplicationRevised', data: { applicationId, content } }),
  businessPlanAttached: (document: BusinessPlanDocument = BUSINESS_PLAN): ApplicationEvent => ({
    type: 'BusinessPlanAttached',
    data: { applicationId, document },
  }),
  submitted: (submittedAt: string = TIMES.submission): ApplicationEvent => ({ type: 'ApplicationSubmitted', data: { applicationId, submittedAt } }),
  routed: (centerId = 'jungbu'): ApplicationEvent => ({ type: 'ApplicationRouted', data: { applicationId, centerId, mappingVersion: 3 } }),
  returned: (): ApplicationEvent => ({ type: 'ApplicationReturnedForRevision', data: { applicationId, reason: '예산 계획서의 인건비 근거 보완 필요' } }),
  resubmitted: (): ApplicationEvent => ({ type: 'ApplicationResubmitted', data: { applicationId } }),
  screened: (result: ScreeningResult = ELIGIBLE): ApplicationEvent => ({ type: 'ApplicationScreened', data: { applicationId, result } }),
  evaluationStarted: (): ApplicationEvent => ({ type: 'ApplicationEvaluationStarted', data: { applicationId, committeeId: 'committee-2026-04' } }),
  evaluated: (outcome: EvaluationOutcome = 'passed', totalScore = 82.5): ApplicationEvent => ({
    type: 'ApplicationEvaluated',
    data: { applicationId, outcome, totalScore },
  }),
  outcomeRecorded: (outcome: ExternalOutcome = 'selected'): ApplicationEvent => ({
    type: 'ApplicationOutcomeRecorded',
    data: { applicationId, outcome, reference: 'selection-2026-017' },
  }),
  withdrawn: (): ApplicationEvent => ({ type: 'ApplicationWithdrawn', data: { applicationId, reason: '컨소시엄 구성 변경' } }),
};

/** The stream up to each status, for `given(...)`. */
export const HISTORY = {
  drafted: [events.drafted()],
  submitted: [events.drafted(), events.submitted()],
  routed: [events.drafted(), events.submitted(), events.routed()],
  returned: [events.drafted(), events.submitted(), events.routed(), events.returned()],
  resubmitted: [events.drafted(), events.submitted(), events.routed(), events.returned(), events.resubmitted()],
  eligible: [events.drafted(), events.submitted(), events.routed(), events.screened()],
  inEvaluation: [events.drafted(), events.submitted(), events.routed(), events.screened(), events.evaluationStarted()],
  passed: [events.drafted(), events.submitted(), events.routed(), events.screened(), events.evaluationStarted(), events.evaluated()],
};

const centerOf = (actorCenterId: string | null) => (actorCenterId === null ? {} : { actorCenterId });

export const commands = {
  draft: (content: ApplicationContentInput = contentInput(), actor: Actor = APPLICANT): DraftApplication => ({
    type: 'DraftApplication',
    data: { applicationId, callId: CALL_ID, content },
    metadata: meta(actor, TIMES.drafting),
  }),
  revise: (content: ApplicationContentInput, actor: Actor = APPLICANT): ReviseApplication => ({
    type: 'ReviseApplication',
    data: { applicationId, content },
    metadata: meta(actor, TIMES.drafting),
  }),
  attachBusinessPlan: (document: BusinessPlanDocument = BUSINESS_PLAN, actor: Actor = APPLICANT): AttachBusinessPlan => ({
    type: 'AttachBusinessPlan',
    data: { applicationId, document },
    metadata: meta(actor, TIMES.drafting),
  }),
  submit: (actor: Actor = APPLICANT, now: string = TIMES.submission): SubmitApplication => ({
    type: 'SubmitApplication',
    data: { applicationId },
    metadata: meta(actor, now),
  }),
  route: (actor: Actor = SYSTEM, centerId = 'jungbu', mappingVersion = 3): RouteApplication => ({
    type: 'RouteApplication',
    data: { applicationId, centerId, mappingVersion },
    metadata: meta(actor, TIMES.submission),
  }),
  // `null`: the actor's token names no center.
  return: (actor: Actor = JUNGBU_STAFF, actorCenterId: string | null = 'jungbu', reason = '예산 계획서의 인건비 근거 보완 필요'): ReturnApplication => ({
    type: 'ReturnApplication',
    data: { applicationId, ...centerOf(actorCenterId), reason },
    metadata: meta(actor),
  }),
  screen: (facts: ScreeningFacts = screeningFacts(), actor: Actor = JUNGBU_STAFF, actorCenterId: string | null = 'jungbu'): ScreenApplication => ({
    type: 'ScreenApplication',
    data: { applicationId, ...centerOf(actorCenterId), facts },
    metadata: meta(actor),
  }),
  startEvaluation: (actor: Actor = SYSTEM, committeeId = 'committee-2026-04'): StartEvaluation => ({
    type: 'StartEvaluation',
    data: { applicationId, committeeId },
    metadata: meta(actor, TIMES.evaluation),
  }),
  recordResult: (outcome: EvaluationOutcome = 'passed', totalScore = 82.5, actor: Actor = SYSTEM): RecordEvaluationResult => ({
    type: 'RecordEvaluationResult',
    data: { applicationId, outcome, totalScore },
    metadata: meta(actor, TIMES.evaluation),
  }),
  recordRecusal: (memberId = 'expert-choi', actor: Actor = SYSTEM): RecordRecusal => ({
    type: 'RecordRecusal',
    data: { applicationId, memberId },
    metadata: meta(actor, TIMES.evaluation),
  }),
  recordOutcome: (outcome: ExternalOutcome = 'selected', actor: Actor = SYSTEM, reference = 'selection-2026-017'): RecordExternalOutcome => ({
    type: 'RecordExternalOutcome',
    data: { applicationId, outcome, reference },
    metadata: meta(actor, TIMES.evaluation),
  }),
  withdraw: (actor: Actor = APPLICANT, reason = '컨소시엄 구성 변경'): WithdrawApplication => ({
    type: 'WithdrawApplication',
    data: { applicationId, reason },
    metadata: meta(actor),
  }),
};
