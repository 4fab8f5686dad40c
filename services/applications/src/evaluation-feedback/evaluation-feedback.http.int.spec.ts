import { EvaluationCompletedPayload, EvaluationCompletedV1, TOPICS } from '@yunghap/contracts';
import { documentOf, TestService, testUsers } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import {
  colleagueOf,
  drafterOf,
  evaluationOpenedMessage,
  messageOf,
  openCall,
  publishOn,
  startApplications,
  submitted,
  UNKNOWN_APPLICATION_ID,
  users,
} from '../testing/applications.test-kit';

const path = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;
const feedbackPath = (applicationId: string) => path(applicationId, '/evaluation-feedback');

/** As the evaluation service publishes it: each criterion's mean and the members' reasons, sorted, nobody named. */
const FEEDBACK: NonNullable<EvaluationCompletedPayload['feedback']> = [
  {
    criterionId: 'convergence-novelty',
    name: 'Convergence and novelty (융합성·독창성)',
    maximum: 30,
    meanHundredths: 2300,
    reasons: ['사업계획서의 근거가 부족함'],
  },
  { criterionId: 'technical-feasibility', name: 'Technical feasibility (기술성)', maximum: 25, meanHundredths: 1933, reasons: [] },
  {
    criterionId: 'commercialisation',
    name: 'Commercialisation (사업화 가능성)',
    maximum: 25,
    meanHundredths: 1900,
    reasons: ['사업계획서의 근거가 부족함', '판로 계획이 구체적임'],
  },
  {
    criterionId: 'consortium-capability',
    name: 'Consortium capability (컨소시엄 역량)',
    maximum: 20,
    meanHundredths: 1467,
    reasons: ['참여 인력의 관련 경험이 부족함'],
  },
];

