import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AllocationReleaseRequestedV1, AllocationRequestedV1, TOPICS } from '@yunghap/contracts';
import { auditLogAnswers, contractMessage, departures, documentOf, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from './grants.module';
import { AGREEMENT, auditor, candidate, deliver, finance, financeLee, IT_LINE, otherPm, pm, dayThisYear, THIS_YEAR } from './testing/grants-test-kit';
import { OpenProgramTask } from './program/open-program.task';

const CALL = 'call-2026-openapi';
const year = new Date(Date.now() + 9 * 3_600_000).getUTCFullYear();
/** Before the program of the year was opened (at start-up): the budget then has no program. */
const NEW_YEAR = `${year}-01-01T00:00:00+09:00`;

const allocationRequested = (allocationId: string) =>
  contractMessage(AllocationRequestedV1, `eng-${allocationId}`, {
    allocationId,
    engagementId: `eng-${allocationId}`,
    centerId: 'jungbu',
    consortiumId: 'consortium-1',
    amountWon: 10_000_000,
    confirmedBy: 'coord-kim',
    requestedAt: '2026-05-02T10:00:00+09:00',
  });

type Call = {
  readonly method: 'get' | 'post' | 'put';
  readonly template: string;
  readonly path: string;
  readonly token: string;
  readonly body?: object;
  readonly query?: object;
};

describe('the grants OpenAPI document', () => {
  let service: TestService;
  let document: OpenAPIObject;
  const grants: Record<'proposed' | 'toReject' | 'awarded' | 'paid' | 'rejected' | 'excepted' | 'multiYear', string> = {
    multiYear: '',
    proposed: '',
    toReject: '',
    awarded: '',
    paid: '',
    rejected: '',
    excepted: '',
  };
  /** Open recovery proposals on the paid grant, one for each decision on them. */
  const recoveries: Record<'toApprove' | 'toWithdraw' | 'toReject', string> = { toApprove: '', toWithdraw: '', toReject: '' };

  const send = ({ method, path, token, body, query }: Call) => {
    const req = request(service.http)[method](path).set('Authorization', token);
    if (query) req.query(query);
    return method === 'get' ? req : req.send(body ?? {});
  };
  const propose = async (applicationId: string) => {
    await candidate(service, applicationId, CALL, 100_000_000, 8_000);
    const schedule = [
      { dueOn: dayThisYear('07-01'), amountWon: 40_000_000 },
      { dueOn: dayThisYear('10-01'), amountWon: 60_000_000 },
    ];
    const res = await request(service.http)
      .post('/api/grants/grants')
      .set('Authorization', pm)
      .send({ applicationId, lineId: IT_LINE, amountWon: 100_000_000, schedule })
      .expect(201);
    return res.body.grantId as string;
  };
  const act = (grantId: string, path: string, token: string, body: object = {}) =>
    request(service.http)
      .post(`/api/grants/grants/${grantId}/${path}`)
      .set('Authorization', token)
      .send(body)
      .expect((res) => expect(res.status).toBeLessThan(300));

  /** The other services, as an evidence packet asks them: none has an event naming these applications. */
  let peers: Server;

  beforeAll(async () => {
    peers = createServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ status: 404, code: 'EVIDENCE.NOT_FOUND' }));
    });
    await new Promise<void>((resolve) => peers.listen(0, '127.0.0.1', resolve));
    const peer = `http://127.0.0.1:${(peers.address() as AddressInfo).port}`;
    service = await startTestService('grants', GrantsModule.register, {
      env: { APPLICATIONS_URL: peer, EVALUATION_URL: peer, CENTERS_URL: peer, MENTORING_URL: peer },
    });
    document = documentOf(service.app);
    // Grants in every status with tranches in every status, and allocations in every status.
    grants.proposed = await propose('app-proposed');
    grants.toReject = await propose('app-to-reject');
    grants.rejected = await propose('app-rejected');
    await act(grants.rejected, 'rejection', finance, { reason: 'Budget reserved' });
    grants.awarded = await propose('app-awarded');
    await act(grants.awarded, 'approval', finance);
    await act(grants.awarded, 'agreement', pm, AGREEMENT);
    await act(grants.awarded, 'tranches/t1/proposal', finance);
    grants.paid = await propose('app-paid');
    await act(grants.paid, 'approval', finance);
    await act(grants.paid, 'agreement', pm, AGREEMENT);
    await act(grants.paid, 'tranches/t1/proposal', finance);
    await act(grants.paid, 'tranches/t1/approval', financeLee);
    const recovered = await act(grants.paid, 'recoveries', finance, { amountWon: 1_000_000, reason: 'Ineligible cost' });
    await act(grants.paid, `recoveries/${recovered.body.recoveries[0].recoveryId}/approval`, financeLee);
    for (const key of ['toApprove', 'toWithdraw', 'toReject'] as const)
      recoveries[key] = (await act(grants.paid, 'recoveries', finance, { amountWon: 1_000_000, reason: 'Receipt missing' })).body.recoveries.at(-1).recoveryId;
    await act(grants.paid, 'cancellation', pm, { reason: 'Consortium dissolved' });
    await candidate(service, 'app-unawarded', CALL, 300_000_000, 9_000);
    // A proposal charged to another line than its call's, awaiting a second program manager.
    await candidate(service, 'app-excepted', `${CALL}-rnd`, 100_000_000, 8_000, 'advanced-technology-innovation');
    grants.excepted = (
      await request(service.http)
        .post('/api/grants/grants')
        .set('Authorization', pm)
        .send({
          applicationId: 'app-excepted',
          lineId: IT_LINE,
          lineException: { reason: 'Line exhausted' },
          amountWon: 1_000_000,
          schedule: [{ dueOn: dayThisYear('08-01'), amountWon: 1_000_000 }],
        })
        .expect(201)
    ).body.grantId;
    // Next year's program open, then a two-year award approved: its next year's part waits to be committed.
    await service.app.get(OpenProgramTask).run(`${THIS_YEAR + 1}-01-02T09:00:00+09:00`);
    await candidate(service, 'app-multi-year', CALL, 100_000_000, 8_000);
    const twoYears = [
      { dueOn: dayThisYear('11-01'), amountWon: 40_000_000 },
      { dueOn: `${THIS_YEAR + 1}-03-01`, amountWon: 60_000_000 },
    ];
    grants.multiYear = (
      await request(service.http)
        .post('/api/grants/grants')
        .set('Authorization', pm)
        .send({ applicationId: 'app-multi-year', lineId: IT_LINE, amountWon: 100_000_000, schedule: twoYears })
        .expect(201)
    ).body.grantId;
    await act(grants.multiYear, 'approval', finance);
    await deliver(service, TOPICS.mentoring, ...['alloc-requested', 'alloc-approved', 'alloc-released', 'alloc-declined'].map(allocationRequested));
    await request(service.http).post('/api/grants/allocations/alloc-approved/approval').set('Authorization', finance).expect(200);
    await request(service.http).post('/api/grants/allocations/alloc-released/approval').set('Authorization', finance).expect(200);
    await deliver(
      service,
      TOPICS.mentoring,
      contractMessage(AllocationReleaseRequestedV1, 'eng-alloc-released', {
        allocationId: 'alloc-released',
        engagementId: 'eng-alloc-released',
        reason: 'Engagement cancelled',
        requestedAt: '2026-06-02T10:00:00+09:00',
      }),
    );
  });
  afterAll(async () => {
    await service.close();
    await new Promise((resolve) => peers.close(resolve));
  });

  const operations = () =>
    Object.entries(document.paths)
      .filter(([template]) => template.startsWith('/api/grants'))
      .flatMap(([template, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${template}`));

  it('states one success answer with its body for every operation, and no read-model _id anywhere', () => {
    expect(operations()).toHaveLength(40);
    for (const operation of operations()) {
      const [method, template] = operation.split(' ');
      const responses = (document.paths[template] as Record<string, { responses: Record<string, { content?: object }> }>)[method.toLowerCase()].responses;
      // 202 aside: the recorded-but-pending answer any write may give (docs/api.md).
      const success = Object.entries(responses).filter(([status]) => status.startsWith('2') && status !== '202');
      expect({ operation, statuses: success.map(([status]) => status) }).toEqual({ operation, statuses: [expect.stringMatching(/^20[01]$/)] });
      expect({ operation, content: success[0][1].content }).toEqual({ operation, content: expect.any(Object) });
    }
    expect(JSON.stringify(document.components?.schemas)).not.toContain('"_id"');
  });

  it('documents a pattern for every path parameter, so a malformed id is a 400 and never reaches the store', () => {
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item as Record<string, { parameters?: { in: string; name: string; schema?: { pattern?: string } }[] }>)) {
        for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'path'))
          expect({ name: parameter.name, pattern: parameter.schema?.pattern }).toEqual({ name: parameter.name, pattern: expect.any(String) });
      }
    }
  });

  it('describes exactly what each operation answers', async () => {
    const g = grants;
    const calls: Call[] = [
      { method: 'get', template: '/api/grants/program', path: '/api/grants/program', token: auditor },
      {
        method: 'put',
        template: '/api/grants/program/project-cap',
        path: '/api/grants/program/project-cap',
        token: pm,
        body: { maxGrantPerProject: 500_000_000, reason: '과제당 한도 재확인' },
      },
      { method: 'get', template: '/api/grants/lines', path: '/api/grants/lines', token: finance },
      { method: 'get', template: '/api/grants/lines/{lineId}', path: `/api/grants/lines/${IT_LINE}`, token: pm },
      {
        method: 'post',
        template: '/api/grants/lines',
        path: '/api/grants/lines',
        token: pm,
        body: { lineId: 'regional-pilot', nameKo: '지역 시범', nameEn: 'Regional pilot', amountWon: 1_000_000 },
      },
      {
        method: 'post',
        template: '/api/grants/transfers',
        path: '/api/grants/transfers',
        token: pm,
        body: { fromLineId: 'advanced-technology-innovation', toLineId: IT_LINE, amountWon: 1_000_000, reason: 'Demand' },
      },
      { method: 'get', template: '/api/grants/budget/check', path: '/api/grants/budget/check', token: finance },
      { method: 'get', template: '/api/grants/calls/{callId}/candidates', path: `/api/grants/calls/${CALL}/candidates`, token: pm },
      {
        method: 'get',
        template: '/api/grants/calls/{callId}/what-if',
        path: `/api/grants/calls/${CALL}/what-if`,
        token: pm,
        query: { lineId: IT_LINE, reducePercent: 10 },
      },
      { method: 'get', template: '/api/grants/grants', path: '/api/grants/grants', token: auditor, query: { callId: CALL } },
      { method: 'get', template: '/api/grants/grants/{grantId}', path: `/api/grants/grants/${g.paid}`, token: auditor },
      { method: 'get', template: '/api/grants/grants/{grantId}/next-steps', path: `/api/grants/grants/${g.paid}/next-steps`, token: finance },
      { method: 'post', template: '/api/grants/grants/{grantId}/approval', path: `/api/grants/grants/${g.proposed}/approval`, token: finance },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/line-exception/approval',
        path: `/api/grants/grants/${g.excepted}/line-exception/approval`,
        token: otherPm,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/agreement',
        // Approved just above: its agreement, then its first tranche.
        path: `/api/grants/grants/${g.proposed}/agreement`,
        token: pm,
        body: AGREEMENT,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/tranches/{trancheId}/proposal',
        path: `/api/grants/grants/${g.proposed}/tranches/t1/proposal`,
        token: finance,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/years/{year}/commit',
        path: `/api/grants/grants/${g.multiYear}/years/${THIS_YEAR + 1}/commit`,
        token: finance,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/tranches/{trancheId}/approval',
        path: `/api/grants/grants/${g.awarded}/tranches/t1/approval`,
        token: financeLee,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/recoveries',
        path: `/api/grants/grants/${g.awarded}/recoveries`,
        token: finance,
        body: { amountWon: 1_000_000, reason: 'Receipt missing' },
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/recoveries/{recoveryId}/approval',
        path: `/api/grants/grants/${g.paid}/recoveries/${recoveries.toApprove}/approval`,
        token: financeLee,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/recoveries/{recoveryId}/withdrawal',
        path: `/api/grants/grants/${g.paid}/recoveries/${recoveries.toWithdraw}/withdrawal`,
        token: finance,
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/recoveries/{recoveryId}/rejection',
        path: `/api/grants/grants/${g.paid}/recoveries/${recoveries.toReject}/rejection`,
        token: financeLee,
        body: { reason: 'Receipt found' },
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/cancellation',
        path: `/api/grants/grants/${g.awarded}/cancellation`,
        token: pm,
        body: { reason: 'Withdrawn' },
      },
      {
        method: 'post',
        template: '/api/grants/grants',
        path: '/api/grants/grants',
        token: pm,
        body: { applicationId: 'app-unawarded', lineId: IT_LINE, amountWon: 1_000_000, schedule: [{ dueOn: dayThisYear('08-01'), amountWon: 1_000_000 }] },
      },
      {
        method: 'post',
        template: '/api/grants/grants/{grantId}/rejection',
        path: `/api/grants/grants/${g.toReject}/rejection`,
        token: pm,
        body: { reason: 'x' },
      },
      { method: 'get', template: '/api/grants/approvals', path: '/api/grants/approvals', token: finance },
      { method: 'get', template: '/api/grants/allocations', path: '/api/grants/allocations', token: auditor },
      { method: 'get', template: '/api/grants/allocations/{allocationId}', path: '/api/grants/allocations/alloc-released', token: auditor },
      { method: 'post', template: '/api/grants/allocations/{allocationId}/approval', path: '/api/grants/allocations/alloc-requested/approval', token: finance },
      {
        method: 'post',
        template: '/api/grants/allocations/{allocationId}/rejection',
        path: '/api/grants/allocations/alloc-declined/rejection',
        token: finance,
        body: { note: 'Funded elsewhere' },
      },
      { method: 'get', template: '/api/grants/audit/trace/{grantId}', path: `/api/grants/audit/trace/${g.paid}`, token: auditor },
      { method: 'get', template: '/api/grants/audit/budget', path: '/api/grants/audit/budget', token: auditor, query: { at: new Date().toISOString() } },
      { method: 'get', template: '/api/grants/audit/budget', path: '/api/grants/audit/budget', token: auditor, query: { at: NEW_YEAR } },
      {
        method: 'get',
        template: '/api/grants/audit/lines/{lineId}/ledger',
        path: `/api/grants/audit/lines/${IT_LINE}/ledger`,
        token: finance,
        query: { from: NEW_YEAR, to: new Date(Date.now() + 60_000).toISOString() },
      },
      {
        method: 'get',
        template: '/api/grants/audit/lines/{lineId}/ledger',
        path: `/api/grants/audit/lines/${IT_LINE}/ledger`,
        token: finance,
        query: { from: NEW_YEAR, to: new Date(Date.now() + 60_000).toISOString(), format: 'xlsx' },
      },
      { method: 'get', template: '/api/grants/audit/execution', path: '/api/grants/audit/execution', token: auditor },
      { method: 'get', template: '/api/grants/audit/execution', path: '/api/grants/audit/execution', token: auditor, query: { year: THIS_YEAR + 1 } },
      { method: 'get', template: '/api/grants/audit/verify', path: '/api/grants/audit/verify', token: auditor },
      { method: 'get', template: '/api/grants/audit/evidence/{grantId}', path: `/api/grants/audit/evidence/${g.paid}`, token: finance },
      { method: 'get', template: '/api/grants/reports', path: '/api/grants/reports', token: auditor, query: { groupBy: 'province' } },
      { method: 'get', template: '/api/grants/reports', path: '/api/grants/reports', token: finance, query: { groupBy: 'line', format: 'csv' } },
      { method: 'get', template: '/api/grants/reports', path: '/api/grants/reports', token: pm, query: { groupBy: 'center', at: NEW_YEAR, format: 'xlsx' } },
    ];
    const found: string[] = [];
    for (const call of calls) {
      const res = await send(call);
      if (res.status >= 300) found.push(`${call.method.toUpperCase()} ${call.path}: ${res.status} ${res.text}`);
      else found.push(...departures(document, call.method, call.template, res).map((departure) => `${call.method.toUpperCase()} ${call.path}: ${departure}`));
    }
    const auditLog = await auditLogAnswers(service, 'grants', auditor, g.paid);
    for (const [template, method, res] of auditLog)
      found.push(...departures(document, method, template, res).map((departure) => `${method.toUpperCase()} ${template}: ${departure}`));
    expect(found).toEqual([]);
    const answered = [
      ...calls.map((call) => `${call.method.toUpperCase()} ${call.template}`),
      ...auditLog.map(([template, method]) => `${method.toUpperCase()} ${template}`),
    ];
    expect(new Set(answered)).toEqual(new Set(operations()));
  });
});
