import { OpenAPIObject } from '@nestjs/swagger';
import { AwardProposedV2, EvaluationCompletedV1, EvaluationOpenedV1, TOPICS } from '@yunghap/contracts';
import { auditLogAnswers, departures, documentOf, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request, { Response } from 'supertest';
import {
  applicantFor,
  content,
  draft,
  drafterOf,
  firm,
  INITIAL_MAPPING_AT,
  messageOf,
  openCall,
  publishOn,
  startApplications,
  submitted,
  users,
} from './testing/applications.test-kit';

const APPLICATION = '/api/applications/applications/{applicationId}';

// Every success answer of every operation, in the states that fill its optional parts, against
// the response the OpenAPI document gives for it: the schema the console's client and the
// fuzzer are generated from has to be the truth.
describe("the applications service's answers, as its OpenAPI document describes them", () => {
  let service: TestService;
  let document: OpenAPIObject;
  let callId: string;
  const checked = new Set<string>();

  beforeAll(async () => {
    ({ service } = await startApplications());
    document = documentOf(service.app);
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  function conforms(method: string, template: string, res: Response): Response {
    checked.add(`${method} ${template}`);
    expect(departures(document, method, template, res)).toEqual([]);
    return res;
  }

  const at = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;
  const read = (applicationId: string) => request(service.http).get(at(applicationId)).set('Authorization', users.pm).expect(200);

  it('calls: listed, read, opened, amended and closed', async () => {
    conforms('get', '/api/applications/calls', await request(service.http).get('/api/applications/calls').set('Authorization', users.auditor).expect(200));
    conforms(
      'get',
      '/api/applications/calls/{callId}',
      await request(service.http).get(`/api/applications/calls/${callId}`).set('Authorization', users.auditor).expect(200),
    );
    const body = {
      callId: 'call-openapi',
      budgetLineId: 'it-convergence',
      title: '공고',
      opensAt: '2026-01-05T09:00:00+09:00',
      closesAt: '2099-12-31T18:00:00+09:00',
      capPerProject: 1_000_000,
      technologyFields: ['AI'],
    };
    conforms(
      'post',
      '/api/applications/calls',
      await request(service.http).post('/api/applications/calls').set('Authorization', users.pm).send(body).expect(201),
    );
    const path = '/api/applications/calls/call-openapi';
    conforms(
      'patch',
      '/api/applications/calls/{callId}',
      await request(service.http).patch(path).set('Authorization', users.pm).send({ title: '수정 공고' }).expect(200),
    );
    const closed = await request(service.http).post(`${path}/close`).set('Authorization', users.pm).send({ reason: '예산 조기 소진' }).expect(200);
    expect(conforms('post', '/api/applications/calls/{callId}/close', closed).body.closeReason).toBe('예산 조기 소진');
  });

  it('applications: drafted, read, revised, submitted, withdrawn, with their timelines and lists', async () => {
    const body = content();
    const applicant = applicantFor(body);
    const drafted = await request(service.http)
      .post('/api/applications/applications')
      .set('Authorization', applicant)
      .send({ callId, ...body })
      .expect(201);
    const applicationId = conforms('post', '/api/applications/applications', drafted).body.applicationId as string;
    conforms('get', APPLICATION, await read(applicationId));
    const revised = { ...body, requestedAmount: 240_000_000 };
    conforms('put', APPLICATION, await request(service.http).put(at(applicationId)).set('Authorization', applicant).send(revised).expect(200));
    conforms('post', `${APPLICATION}/submit`, await request(service.http).post(at(applicationId, '/submit')).set('Authorization', applicant).expect(200));
    const withdrawn = await request(service.http)
      .post(at(applicationId, '/withdraw'))
      .set('Authorization', applicant)
      .send({ reason: '참여 포기' })
      .expect(200);
    expect(conforms('post', `${APPLICATION}/withdraw`, withdrawn).body).toMatchObject({ status: 'withdrawn', centerId: 'jungbu' });
    conforms('get', `${APPLICATION}/timeline`, await request(service.http).get(at(applicationId, '/timeline')).set('Authorization', applicant).expect(200));

    await draft(service, callId, content({ leadFirm: body.leadFirm }));
    conforms(
      'get',
      '/api/applications/centers/{centerId}/applications',
      await request(service.http).get('/api/applications/centers/jungbu/applications').set('Authorization', users.jungbuStaff).expect(200),
    );
    conforms(
      'get',
      '/api/applications/applications',
      await request(service.http).get('/api/applications/applications').set('Authorization', users.finance).expect(200),
    );
    const mine = await request(service.http).get('/api/applications/me/applications').set('Authorization', applicant).expect(200);
    expect(conforms('get', '/api/applications/me/applications', mine).body.items.map((item: { status: string }) => item.status)).toEqual(
      expect.arrayContaining(['drafted', 'withdrawn']),
    );
  });

  it('an application returned, screened with failed rules, evaluated and decided on by grants', async () => {
    const ineligible = await submitted(service, callId, content({ partnerFirms: [firm({ industryCode: 'C10', size: 'large' })] }));
    const returned = await request(service.http)
      .post(at(ineligible, '/return'))
      .set('Authorization', users.jungbuStaff)
      .send({ reason: '보완 필요' })
      .expect(200);
    expect(conforms('post', `${APPLICATION}/return`, returned).body).toMatchObject({ timesReturned: 1, returnReason: '보완 필요' });
    await request(service.http).post(at(ineligible, '/submit')).set('Authorization', drafterOf(ineligible)).expect(200);
    const screened = await request(service.http).post(at(ineligible, '/screen')).set('Authorization', users.pm).expect(200);
    expect(conforms('post', `${APPLICATION}/screen`, screened).body.screening.failures.length).toBeGreaterThan(0);

    const applicationId = await submitted(service, callId);
    await request(service.http).post(at(applicationId, '/screen')).set('Authorization', users.jungbuStaff).expect(200);
    const now = new Date().toISOString();
    await publishOn(service.bus, TOPICS.evaluation, [
      messageOf(EvaluationOpenedV1, applicationId, {
        evaluationId: applicationId,
        applicationId,
        callId,
        centerId: 'jungbu',
        committeeId: 'committee-jungbu-2026',
        openedAt: now,
      }),
      messageOf(EvaluationCompletedV1, applicationId, {
        evaluationId: applicationId,
        applicationId,
        callId,
        centerId: 'jungbu',
        passed: true,
        totalHundredths: 8235,
        criteria: [],
        sealedSheets: 5,
        failedReasons: [],
        completedAt: now,
        feedback: [{ criterionId: 'convergence-novelty', name: '융합성·독창성', maximum: 30, meanHundredths: 2467, reasons: ['융합 구조가 명확함'] }],
      }),
    ]);
    await publishOn(service.bus, TOPICS.grants, [
      messageOf(AwardProposedV2, applicationId, {
        grantId: 'grant-openapi',
        applicationId,
        callId,
        lineId: 'it-convergence',
        amountWon: 250_000_000,
        proposedAt: now,
      }),
    ]);
    const decided = await eventually(
      async () => {
        const res = await read(applicationId);
        return res.body.status === 'selected' ? res : undefined;
      },
      10_000,
      'the application selected',
    );
    expect(conforms('get', APPLICATION, decided).body).toMatchObject({
      committeeId: 'committee-jungbu-2026',
      evaluation: { outcome: 'passed', totalScore: 82.35 },
      externalReference: 'grant-openapi',
    });
    conforms('get', `${APPLICATION}/timeline`, await request(service.http).get(at(applicationId, '/timeline')).set('Authorization', users.auditor).expect(200));
    const feedback = await request(service.http).get(at(applicationId, '/evaluation-feedback')).set('Authorization', drafterOf(applicationId)).expect(200);
    expect(conforms('get', `${APPLICATION}/evaluation-feedback`, feedback).body.criteria).toEqual([expect.objectContaining({ mean: 24.67 })]);
  });

  it('the business plan: uploaded, shown on the application, read back', async () => {
    const applicationId = await draft(service, callId);
    const bytes = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n', 'latin1');
    const uploaded = await request(service.http)
      .put(at(applicationId, '/business-plan'))
      .set('Authorization', drafterOf(applicationId))
      .set('Content-Type', 'application/pdf')
      .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('사업계획서.pdf')}`)
      .send(bytes)
      .expect(200);
    expect(conforms('put', `${APPLICATION}/business-plan`, uploaded).body).toMatchObject({ fileName: '사업계획서.pdf', size: bytes.length });
    expect(conforms('get', APPLICATION, await read(applicationId)).body.businessPlan).toMatchObject({ mediaType: 'application/pdf' });
    conforms(
      'get',
      `${APPLICATION}/business-plan`,
      await request(service.http).get(at(applicationId, '/business-plan')).set('Authorization', users.pm).expect(200),
    );
  });

  it('the routing mapping, now and at an instant', async () => {
    conforms(
      'get',
      '/api/applications/routing',
      await request(service.http).get('/api/applications/routing').set('Authorization', users.committeeMember).expect(200),
    );
    conforms(
      'get',
      '/api/applications/routing',
      await request(service.http).get('/api/applications/routing').query({ at: INITIAL_MAPPING_AT }).set('Authorization', users.pm).expect(200),
    );
  });

  it("the grants context's caps per project, as replicated", async () => {
    const caps = await request(service.http).get('/api/applications/program-policy').set('Authorization', users.otherFirmApplicant).expect(200);
    expect(conforms('get', '/api/applications/program-policy', caps).body.caps.length).toBeGreaterThan(0);
  });

  it('states the whole-number rules of the eligibility terms and the budget shares, as the pipe enforces them', () => {
    const schemas = document.components?.schemas as Record<string, { properties: Record<string, { type?: string; minimum?: number; maximum?: number }> }>;
    expect(schemas['OpenCallRequest'].properties['minimumOwnSharePercent']).toMatchObject({ type: 'integer', minimum: 0, maximum: 99 });
    for (const share of ['amount', 'ownCash', 'ownInKind'])
      expect(schemas['BudgetItemRequest'].properties[share]).toMatchObject({ type: 'integer', minimum: 0 });
  });

  it('states the roles of every operation (x-roles), from which the platform documents 401 and 403', () => {
    const unstated = Object.entries(document.paths)
      .filter(([template]) => template.startsWith('/api/applications/'))
      .flatMap(([template, item]) =>
        Object.entries(item as Record<string, { 'x-roles'?: string[] }>).map(([method, operation]) => ({
          at: `${method} ${template}`,
          roles: operation['x-roles'] ?? [],
        })),
      )
      .filter(({ roles }) => roles.length === 0);
    expect(unstated).toEqual([]);
  });

  it('the audit log: its state, a verification, its part of an evidence packet', async () => {
    for (const [template, method, res] of await auditLogAnswers(service, 'applications', users.auditor, callId)) conforms(method, template, res);
  });

  it('left no operation of the service unchecked', () => {
    const operations = Object.entries(document.paths)
      .filter(([template]) => template.startsWith('/api/applications/'))
      .flatMap(([template, item]) => Object.keys(item).map((method) => `${method} ${template}`));
    expect([...checked].sort()).toEqual(operations.sort());
  });
});
