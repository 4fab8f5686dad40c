import { IntegrationMessage } from '@yunghap/messaging';
import { ApplicationScreenedV1, ApplicationSubmittedV1, EvaluationCompletedV1, TOPICS } from '@yunghap/contracts';
import { contractMessage, deliver, TestService, testUsers } from '@yunghap/service-harness';

// Shared by this service's HTTP specs only.

export { deliver, listen } from '@yunghap/service-harness';
export const { pm, otherPm, finance, auditor } = testUsers;
export const financeLee = testUsers.otherFinance;
export const staff = testUsers.staffOf('jungbu');

export const IT_LINE = 'it-convergence';
export const MENTORING_LINE = 'technology-cooperation-mentoring';

const FIRMS = ['1018100001', '2208100002'];

export function submitted(applicationId: string, callId: string, requestedWon: number): IntegrationMessage {
  return contractMessage(ApplicationSubmittedV1, applicationId, {
    applicationId,
    callId,
    centerId: 'jungbu',
    mappingVersion: 1,
    title: `융합과제 ${applicationId}`,
    leadRegistrationNumber: FIRMS[0],
    memberRegistrationNumbers: FIRMS,
    requestedWon,
    submittedAt: '2025-03-10T09:00:00+09:00',
  });
}

export function screened(applicationId: string, callId: string, requestedWon: number, eligible = true): IntegrationMessage {
  const failedRules = eligible ? [] : [{ code: 'SCREENING.TOO_FEW_SMES', message: 'one firm' }];
  return contractMessage(ApplicationScreenedV1, applicationId, {
    applicationId,
    callId,
    centerId: 'jungbu',
    eligible,
    failedRules,
    memberRegistrationNumbers: FIRMS,
    requestedWon,
    submittedAt: '2025-03-10T09:00:00+09:00',
    screenedAt: '2025-03-20T15:00:00+09:00',
  });
}

export function evaluated(applicationId: string, callId: string, totalHundredths: number, passed = totalHundredths >= 7_000): IntegrationMessage {
  return contractMessage(EvaluationCompletedV1, applicationId, {
    evaluationId: applicationId,
    applicationId,
    callId,
    centerId: 'jungbu',
    passed,
    totalHundredths,
    criteria: [{ criterionId: 'convergence-novelty', meanHundredths: totalHundredths, metMinimum: passed }],
    sealedSheets: 5,
    failedReasons: passed ? [] : ['total-below-threshold'],
    completedAt: '2025-04-30T17:00:00+09:00',
  });
}

/** An application through submission, screening and evaluation, as the other services publish them. */
export async function candidate(service: TestService, applicationId: string, callId: string, requestedWon: number, totalHundredths: number): Promise<void> {
  await deliver(service, TOPICS.applications, submitted(applicationId, callId, requestedWon), screened(applicationId, callId, requestedWon));
  await deliver(service, TOPICS.evaluation, evaluated(applicationId, callId, totalHundredths));
}
