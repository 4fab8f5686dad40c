import { TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { expectPagingOf, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import {
  auditor,
  deliver,
  evaluationIn,
  experts,
  finance,
  listen,
  memberOf,
  pm,
  scores,
  screened,
  staffOf,
  startEvaluationService,
  withdrawn,
} from '../testing/evaluation-test-kit';

const CALL = 'call-2025-bio';
const JUNGBU = `${CALL}.jungbu`;
const SHARED = `${CALL}.shared`;
const FIRM_Q = '2208100001';
const FIRM_R = '2208100002';
const FIRM_S = '2208100003';
const firms = (...extra: string[]) => ['1018100001', ...extra];

describe('opening evaluations from the applications service', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  const opened = (applicationId: string) => published.filter((m) => m.type === 'evaluation.EvaluationOpened' && m.key === applicationId);
  const evaluation = (applicationId: string) => request(service.http).get(`/api/evaluation/evaluations/${applicationId}`);
  const assign = (applicationId: string) => request(service.http).post(`/api/evaluation/evaluations/${applicationId}/committee`);
  const form = (body: object) => request(service.http).post('/api/evaluation/committees').set('Authorization', pm).send(body).expect(201);
  const declare = (memberId: string, firm: string, kind: string) =>
    request(service.http)
      .post(`/api/evaluation/committees/${JUNGBU}/relationships`)
      .set('Authorization', memberOf(memberId, JUNGBU))
      .send({ firm, kind })
      .expect(201);

  beforeAll(async () => {
    service = await startEvaluationService({ calls: [CALL, 'call-2025-other', 'call-2025-agri'] });
    published = await listen(service, TOPICS.evaluation);
  });
  afterAll(() => service.close());

  it('keeps an eligible application waiting while its call has no committee; an ineligible one is not evaluated', async () => {
    await deliver(
      service,
      screened({ applicationId: 'app-b1', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms('1018100002') }),
      screened({
        applicationId: 'app-b0',
        callId: CALL,
        centerId: 'jungbu',
        memberRegistrationNumbers: firms(),
        eligible: false,
        failedRules: [{ code: 'SCREENING.TOO_FEW_FIRMS', message: 'one firm' }],
      }),
    );
    const waiting = await evaluationIn(service, 'app-b1', 'pending');
    expect(waiting).toMatchObject({ committeeId: null, rubric: null, scores: { stage: 'not-opened' }, openedAt: null });
    expect((await evaluation('app-b0').set('Authorization', pm).expect(404)).body.code).toBe('EVALUATION.NOT_FOUND');

    const list = await request(service.http).get('/api/evaluation/evaluations').query({ callId: CALL, status: 'pending' }).set('Authorization', pm).expect(200);
    expect(list.body).toMatchObject({ items: [{ applicationId: 'app-b1', status: 'pending' }], hasMore: false });
  });

  it('opens it once a committee of its call and center is formed, and publishes EvaluationOpened', async () => {
    await form({ callId: CALL, centerId: 'jungbu', members: experts('b', 6) });
    expect(await evaluationIn(service, 'app-b1', 'open')).toMatchObject({
      committeeId: JUNGBU,
      scores: { stage: 'scoring', counts: { members: 6, recused: 0 } },
    });

    const [message] = await eventually(() => (opened('app-b1').length ? opened('app-b1') : undefined));
    expect(message.payload).toEqual({
      evaluationId: 'app-b1',
      applicationId: 'app-b1',
      callId: CALL,
      centerId: 'jungbu',
      committeeId: JUNGBU,
      openedAt: expect.any(String),
    });
  });

  it('recuses every member tied to a firm of the application, recording each ground', async () => {
    await declare('b6', FIRM_Q, 'employment');
    await declare('b6', FIRM_R, 'ownership');
    await deliver(service, screened({ applicationId: 'app-b2', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms(FIRM_Q, FIRM_R) }));

    const detail = await evaluationIn(service, 'app-b2', 'open');
    expect(detail.committee.recusals).toEqual([
      { memberId: 'b6', firm: FIRM_Q, relationship: 'employment' },
      { memberId: 'b6', firm: FIRM_R, relationship: 'ownership' },
    ]);
    expect(detail.committee.members.filter((m: { recused: boolean }) => m.recused).map((m: { userId: string }) => m.userId)).toEqual(['b6']);
    expect(detail.scores.counts).toEqual({ members: 6, recused: 1, submitted: 0, sealed: 0 });
  });

  it('keeps waiting when recusals leave the committee short of its quorum, until a program manager assigns another committee', async () => {
    await declare('b5', FIRM_S, 'family');
    await deliver(service, screened({ applicationId: 'app-b3', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms(FIRM_Q, FIRM_S) }));
    await evaluationIn(service, 'app-b3', 'pending');
    // The center's committee serves its applications; the shared one takes over only when assigned.
    await form({ callId: CALL, members: experts('s', 5) });
    await evaluationIn(service, 'app-b3', 'pending');
    await form({ callId: 'call-2025-other', members: experts('o', 5) });

    expect((await assign('app-b3').set('Authorization', pm).send({ committeeId: JUNGBU }).expect(422)).body.code).toBe('EVALUATION.QUORUM_UNREACHABLE');
    expect((await assign('app-b3').set('Authorization', pm).send({ committeeId: 'call-2025-other.shared' }).expect(422)).body.code).toBe(
      'EVALUATION.COMMITTEE_NOT_SERVING',
    );
    expect((await assign('app-b3').set('Authorization', pm).send({ committeeId: 'nope.shared' }).expect(404)).body.code).toBe('COMMITTEE.NOT_FOUND');
    expect((await assign('app-b99').set('Authorization', pm).send({ committeeId: SHARED }).expect(404)).body.code).toBe('EVALUATION.NOT_FOUND');
    const bad = await assign('app-b3').set('Authorization', pm).send({ committeeId: 7 }).expect(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'committeeId', rule: 'isString' }));
    for (const token of [staffOf('jungbu'), memberOf('s1', SHARED), finance, auditor])
      await assign('app-b3').set('Authorization', token).send({ committeeId: SHARED }).expect(403);

    const res = await assign('app-b3').set('Authorization', pm).send({ committeeId: SHARED }).expect(200);
    expect(res.body).toMatchObject({ status: 'open', committeeId: SHARED, committee: { recusals: [] } });
    expect((await assign('app-b3').set('Authorization', pm).send({ committeeId: SHARED }).expect(409)).body.code).toBe('EVALUATION.ALREADY_OPENED');
    await eventually(() => opened('app-b3').find((m) => (m.payload as { committeeId: string }).committeeId === SHARED));
  });

  it("gives a center's application to the call's shared committee when the center has none", async () => {
    await deliver(service, screened({ applicationId: 'app-b4', callId: CALL, centerId: 'honam', memberRegistrationNumbers: firms('1018100004') }));
    expect(await evaluationIn(service, 'app-b4', 'open')).toMatchObject({ centerId: 'honam', committeeId: SHARED });
  });

  it('opens one evaluation however often a screening is delivered', async () => {
    const screening = screened({ applicationId: 'app-b6', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms('1018100006') });
    const resent = screened({ applicationId: 'app-b6', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms('1018100006') });
    await deliver(service, screening, screening, resent);
    await evaluationIn(service, 'app-b6', 'open');
    // The relay publishes in outbox order: once a later opening is out, any second one of app-b6 would be too.
    await deliver(service, screened({ applicationId: 'app-b7', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms('1018100007') }));
    await eventually(() => opened('app-b7')[0]);
    expect(opened('app-b6')).toHaveLength(1);
  });

  it('ends a waiting evaluation on withdrawal: it never opens', async () => {
    await deliver(service, screened({ applicationId: 'app-a1', callId: 'call-2025-agri', centerId: 'jungbu', memberRegistrationNumbers: firms('1018100008') }));
    await evaluationIn(service, 'app-a1', 'pending');
    await deliver(service, withdrawn('app-a1', 'call-2025-agri'));
    expect(await evaluationIn(service, 'app-a1', 'withdrawn')).toMatchObject({ withdrawnAt: expect.any(String), openedAt: null });

    await form({ callId: 'call-2025-agri', centerId: 'jungbu', members: experts('a', 5) });
    expect((await evaluation('app-a1').set('Authorization', pm).expect(200)).body.status).toBe('withdrawn');
    expect((await assign('app-a1').set('Authorization', pm).send({ committeeId: 'call-2025-agri.jungbu' }).expect(409)).body.code).toBe('EVALUATION.WITHDRAWN');
    expect(opened('app-a1')).toEqual([]);
  });

  it('ends an open evaluation on withdrawal: no more scoring, closing, or place in the work queue', async () => {
    await deliver(service, withdrawn('app-b1', CALL));
    // The withdrawal is on the request and, the evaluation being open, in the domain's stream as well.
    const ended = await eventually(async () => {
      const res = await evaluation('app-b1').set('Authorization', pm);
      return res.body.scores?.stage === 'abandoned' ? res.body : undefined;
    });
    expect(ended).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String), scores: { stage: 'abandoned', counts: { members: 6 } } });
    const member = memberOf('b1', JUNGBU);
    const submit = await request(service.http)
      .put('/api/evaluation/evaluations/app-b1/my-scoresheet')
      .set('Authorization', member)
      .send({ scores: scores(20, 20, 20, 15) })
      .expect(409);
    expect(submit.body.code).toBe('EVALUATION.WITHDRAWN');
    await request(service.http).post('/api/evaluation/evaluations/app-b1/close').set('Authorization', pm).expect(409);
    const queue = await request(service.http).get('/api/evaluation/work-queue').set('Authorization', member).expect(200);
    expect(queue.body.items.map((item: { applicationId: string }) => item.applicationId)).not.toContain('app-b1');
  });

  it('parks a screening the domain cannot open from on the dead-letter topic, recording nothing', async () => {
    const parked = await listen(service, `${TOPICS.applications}.dlq`);
    // A date without a time passes the contract, but ranking needs the instant of submission.
    await deliver(
      service,
      screened({ applicationId: 'app-bad', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: firms('1018100009'), submittedAt: '2025-03-10' }),
    );
    expect(parked.map((m) => m.key)).toEqual(['app-bad']);
    await evaluation('app-bad').set('Authorization', pm).expect(404);
  });

  describe('access', () => {
    it('lists evaluations for program managers, auditors and a center (its own only)', async () => {
      const ownCenter = await request(service.http)
        .get('/api/evaluation/evaluations')
        .query({ callId: CALL })
        .set('Authorization', staffOf('honam'))
        .expect(200);
      expect(ownCenter.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual(['app-b4']);
      const paged = await request(service.http)
        .get('/api/evaluation/evaluations')
        .query({ callId: CALL, limit: 2, offset: 1 })
        .set('Authorization', auditor)
        .expect(200);
      expect(paged.body).toMatchObject({ limit: 2, offset: 1, hasMore: true });
      expect(paged.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual(['app-b2', 'app-b3']);
      await expectPagingOf(service, '/api/evaluation/evaluations', auditor, (item: { applicationId: string }) => item.applicationId, { callId: CALL });

      await request(service.http).get('/api/evaluation/evaluations').query({ centerId: 'jungbu' }).set('Authorization', staffOf('honam')).expect(403);
      await request(service.http).get('/api/evaluation/evaluations').set('Authorization', memberOf('b1', JUNGBU)).expect(403);
      await request(service.http).get('/api/evaluation/evaluations').set('Authorization', finance).expect(403);
      const bad = await request(service.http).get('/api/evaluation/evaluations').query({ status: 'lost', limit: 0 }).set('Authorization', pm).expect(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['status', 'limit']));
    });

    it("shows an evaluation to its center's staff and to the members who score it, and to no one else", async () => {
      expect((await evaluation('app-b2').set('Authorization', staffOf('jungbu')).expect(200)).body).not.toHaveProperty('committee');
      await evaluation('app-b2').set('Authorization', memberOf('b1', JUNGBU)).expect(200);

      await evaluation('app-b2').set('Authorization', staffOf('honam')).expect(403);
      await evaluation('app-b2').set('Authorization', memberOf('b6', JUNGBU)).expect(403); // recused
      await evaluation('app-b2').set('Authorization', memberOf('s1', SHARED)).expect(403); // another committee
      await evaluation('app-b2').set('Authorization', memberOf('b1', SHARED)).expect(403); // token without the committee
      await evaluation('app-b2').set('Authorization', finance).expect(403);
      await evaluation('app-b2').set('Authorization', auditor).expect(403);
      await evaluation('app-b2').expect(401);
      await evaluation('app-b99').set('Authorization', pm).expect(404);
    });
  });
});
