import {
  AwardProposedV2,
  EvaluationCompletedV1,
  EvaluationOpenedV1,
  GrantApprovedV1,
  GrantAwardedV1,
  GrantCancelledV1,
  GrantRejectedV1,
  TOPICS,
} from '@yunghap/contracts';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { messageOf, openCall, publishOn, startApplications, submitted, users } from '../testing/applications.test-kit';

const path = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;

describe('grants decisions, consumed from the grants service', () => {
  let service: TestService;
  let callId: string;

  beforeAll(async () => {
    ({ service } = await startApplications());
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  const statusBecomes = (applicationId: string, status: string) =>
    eventually(
      async () => {
        const res = await request(service.http).get(path(applicationId)).set('Authorization', users.pm).expect(200);
        return res.body.status === status ? res.body : undefined;
      },
      10_000,
      `${applicationId} ${status}`,
    );

  async function screenedEligible(): Promise<string> {
    const applicationId = await submitted(service, callId);
    await request(service.http).post(path(applicationId, '/screen')).set('Authorization', users.jungbuStaff).expect(200);
    return applicationId;
  }

  function evaluationPassed(applicationId: string): Promise<void> {
    const now = new Date().toISOString();
    return publishOn(service.bus, TOPICS.evaluation, [
      messageOf(EvaluationOpenedV1, applicationId, {
        evaluationId: applicationId,
        applicationId,
        callId,
        centerId: 'jungbu',
        committeeId: 'c-1',
        openedAt: now,
      }),
      messageOf(EvaluationCompletedV1, applicationId, {
        evaluationId: applicationId,
        applicationId,
        callId,
        centerId: 'jungbu',
        passed: true,
        totalHundredths: 8200,
        criteria: [],
        sealedSheets: 5,
        failedReasons: [],
        completedAt: now,
      }),
    ]);
  }

  async function passedEvaluation(): Promise<string> {
    const applicationId = await screenedEligible();
    await evaluationPassed(applicationId);
    await statusBecomes(applicationId, 'evaluated-passed');
    return applicationId;
  }

  it('shows an award proposed (selected), then approved (grant awarded); a redelivery changes nothing', async () => {
    const applicationId = await passedEvaluation();
    const now = new Date().toISOString();
    const proposed = messageOf(AwardProposedV2, applicationId, {
      grantId: 'grant-1',
      applicationId,
      callId,
      lineId: 'it-convergence',
      amountWon: 250_000_000,
      proposedAt: now,
    });
    await publishOn(service.bus, TOPICS.grants, [proposed]);
    await statusBecomes(applicationId, 'selected');

    const approved = messageOf(GrantApprovedV1, applicationId, { grantId: 'grant-1', applicationId, amountWon: 250_000_000, approvedAt: now });
    await publishOn(service.bus, TOPICS.grants, [approved, approved]);
    await statusBecomes(applicationId, 'grant-awarded');

    const timeline = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', users.pm).expect(200);
    expect(JSON.stringify(timeline.body).match(/ApplicationOutcomeRecorded/g)).toHaveLength(2);
  });

  it('shows a cancelled grant as cancelled, no longer competing in its call', async () => {
    const applicationId = await passedEvaluation();
    const now = new Date().toISOString();
    const award = { grantId: 'grant-c', applicationId, callId, lineId: 'it-convergence', amountWon: 250_000_000 };
    await publishOn(service.bus, TOPICS.grants, [
      messageOf(AwardProposedV2, applicationId, { ...award, proposedAt: now }),
      messageOf(GrantApprovedV1, applicationId, { grantId: 'grant-c', applicationId, amountWon: 250_000_000, approvedAt: now }),
    ]);
    await statusBecomes(applicationId, 'grant-awarded');

    const cancelled = messageOf(GrantCancelledV1, applicationId, {
      grantId: 'grant-c',
      applicationId,
      releasedWon: 250_000_000,
      reason: '협약 해지',
      cancelledAt: now,
    });
    await publishOn(service.bus, TOPICS.grants, [cancelled]);
    const shown = await statusBecomes(applicationId, 'grant-cancelled');
    expect(shown).toMatchObject({ status: 'grant-cancelled' });
    const active = await request(service.http)
      .get('/api/applications/applications')
      .query({ status: 'grant-awarded', limit: 200 })
      .set('Authorization', users.pm)
      .expect(200);
    expect(active.body.items.map((item: { applicationId: string }) => item.applicationId)).not.toContain(applicationId);
  });

  it('records an award that overtook the evaluation result, on another topic, once the result is recorded', async () => {
    const applicationId = await screenedEligible();
    const award = { grantId: 'grant-3', applicationId, callId, lineId: 'it-convergence', amountWon: 250_000_000, proposedAt: new Date().toISOString() };
    const proposed = messageOf(AwardProposedV2, applicationId, award);
    const retried: string[] = [];
    service.app.get<ServiceRuntime>(SERVICE_RUNTIME).observeConsumers((event) => event.kind === 'retried' && retried.push(event.consumer));
    // The in-process bus resolves a publication once it is handled: the award waits, retried, for the result.
    const published = publishOn(service.bus, TOPICS.grants, [proposed]);
    await eventually(() => (retried.includes('applications.grants-outcome') ? true : undefined), 10_000, 'the award refused for now');
    await evaluationPassed(applicationId);
    await published;
    await statusBecomes(applicationId, 'selected');
  });

  it('records a grants.GrantAwarded v1 still stored in an outbox, on the topic or a dead-letter topic, exactly as the AwardProposed v2 it became', async () => {
    const outcomeOf = async (applicationId: string) => {
      await statusBecomes(applicationId, 'selected');
      const timeline = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', users.pm).expect(200);
      const recorded = timeline.body.events.filter((event: { type: string }) => event.type === 'ApplicationOutcomeRecorded');
      return recorded.map(({ details, actor, causationId, correlationId }: Record<string, unknown>) => ({ details, actor, causationId, correlationId }));
    };
    const fields = (applicationId: string) => ({
      grantId: `grant-of-${applicationId}`,
      applicationId,
      callId,
      lineId: 'it-convergence',
      amountWon: 250_000_000,
    });
    const [viaV1, viaV2] = [await passedEvaluation(), await passedEvaluation()];
    const now = new Date().toISOString();
    const storedV1 = messageOf(GrantAwardedV1, viaV1, { ...fields(viaV1), awardedAt: now });
    const publishedV2 = messageOf(AwardProposedV2, viaV2, { ...fields(viaV2), proposedAt: now });
    // The V1 message twice, under one id: the upcast keeps the id, so the redelivery is recognised.
    await publishOn(service.bus, TOPICS.grants, [storedV1, storedV1, publishedV2]);

    const [outcomeV1, outcomeV2] = [await outcomeOf(viaV1), await outcomeOf(viaV2)];
    const expected = (message: typeof storedV1, applicationId: string) => [
      {
        details: { outcome: 'selected', reference: `grant-of-${applicationId}` },
        actor: { userId: 'yunghap', role: 'system' },
        causationId: message.messageId,
        correlationId: message.correlationId,
      },
    ];
    expect(outcomeV2).toEqual(expected(publishedV2, viaV2));
    expect(outcomeV1).toEqual(expected(storedV1, viaV1));
  });

  it('shows an award rejected as not selected', async () => {
    const applicationId = await passedEvaluation();
    await publishOn(service.bus, TOPICS.grants, [
      messageOf(GrantRejectedV1, applicationId, { grantId: 'grant-2', applicationId, reason: 'line exhausted', rejectedAt: new Date().toISOString() }),
    ]);
    await statusBecomes(applicationId, 'not-selected');
  });
});
