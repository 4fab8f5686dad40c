import { IntegrationMessage } from '@yunghap/messaging';
import { ApplicationScreenedV1, ApplicationSubmittedV1, CallOpenedV1, EvaluationCompletedV1, TOPICS } from '@yunghap/contracts';
import { programYearOf } from '@yunghap/kernel';
import { contractMessage, deliver, TestService, testUsers } from '@yunghap/service-harness';

// Shared by this service's HTTP specs only.

export { deliver, listen } from '@yunghap/service-harness';
export const { pm, otherPm, finance, auditor } = testUsers;
export const financeLee = testUsers.otherFinance;
export const staff = testUsers.staffOf('jungbu');

/** The program year the service opens at start (Korea's calendar year of now); an award's tranches fall in it or later. */
export const THIS_YEAR: number = programYearOf(new Date().toISOString());
/** A day of the current program year, `monthDay` written MM-DD: a tranche due in the award's own year. */
export const dayThisYear = (monthDay: string) => `${THIS_YEAR}-${monthDay}`;

export const IT_LINE = 'it-convergence';
export const MENTORING_LINE = 'technology-cooperation-mentoring';

const FIRMS = ['1018100001', '2208100002'];
export const FIRM_NAMES = ['한밭정밀', '누리소프트'];

/** The agreement (협약) an awarded grant signs before its tranches are paid (`POST …/agreement`). */
export const AGREEMENT = { agreementNumber: 'RS-2025-00001', startsOn: '2025-05-01', endsOn: '2026-10-31', signedOn: '2025-04-30' };

/** The call's opening, which names the budget line its awards are charged to. */
export function callOpened(callId: string, budgetLineId: string = IT_LINE): IntegrationMessage {
  return contractMessage(CallOpenedV1, callId, {
    callId,
    budgetLineId,
    title: `융합 공고 ${callId}`,
    opensAt: '2025-03-01T09:00:00+09:00',
    closesAt: '2025-03-31T18:00:00+09:00',
  });
}

export function submitted(applicationId: string, callId: string, requestedWon: number): IntegrationMessage {
  return contractMessage(ApplicationSubmittedV1, applicationId, {
    applicationId,
    callId,
    centerId: 'jungbu',
    mappingVersion: 1,
    title: `융합과제 ${applicationId}`,
    leadRegistrationNumber: FIRMS[0],
    memberRegistrationNumbers: FIRMS,
    members: FIRMS.map((registrationNumber, index) => ({ registrationNumber, name: FIRM_NAMES[index], lead: index === 0 })),
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

/**
 * An application through submission, screening and evaluation, as the other services publish them,
 * in a call opened on `callLineId` (the first opening of a call delivered is the one grants keeps).
 */
export async function candidate(
  service: TestService,
  applicationId: string,
  callId: string,
  requestedWon: number,
  totalHundredths: number,
  callLineId: string = IT_LINE,
): Promise<void> {
  await deliver(
    service,
    TOPICS.applications,
    callOpened(callId, callLineId),
    submitted(applicationId, callId, requestedWon),
    screened(applicationId, callId, requestedWon),
  );
  await deliver(service, TOPICS.evaluation, evaluated(applicationId, callId, totalHundredths));
}
