import { foldStream } from '@yunghap/event-store';
import { candidateDecider, GrantsStreams, ProposeAward } from '@yunghap/grants-domain';
import { won } from '@yunghap/kernel';
import { randomUUID } from 'node:crypto';
import { decideWithApplicationHold } from './application-hold';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { candidate, finance, IT_LINE, pm, dayThisYear } from '../testing/grants-test-kit';

const CALL = 'call-2025-race';
const APPLICATION = 'app-race';
const award = { applicationId: APPLICATION, lineId: IT_LINE, amountWon: 100_000_000, schedule: [{ dueOn: dayThisYear('06-01'), amountWon: 100_000_000 }] };

describe('one active grant per application, held on the application stream', () => {
  let service: TestService;
  const propose = () => request(service.http).post('/api/grants/grants').set('Authorization', pm).send(award);
  const grantsOfCall = async () =>
    (await request(service.http).get('/api/grants/grants').query({ callId: CALL }).set('Authorization', finance).expect(200)).body.items;
  const activeOnStream = async () => {
    const { store } = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    return foldStream(await store.readStream(GrantsStreams.candidate(APPLICATION)), candidateDecider).activeGrantId;
  };

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, APPLICATION, CALL, 450_000_000, 9_000);
  });
  afterAll(() => service.close());

  it('lets exactly one of 10 simultaneous proposals through; the others are refused naming the active grant', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => propose()));

    const created = answers.filter((res) => res.status === 201);
    expect(created).toHaveLength(1);
    const refused = answers.filter((res) => res.status === 409);
    expect(refused).toHaveLength(9);
    const grantId = created[0].body.grantId;
    for (const res of refused) {
      expect(res.body).toMatchObject({ code: 'GRANT.APPLICATION_ALREADY_AWARDED' });
      expect(res.body.detail).toMatch(new RegExp(`^이 신청에는 이미 진행 중인 지원 과제 ${grantId}`));
    }
    expect((await grantsOfCall()).map((grant: { grantId: string }) => grant.grantId)).toEqual([grantId]);
    expect(await activeOnStream()).toBe(grantId);
  });

  it('frees the application when the proposal is rejected, so a new proposal goes through and approval re-checks', async () => {
    const [held] = await grantsOfCall();
    await request(service.http).post(`/api/grants/grants/${held.grantId}/rejection`).set('Authorization', finance).send({ reason: 'Second round' }).expect(200);
    expect(await activeOnStream()).toBeUndefined();

    const next = (await propose().expect(201)).body.grantId;
    expect(await activeOnStream()).toBe(next);
    await request(service.http).post(`/api/grants/grants/${next}/approval`).set('Authorization', finance).expect(200);
    expect(await activeOnStream()).toBe(next);
    expect((await propose().expect(409)).body.code).toBe('GRANT.APPLICATION_ALREADY_AWARDED');
  });

  it('decides the rule on the stream alone: 10 proposals past the edge, in concurrent transactions, make one grant', async () => {
    const applicationId = 'app-race-direct';
    await candidate(service, applicationId, CALL, 450_000_000, 9_000);
    const { store } = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const proposal = (): ProposeAward => ({
      type: 'ProposeAward',
      data: {
        grantId: randomUUID(),
        year: 2025,
        applicationId,
        callId: CALL,
        lineId: IT_LINE,
        callLineId: IT_LINE,
        amount: won(100_000_000),
        requestedWon: won(450_000_000),
        projectCap: won(500_000_000),
        evaluationPassed: true,
        schedule: [{ trancheId: 't1', dueOn: '2025-06-01', amount: won(100_000_000) }],
      },
      metadata: { now: '2025-05-01T10:00:00+09:00', actor: { userId: 'pm-park', role: 'program-manager' } },
    });

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        store
          .transaction(async (session) => {
            const result = await decideWithApplicationHold(session, applicationId, proposal());
            // As CommandExecutor does: a refusal rolls back what the transaction appended.
            if (!result.ok) throw result.error;
            return result;
          })
          .catch((error: { code: string }) => error.code),
      ),
    );

    const made = results.filter((result) => typeof result !== 'string');
    expect(made).toHaveLength(1);
    expect(results.filter((result) => result === 'GRANT.APPLICATION_ALREADY_AWARDED')).toHaveLength(9);
    const candidateStream = await store.readStream(GrantsStreams.candidate(applicationId));
    expect(candidateStream.filter((event) => event.type === 'AwardReserved')).toHaveLength(1);
  });
});
