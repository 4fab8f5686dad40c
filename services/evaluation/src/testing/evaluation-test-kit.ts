import {
  ApplicationScreenedPayload,
  ApplicationScreenedV1,
  ApplicationWithdrawnV1,
  CallClosedV1,
  CallOpenedV1,
  ProvinceRoutingChangedV1,
  TOPICS,
} from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { contractMessage, deliver as deliverOn, startTestService, statusIn, TestService, testUsers } from '@yunghap/service-harness';
import { EvaluationModule } from '../evaluation.module';

// Shared by this service's HTTP specs only.

export { listen } from '@yunghap/service-harness';
export const { pm, finance, auditor, staffOf, memberOf } = testUsers;

/** `count` experts `<prefix>1`…`<prefix>count`, as a committee formation lists them. */
export function experts(prefix: string, count: number) {
  return Array.from({ length: count }, (_, index) => ({
    userId: `${prefix}${index + 1}`,
    name: `전문가 ${prefix}${index + 1}`,
    affiliation: '한국산업기술시험원',
  }));
}

/** A sheet on the default rubric, in its order, as the API takes it, with the `reasons` given by criterion id. */
export function scores(
  convergence: number,
  feasibility: number,
  commercialisation: number,
  consortium: number,
  reasons: Readonly<Record<string, string>> = {},
): { criterionId: string; score: number; reason?: string }[] {
  const sheet = [
    { criterionId: 'convergence-novelty', score: convergence },
    { criterionId: 'technical-feasibility', score: feasibility },
    { criterionId: 'commercialisation', score: commercialisation },
    { criterionId: 'consortium-capability', score: consortium },
  ];
  return sheet.map((item) => (Object.hasOwn(reasons, item.criterionId) ? { ...item, reason: reasons[item.criterionId] } : item));
}

/** A reason for every criterion of the default rubric: what a sheet of low marks needs. */
export function reasonsForAll(reason: string): Record<string, string> {
  return Object.fromEntries(['convergence-novelty', 'technical-feasibility', 'commercialisation', 'consortium-capability'].map((id) => [id, reason]));
}

export const integrationMessage = contractMessage;

type Screening = Pick<ApplicationScreenedPayload, 'applicationId' | 'callId' | 'centerId' | 'memberRegistrationNumbers'> & Partial<ApplicationScreenedPayload>;

export function screened(screening: Screening): IntegrationMessage {
  const payload = {
    eligible: true,
    failedRules: [],
    requestedWon: 300_000_000,
    submittedAt: '2025-03-10T09:00:00+09:00',
    screenedAt: '2025-03-20T15:00:00+09:00',
    ...screening,
  };
  return integrationMessage(ApplicationScreenedV1, screening.applicationId, payload);
}

export function withdrawn(applicationId: string, callId: string): IntegrationMessage {
  return integrationMessage(ApplicationWithdrawnV1, applicationId, { applicationId, callId, withdrawnAt: '2025-03-25T11:00:00+09:00' });
}

/** `applications.CallOpened`: the call exists from now on for this service (committees, rubrics). */
export function callOpened(callId: string): IntegrationMessage {
  const payload = {
    callId,
    budgetLineId: 'it-convergence',
    title: `${callId} 공고`,
    opensAt: '2025-03-01T09:00:00+09:00',
    closesAt: '2025-03-31T18:00:00+09:00',
  };
  return integrationMessage(CallOpenedV1, callId, payload);
}

/** `applications.CallClosed`: the call was closed before its scheduled time. */
export function callClosed(callId: string): IntegrationMessage {
  return integrationMessage(CallClosedV1, callId, { callId, closedAt: '2025-03-15T12:00:00+09:00', reason: '예산 조기 소진' });
}

/** A center and one province it serves, as the centers service's seeded routing publishes them. */
const SEEDED_ROUTING: readonly (readonly [string, string])[] = [
  ['gyeongin', '서울'],
  ['gyeonggi-gangwon', '경기'],
  ['jungbu', '대전'],
  ['honam', '광주'],
  ['daegu-gyeongbuk', '대구'],
  ['busan-ulsan', '부산'],
  ['gyeongnam', '경남'],
];

/** `centers.ProvinceRoutingChanged`: `fromCenterId` only when the province moves. */
export function provinceRouted(province: string, toCenterId: string, fromCenterId?: string): IntegrationMessage {
  const payload = { province, toCenterId, ...(fromCenterId ? { fromCenterId } : {}), mappingVersion: 1, effectiveAt: '2025-01-01T00:00:00+09:00' };
  return integrationMessage(ProvinceRoutingChangedV1, province, payload);
}

/**
 * The evaluation service as the single-process mode runs it, once it has heard the seeded routing
 * of the seven centers and the opening of `calls` (the calls its committees and rubrics are for).
 */
export async function startEvaluationService(
  options: { dataDir?: string | null; calls?: readonly string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<TestService> {
  const { calls = [], ...harness } = options;
  const service = await startTestService('evaluation', EvaluationModule.register, harness);
  await service.bus.publish(SEEDED_ROUTING.map(([centerId, province]) => ({ topic: TOPICS.centers, message: provinceRouted(province, centerId) })));
  if (calls.length > 0) await deliver(service, ...calls.map(callOpened));
  return service;
}

/** Messages as the applications service publishes them; resolves once the consumer has handled (committed) each. */
export function deliver(service: TestService, ...messages: IntegrationMessage[]): Promise<void> {
  return deliverOn(service, TOPICS.applications, ...messages);
}

/** The evaluation as a program manager reads it, once the read model shows it in `status`. */
export function evaluationIn(service: TestService, applicationId: string, status: string) {
  return statusIn(service, `/api/evaluation/evaluations/${applicationId}`, status);
}