describe("the applicant's evaluation feedback", () => {
  let service: TestService;
  let callId: string;

  beforeAll(async () => {
    ({ service } = await startApplications());
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  const read = (applicationId: string, token: string) => request(service.http).get(feedbackPath(applicationId)).set('Authorization', token);
  const evaluation = (messages: Parameters<typeof publishOn>[2]) => publishOn(service.bus, TOPICS.evaluation, messages);

  async function inEvaluation(): Promise<string> {
    const applicationId = await submitted(service, callId);
    await request(service.http).post(path(applicationId, '/screen')).set('Authorization', users.jungbuStaff).expect(200);
    const openedAt = new Date().toISOString();
    await evaluation([evaluationOpenedMessage(applicationId, callId, openedAt)]);
    return applicationId;
  }

  const resultOf = (applicationId: string): EvaluationCompletedPayload => ({
    evaluationId: applicationId,
    applicationId,
    callId,
    centerId: 'jungbu',
    passed: true,
    totalHundredths: 7600,
    criteria: FEEDBACK.map(({ criterionId, meanHundredths }) => ({ criterionId, meanHundredths, metMinimum: true })),
    sealedSheets: 5,
    failedReasons: [],
    completedAt: new Date().toISOString(),
    feedback: FEEDBACK,
  });

  const recorded = (applicationId: string) =>
    eventually(async () => ((await read(applicationId, users.pm)).status === 200 ? true : undefined), 10_000, `feedback of ${applicationId}`);

  let evaluated: string;
  beforeAll(async () => {
    evaluated = await inEvaluation();
    await evaluation([messageOf(EvaluationCompletedV1, evaluated, resultOf(evaluated))]);
    await recorded(evaluated);
  });

  it('answers the applicant the result, each criterion with its maximum, mean and the reasons', async () => {
    const res = await read(evaluated, drafterOf(evaluated)).expect(200);
    expect(res.body).toEqual({
      applicationId: evaluated,
      outcome: 'passed',
      totalScore: 76,
      criteria: [
        { criterionId: 'convergence-novelty', name: 'Convergence and novelty (융합성·독창성)', maximum: 30, mean: 23, reasons: ['사업계획서의 근거가 부족함'] },
        { criterionId: 'technical-feasibility', name: 'Technical feasibility (기술성)', maximum: 25, mean: 19.33, reasons: [] },
        {
          criterionId: 'commercialisation',
          name: 'Commercialisation (사업화 가능성)',
          maximum: 25,
          mean: 19,
          reasons: ['사업계획서의 근거가 부족함', '판로 계획이 구체적임'],
        },
        {
          criterionId: 'consortium-capability',
          name: 'Consortium capability (컨소시엄 역량)',
          maximum: 20,
          mean: 14.67,
          reasons: ['참여 인력의 관련 경험이 부족함'],
        },
      ],
    });
  });

  it('names no committee member and shows no individual score', async () => {
    const body = JSON.stringify((await read(evaluated, drafterOf(evaluated)).expect(200)).body);
    expect(body).not.toMatch(/memberId|member-|committee|"scores"|sheets/i);
  });

  it("is read by the applicants of its firms, program managers, auditors and the staff of the application's center", async () => {
    for (const token of [colleagueOf(evaluated), users.pm, users.auditor, users.jungbuStaff])
      expect((await read(evaluated, token).expect(200)).body.totalScore).toBe(76);
  });

  it("is refused (403) to the committee's members, finance, other centers' staff, another firm's applicant and anyone else", async () => {
    for (const token of [users.committeeMember, users.otherCommitteeMember, users.finance, users.honamStaff, users.otherFirmApplicant, testUsers.gateway]) {
      const res = await read(evaluated, token).expect(403);
      expect(res.body.code).toMatch(/FORBIDDEN|ROLE_NOT_ALLOWED/);
    }
  });

  it('stays out of the application itself, which the committee reads too', async () => {
    const application = await request(service.http).get(path(evaluated)).set('Authorization', users.committeeMember).expect(200);
    expect(application.body.evaluation).toEqual({ outcome: 'passed', totalScore: 76 });
    expect(JSON.stringify(application.body)).not.toContain('판로 계획이 구체적임');
    const timeline = await request(service.http).get(path(evaluated, '/timeline')).set('Authorization', drafterOf(evaluated)).expect(200);
    expect(JSON.stringify(timeline.body)).not.toContain('판로 계획이 구체적임');
  });

  it('is 409 while no result is recorded, 404 for an unknown application (before any 403)', async () => {
    const waiting = await inEvaluation();
    const res = await read(waiting, drafterOf(waiting)).expect(409);
    expect(res.body).toMatchObject({ code: 'APPLICATION.NOT_EVALUATED', details: { status: expect.any(String) } });
    expect(res.body.detail).toMatch(/^신청 .*평가 결과가 아직 없습니다.*\(Application .* has no evaluation result yet/);
    await read(UNKNOWN_APPLICATION_ID, users.otherFirmApplicant).expect(404);
    await read(UNKNOWN_APPLICATION_ID, users.finance).expect(404);
    await read(waiting, users.committeeMember).expect(403);
  });

  it('documents the 409 beside the success body and the access statuses', () => {
    const operation = (
      documentOf(service.app).paths['/api/applications/applications/{applicationId}/evaluation-feedback'] as { get: { responses: Record<string, unknown> } }
    ).get;
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409']));
    expect(JSON.stringify(operation.responses['409'])).toContain('APPLICATION.NOT_EVALUATED');
  });

  it('answers a result published before feedback existed with its total and no criteria', async () => {
    const applicationId = await inEvaluation();
    const { feedback: _none, ...withoutFeedback } = resultOf(applicationId);
    await evaluation([messageOf(EvaluationCompletedV1, applicationId, { ...withoutFeedback, passed: false, totalHundredths: 6190 })]);
    await recorded(applicationId);
    expect((await read(applicationId, drafterOf(applicationId)).expect(200)).body).toEqual({
      applicationId,
      outcome: 'failed',
      totalScore: 61.9,
      criteria: [],
    });
  });
});
