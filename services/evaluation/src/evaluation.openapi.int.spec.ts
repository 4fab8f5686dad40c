import { OpenAPIObject } from '@nestjs/swagger';
import { departures, documentOf, erasureAnswers, TestService } from '@yunghap/service-harness';
import request, { Response } from 'supertest';
import {
  auditor,
  deliver,
  evaluationIn,
  experts,
  memberOf,
  pm,
  reasonsForAll,
  scores,
  screened,
  staffOf,
  startEvaluationService,
  withdrawn,
} from './testing/evaluation-test-kit';

const CALL = 'call-doc';
const JUNGBU = `${CALL}.jungbu`;
const HONAM = `${CALL}.honam`;
const SHARED = `${CALL}.shared`;
const FIRM_A = '1048612345';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Operation = {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
  parameters?: { in: string; name: string; schema?: Record<string, unknown> }[];
};

/**
 * The document tells the whole truth about success answers: every operation states its success
 * body, and the bodies the service really gives, in every stage an evaluation goes through and
 * for every role that sees a different shape, conform to it (and carry nothing it does not name).
 */
describe('the OpenAPI document of the evaluation service', () => {
  let service: TestService;
  let document: OpenAPIObject;
  const api = () => request(service.http);
  const operations = () =>
    Object.entries(document.paths).flatMap(([template, item]) =>
      METHODS.flatMap((method) =>
        (item as Record<string, Operation | undefined>)[method] ? [{ template, method, operation: (item as Record<string, Operation>)[method] }] : [],
      ),
    );

  /** `res` answered with a 2xx its operation documents, its body as the document describes it. */
  function documented(method: string, template: string, res: Response): Response {
    if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${template} answered ${res.status}: ${res.text}`);
    expect(departures(document, method, template, res)).toEqual([]);
    return res;
  }

  beforeAll(async () => {
    service = await startEvaluationService({ calls: [CALL, 'call-doc-defined'], env: { PERSONAL_DATA_RETENTION_DAYS: 'committee-member=0' } });
    document = documentOf(service.app);
  });
  afterAll(() => service.close());

  it('states one success answer with a JSON body for every operation, and a pattern for every path id', () => {
    expect(operations().length).toBeGreaterThanOrEqual(16);
    for (const { template, method, operation } of operations()) {
      // 202 aside: the recorded-but-pending answer any write may give (docs/api.md).
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith('2') && status !== '202');
      expect({ at: `${method} ${template}`, successes: successes.length }).toEqual({ at: `${method} ${template}`, successes: 1 });
      expect({ at: `${method} ${template}`, schema: Boolean(operation.responses[successes[0]].content?.['application/json']?.schema) }).toEqual({
        at: `${method} ${template}`,
        schema: true,
      });
      for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'path')) {
        expect({
          at: `${method} ${template} ${parameter.name}`,
          pattern: typeof parameter.schema?.['pattern'],
          maxLength: typeof parameter.schema?.['maxLength'],
        }).toEqual({
          at: `${method} ${template} ${parameter.name}`,
          pattern: 'string',
          maxLength: 'number',
        });
      }
    }
  });

  it("documents a score's reason, on the sheet and in the request, and the refusal of a low score without one", () => {
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, object> }>;
    expect(schemas['CriterionScoreRequest'].properties?.['reason']).toMatchObject({ type: 'string', maxLength: 2000 });
    expect(schemas['ScoresheetResponse'].properties?.['reasons']).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
    const submit = (
      document.paths['/api/evaluation/evaluations/{applicationId}/my-scoresheet'] as Record<
        string,
        Operation & { responses: Record<string, { description?: string }> }
      >
    ).put;
    expect(submit.responses['422'].description).toContain('EVALUATION.REASON_REQUIRED');
    expect(submit.responses['422'].content?.['application/problem+json']?.schema).toEqual({ $ref: '#/components/schemas/ProblemDetails' });
  });

  it('names ids by their domain names: no schema has an `_id`', () => {
    const named = Object.entries(document.components?.schemas ?? {}).filter(([, schema]) => '_id' in ((schema as { properties?: object }).properties ?? {}));
    expect(named).toEqual([]);
  });

  it('describes the committees as they are formed, staffed, declared on and read', async () => {
    documented(
      'post',
      '/api/evaluation/committees',
      await api()
        .post('/api/evaluation/committees')
        .set('Authorization', pm)
        .send({ callId: CALL, centerId: 'jungbu', members: experts('e', 6) }),
    );
    documented(
      'post',
      '/api/evaluation/committees',
      await api()
        .post('/api/evaluation/committees')
        .set('Authorization', pm)
        .send({ callId: CALL, members: experts('s', 5) }),
    );
    documented(
      'post',
      '/api/evaluation/committees',
      await api()
        .post('/api/evaluation/committees')
        .set('Authorization', pm)
        .send({ callId: CALL, centerId: 'honam', members: experts('h', 2) }),
    );
    documented(
      'post',
      '/api/evaluation/committees/{committeeId}/members',
      await api().post(`/api/evaluation/committees/${HONAM}/members`).set('Authorization', pm).send(experts('h', 3)[2]),
    );
    documented(
      'delete',
      '/api/evaluation/committees/{committeeId}/members/{userId}',
      await api().delete(`/api/evaluation/committees/${HONAM}/members/h3`).set('Authorization', pm),
    );
    const declared = documented(
      'post',
      '/api/evaluation/committees/{committeeId}/relationships',
      await api()
        .post(`/api/evaluation/committees/${JUNGBU}/relationships`)
        .set('Authorization', memberOf('e6', JUNGBU))
        .send({ firm: FIRM_A, kind: 'advisory' }),
    );
    expect(declared.body.relationships).toHaveLength(1);
    for (const token of [pm, auditor, memberOf('e6', JUNGBU)]) {
      documented('get', '/api/evaluation/committees', await api().get('/api/evaluation/committees').query({ callId: CALL }).set('Authorization', token));
      documented('get', '/api/evaluation/committees/{committeeId}', await api().get(`/api/evaluation/committees/${JUNGBU}`).set('Authorization', token));
    }
  });

  it("describes a call's rubric, the default and a defined one", async () => {
    documented('get', '/api/evaluation/calls/{callId}/rubric', await api().get(`/api/evaluation/calls/${CALL}/rubric`).set('Authorization', staffOf('jungbu')));
    const criteria = [
      { id: 'novelty', name: 'Novelty', weight: 60, minimumPercent: 40 },
      { id: 'market', name: 'Market', weight: 40, minimumPercent: 40 },
    ];
    documented(
      'post',
      '/api/evaluation/calls/{callId}/rubric',
      await api().post('/api/evaluation/calls/call-doc-defined/rubric').set('Authorization', pm).send({ criteria, quorum: 3 }),
    );
  });

  it('describes evaluations waiting, open, scored, closed, passed, failed, abandoned and assigned, to every role that reads them', async () => {
    await deliver(
      service,
      screened({ applicationId: 'app-pass', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: [FIRM_A, '3148698765'] }),
      screened({ applicationId: 'app-fail', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: ['2208100011', '2208100012'] }),
      screened({ applicationId: 'app-gone', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: ['2208100021', '2208100022'] }),
      // Honam's committee has two members, short of the quorum of five: it waits.
      screened({ applicationId: 'app-wait', callId: CALL, centerId: 'honam', memberRegistrationNumbers: ['4108100021', '4108100022'] }),
    );
    for (const applicationId of ['app-pass', 'app-fail', 'app-gone']) await evaluationIn(service, applicationId, 'open');
    await evaluationIn(service, 'app-wait', 'pending');
    await deliver(service, withdrawn('app-gone', CALL));
    await evaluationIn(service, 'app-gone', 'withdrawn');

    const evaluation = (applicationId: string, token: string) => api().get(`/api/evaluation/evaluations/${applicationId}`).set('Authorization', token);
    for (const token of [pm, staffOf('honam')]) documented('get', '/api/evaluation/evaluations/{applicationId}', await evaluation('app-wait', token));
    for (const token of [pm, staffOf('jungbu')]) documented('get', '/api/evaluation/evaluations/{applicationId}', await evaluation('app-gone', token));

    const member = (userId: string) => memberOf(userId, JUNGBU);
    for (const userId of ['e1', 'e2', 'e3', 'e4', 'e5']) {
      for (const [applicationId, sheet] of [
        ['app-pass', scores(27, 22, 21, 17)],
        ['app-fail', scores(15, 20, 9, 5, reasonsForAll('사업계획이 구체적이지 않음'))],
      ] as const) {
        documented(
          'put',
          '/api/evaluation/evaluations/{applicationId}/my-scoresheet',
          await api().put(`/api/evaluation/evaluations/${applicationId}/my-scoresheet`).set('Authorization', member(userId)).send({ scores: sheet }),
        );
        documented(
          'post',
          '/api/evaluation/evaluations/{applicationId}/my-scoresheet/seal',
          await api().post(`/api/evaluation/evaluations/${applicationId}/my-scoresheet/seal`).set('Authorization', member(userId)),
        );
      }
    }
    for (const token of [pm, member('e1'), member('e2'), staffOf('jungbu')])
      documented('get', '/api/evaluation/evaluations/{applicationId}', await evaluation('app-pass', token));
    documented('get', '/api/evaluation/work-queue', await api().get('/api/evaluation/work-queue').set('Authorization', member('e1')));

    documented(
      'post',
      '/api/evaluation/evaluations/{applicationId}/close',
      await api().post('/api/evaluation/evaluations/app-pass/close').set('Authorization', pm),
    );
    const failed = documented(
      'post',
      '/api/evaluation/evaluations/{applicationId}/close',
      await api().post('/api/evaluation/evaluations/app-fail/close').set('Authorization', pm),
    );
    expect(failed.body.scores.result.failedReasons.map((reason: { kind: string }) => reason.kind)).toEqual([
      'total-below-threshold',
      'criterion-below-minimum',
      'criterion-below-minimum',
    ]);
    for (const token of [pm, member('e3'), staffOf('jungbu')])
      documented('get', '/api/evaluation/evaluations/{applicationId}', await evaluation('app-fail', token));
    documented(
      'get',
      '/api/evaluation/work-queue',
      await api().get('/api/evaluation/work-queue').query({ status: 'completed' }).set('Authorization', member('e1')),
    );

    const assigned = documented(
      'post',
      '/api/evaluation/evaluations/{applicationId}/committee',
      await api().post('/api/evaluation/evaluations/app-wait/committee').set('Authorization', pm).send({ committeeId: SHARED }),
    );
    expect(assigned.body).toMatchObject({ status: 'open', committeeId: SHARED });

    for (const token of [pm, auditor, staffOf('jungbu')]) {
      documented(
        'get',
        '/api/evaluation/evaluations',
        await api().get('/api/evaluation/evaluations').query({ callId: CALL, limit: 2 }).set('Authorization', token),
      );
      documented('get', '/api/evaluation/calls/{callId}/ranking', await api().get(`/api/evaluation/calls/${CALL}/ranking`).set('Authorization', token));
    }
  });

  it("describes the erasure of a committee member's personal data, proposed, approved, rejected and read", async () => {
    for (const [template, method, res] of await erasureAnswers(service, 'evaluation', 'committee-member:e1', 'committee-member:e2')) {
      documented(method, template, res);
    }
    // The read models were rebuilt: the erased member's name is gone wherever a committee lists it, the others' stay.
    const listed = await api().get('/api/evaluation/committees').query({ callId: CALL }).set('Authorization', pm).expect(200);
    const names = new Map<string, string>(
      listed.body.items.flatMap((committee: { members: { userId: string; name: string }[] }) =>
        committee.members.map((member) => [member.userId, member.name]),
      ),
    );
    expect([names.get('e1'), names.get('e2')]).toEqual(['[삭제됨 · erased]', '전문가 e2']);
  });
});
