import { applicationStreamId } from '@yunghap/applications-domain';
import { EvaluationCompletedPayload, EvaluationCompletedV1, MemberRecusedV1, TOPICS } from '@yunghap/contracts';
import { deadLetterTopic, IntegrationMessage } from '@yunghap/messaging';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService, testUsers } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import {
  drafterOf,
  evaluationOpenedMessage,
  JUNGBU_COMMITTEE,
  messageOf,
  openCall,
  publishedAbout,
  publishOn,
  startApplications,
  submitted,
  users,
} from '../testing/applications.test-kit';

const path = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;

describe('the evaluation outcome, consumed from the evaluation service', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  let callId: string;
  const parked: IntegrationMessage[] = [];

  beforeAll(async () => {
    ({ service, published } = await startApplications());
    await service.bus.subscribe({
      consumerGroup: 'test-dlq',
      topics: [deadLetterTopic(TOPICS.evaluation)],
      handler: async ({ message }) => void parked.push(message),
    });
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  const read = async (applicationId: string, token = users.pm) =>
    (await request(service.http).get(path(applicationId)).set('Authorization', token).expect(200)).body;
  const statusBecomes = (applicationId: string, status: string) =>
    eventually(
      async () => {
        const application = await read(applicationId);
        return application.status === status ? application : undefined;
      },
      10_000,
      `${applicationId} ${status}`,
    );

  async function eligible(): Promise<string> {
    const applicationId = await submitted(service, callId);
    await request(service.http).post(path(applicationId, '/screen')).set('Authorization', users.jungbuStaff).expect(200);
    return applicationId;
  }

  const opened = (applicationId: string) => evaluationOpenedMessage(applicationId, callId);

  const completed = (applicationId: string, passed: boolean, totalHundredths: number, overrides: Partial<EvaluationCompletedPayload> = {}) =>
    messageOf(EvaluationCompletedV1, applicationId, {
      evaluationId: applicationId,
      applicationId,
      callId,
      centerId: 'jungbu',
      passed,
      totalHundredths,
      criteria: [{ criterionId: 'convergence', meanHundredths: 2500, metMinimum: true }],
      sealedSheets: 5,
      failedReasons: passed ? [] : ['below the pass threshold'],
      completedAt: new Date().toISOString(),
      ...overrides,
    });

  const evaluation = (messages: IntegrationMessage[]) => publishOn(service.bus, TOPICS.evaluation, messages);

  it("EvaluationOpened puts the application in evaluation, visible to that committee's members only", async () => {
    const applicationId = await eligible();
    await evaluation([opened(applicationId)]);
    expect(await statusBecomes(applicationId, 'in-evaluation')).toMatchObject({ committeeId: JUNGBU_COMMITTEE });

    expect(await read(applicationId, users.committeeMember)).toMatchObject({ applicationId, status: 'in-evaluation' });
    await request(service.http).get(path(applicationId)).set('Authorization', users.otherCommitteeMember).expect(403);
    await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', users.committeeMember).expect(200);
  });

  it("MemberRecused takes the application out of that member's view, content and timeline alike; the rest of the committee still reads it", async () => {
    const applicationId = await eligible();
    const recused = messageOf(MemberRecusedV1, applicationId, {
      evaluationId: applicationId,
      applicationId,
      memberId: 'member-seo',
      recusedAt: new Date().toISOString(),
    });
    await evaluation([opened(applicationId), recused]);
    const colleague = testUsers.memberOf('member-han', JUNGBU_COMMITTEE);
    await eventually(
      async () => ((await request(service.http).get(path(applicationId)).set('Authorization', users.committeeMember)).status === 403 ? true : undefined),
      10_000,
      'member-seo refused',
    );

    const refused = await request(service.http).get(path(applicationId)).set('Authorization', users.committeeMember).expect(403);
    expect(refused.body.detail).toContain('회피');
    await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', users.committeeMember).expect(403);
    expect(await read(applicationId, colleague)).toMatchObject({ applicationId, status: 'in-evaluation' });
    // Redelivered: recorded once; who stood down is not on the timeline the applicant reads.
    await evaluation([recused]);
    const timeline = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', drafterOf(applicationId)).expect(200);
    const recusals = timeline.body.events.filter((event: { type: string }) => event.type === 'ApplicationMemberRecused');
    expect(recusals).toHaveLength(1);
    expect(JSON.stringify(recusals)).not.toContain('member-seo');
  });

  it('EvaluationCompleted records passed with the total score; the same message delivered twice changes nothing', async () => {
    const applicationId = await eligible();
    const result = completed(applicationId, true, 8250);
    await evaluation([opened(applicationId), result]);
    expect(await statusBecomes(applicationId, 'evaluated-passed')).toMatchObject({ evaluation: { outcome: 'passed', totalScore: 82.5 } });
    // The stream itself, not a read model that might lag behind a second append.
    const stream = () => service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(applicationStreamId(applicationId));
    const length = (await stream()).length;

    await evaluation([result]);
    expect(await stream()).toHaveLength(length);
    const timeline = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', users.auditor).expect(200);
    expect(timeline.body.events.map((event: { type: string }) => event.type)).toEqual([
      'ApplicationDrafted',
      'ApplicationSubmitted',
      'ApplicationRouted',
      'ApplicationScreened',
      'ApplicationEvaluationStarted',
      'ApplicationEvaluated',
    ]);
    expect(timeline.body.events.at(-1)).toMatchObject({
      actor: { userId: 'yunghap', role: 'system' },
      causationId: result.messageId,
      correlationId: result.correlationId,
    });

    const withdraw = await request(service.http)
      .post(path(applicationId, '/withdraw'))
      .set('Authorization', drafterOf(applicationId))
      .send({ reason: 'r' })
      .expect(409);
    expect(withdraw.body.code).toBe('APPLICATION.ALREADY_DECIDED');
  });

  it('EvaluationCompleted records failed', async () => {
    const applicationId = await eligible();
    await evaluation([opened(applicationId), completed(applicationId, false, 6190)]);
    expect(await statusBecomes(applicationId, 'evaluated-failed')).toMatchObject({ evaluation: { outcome: 'failed', totalScore: 61.9 } });
  });

  it('leaves an application withdrawn during its evaluation withdrawn', async () => {
    const applicationId = await eligible();
    await evaluation([opened(applicationId)]);
    await statusBecomes(applicationId, 'in-evaluation');
    await request(service.http).post(path(applicationId, '/withdraw')).set('Authorization', drafterOf(applicationId)).send({ reason: '사업 중단' }).expect(200);
    expect((await publishedAbout(published, 'applications.ApplicationWithdrawn', applicationId)).payload).toMatchObject({ centerId: 'jungbu' });

    await evaluation([completed(applicationId, true, 9000)]);
    expect(await read(applicationId)).toMatchObject({ status: 'withdrawn' });
    expect(parked).toEqual([]);
  });

  it("ignores the topic's other messages, and parks a payload that breaks its contract on the dead-letter topic", async () => {
    const applicationId = await eligible();
    const other = { ...opened(applicationId), type: 'evaluation.ScoresheetSealed' };
    const broken = completed(applicationId, true, -1);
    // Feedback that would name a member is no feedback the contract knows: parked, not recorded.
    const naming = completed(applicationId, true, 8000, {
      feedback: [{ criterionId: 'convergence', name: '융합성', maximum: 30, meanHundredths: 2500, reasons: [], memberId: 'member-seo' } as never],
    });
    await evaluation([other, broken, naming]);

    expect(parked.map((message) => message.messageId)).toEqual([broken.messageId, naming.messageId]);
    expect(await read(applicationId)).toMatchObject({ status: 'screened-eligible' });
  });
});
