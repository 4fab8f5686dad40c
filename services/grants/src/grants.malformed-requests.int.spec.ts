import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from './grants.module';
import { AGREEMENT, auditor, candidate, finance, financeLee, IT_LINE, pm, dayThisYear } from './testing/grants-test-kit';

const year = new Date(Date.now() + 9 * 3_600_000).getUTCFullYear();
const FROM = `${year}-01-01T00:00:00+09:00`;
const TO = `${year + 1}-01-01T00:00:00+09:00`;

/**
 * What a fuzzer found: a NUL in free text or in an id reached PostgreSQL (jsonb and text refuse
 * U+0000) and came back as a 500, and an ISO 8601 week or ordinal date passed validation and broke
 * the ledger (500). The platform's edge now refuses NUL and unpaired surrogates (`storableText`);
 * grants refuses ids not shaped as their issuer makes them, control characters in free text and
 * instants without an offset. Each is a 400 naming the field and the rule, and nothing is recorded.
 */
describe('requests the grants service refuses at the edge', () => {
  let service: TestService;
  let grantId: string;
  const head = () => service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.headPosition();

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, 'app-edge', 'call-2026-edge', 100_000_000, 8_000);
    const schedule = [{ dueOn: dayThisYear('07-01'), amountWon: 100_000_000 }];
    grantId = (
      await request(service.http)
        .post('/api/grants/grants')
        .set('Authorization', pm)
        .send({ applicationId: 'app-edge', lineId: IT_LINE, amountWon: 100_000_000, schedule })
        .expect(201)
    ).body.grantId;
    for (const [path, token, body] of [
      ['approval', finance, {}],
      ['agreement', pm, AGREEMENT],
      ['tranches/t1/proposal', finance, {}],
      ['tranches/t1/approval', financeLee, {}],
    ] as const) {
      await request(service.http)
        .post(`/api/grants/grants/${grantId}/${path}`)
        .set('Authorization', token)
        .send(body)
        .expect((res) => expect(res.status).toBeLessThan(300));
    }
  });
  afterAll(() => service.close());

  const posts: [string, string, string, object, string, string][] = [
    [
      'a NUL in a transfer reason',
      '/api/grants/transfers',
      pm,
      { fromLineId: 'advanced-technology-innovation', toLineId: IT_LINE, amountWon: 1, reason: 'a\u0000b' },
      'reason',
      'storableText',
    ],
    ['a NUL in a recovery reason', 'RECOVERY', finance, { amountWon: 1_000_000, reason: 'refund\u0000' }, 'reason', 'storableText'],
    ['an unpaired surrogate in a cancellation reason', 'CANCELLATION', pm, { reason: 'x\uD800' }, 'reason', 'storableText'],
    [
      'a NUL in an application id',
      '/api/grants/grants',
      pm,
      { applicationId: 'a\u0000b', lineId: IT_LINE, amountWon: 1, schedule: [{ dueOn: '2026-07-01', amountWon: 1 }] },
      'applicationId',
      'storableText',
    ],
    [
      'an application id with a slash',
      '/api/grants/grants',
      pm,
      { applicationId: '../app-edge', lineId: IT_LINE, amountWon: 1, schedule: [{ dueOn: '2026-07-01', amountWon: 1 }] },
      'applicationId',
      'matches',
    ],
    [
      'a line id that is no line id',
      '/api/grants/grants',
      pm,
      { applicationId: 'app-edge', lineId: 'IT Line', amountWon: 1, schedule: [{ dueOn: '2026-07-01', amountWon: 1 }] },
      'lineId',
      'matches',
    ],
    [
      'a non-ASCII digit in a due day',
      '/api/grants/grants',
      pm,
      { applicationId: 'app-edge', lineId: IT_LINE, amountWon: 1, schedule: [{ dueOn: '2026-07-0١', amountWon: 1 }] },
      'schedule[0].dueOn',
      'matches',
    ],
    [
      'a control character in a line name',
      '/api/grants/lines',
      pm,
      { lineId: 'edge-line', nameKo: '시범\u0007', nameEn: 'Pilot', amountWon: 1 },
      'nameKo',
      'matches',
    ],
    ['an escape sequence in a recovery reason', 'RECOVERY', finance, { amountWon: 1_000_000, reason: '\u001b[2J' }, 'reason', 'matches'],
    ['a control character in an allocation note', '/api/grants/allocations/alloc-1/rejection', finance, { note: 'note\u0008' }, 'note', 'matches'],
    ['a grant id that is no UUID', '/api/grants/grants/not-a-grant/approval', finance, {}, 'grantId', 'matches'],
    ['a malformed tranche id', 'TRANCHE', finance, {}, 'trancheId', 'matches'],
    ['a control character in an agreement number', 'AGREEMENT', pm, { ...AGREEMENT, agreementNumber: 'RS\u0007' }, 'agreementNumber', 'matches'],
    ['a recovery id that is no UUID', 'RECOVERY_APPROVAL', financeLee, {}, 'recoveryId', 'matches'],
  ];

  it.each(posts)('refuses %s (400) and records nothing', async (_what, path, token, body, field, rule) => {
    const target =
      {
        RECOVERY: `/api/grants/grants/${grantId}/recoveries`,
        CANCELLATION: `/api/grants/grants/${grantId}/cancellation`,
        TRANCHE: `/api/grants/grants/${grantId}/tranches/x1/proposal`,
        RECOVERY_APPROVAL: `/api/grants/grants/${grantId}/recoveries/r1/approval`,
        AGREEMENT: `/api/grants/grants/${grantId}/agreement`,
      }[path] ?? path;
    const before = await head();
    const line = (await request(service.http).get(`/api/grants/lines/${IT_LINE}`).set('Authorization', auditor).expect(200)).body;

    const res = await request(service.http).post(target).set('Authorization', token).send(body).expect(400);

    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
    expect(res.body.errors).toEqual([expect.objectContaining({ field, rule })]);
    expect(await head()).toBe(before);
    expect((await request(service.http).get(`/api/grants/lines/${IT_LINE}`).set('Authorization', auditor).expect(200)).body).toEqual(line);
  });

  const gets: [string, string, object, string, string][] = [
    ['a NUL in a grant id to trace', '/api/grants/audit/trace/a%00b', {}, 'path[5]', 'storableText'],
    ['a grant id that is no UUID', '/api/grants/grants/nope', {}, 'grantId', 'matches'],
    ['a week date as the end of a ledger period', `/api/grants/audit/lines/${IT_LINE}/ledger`, { from: FROM, to: '2026-W01-1' }, 'to', 'matches'],
    ['an ordinal date as the start of a ledger period', `/api/grants/audit/lines/${IT_LINE}/ledger`, { from: '2026-001', to: TO }, 'from', 'matches'],
    ['an instant without an offset', '/api/grants/audit/budget', { at: '2026-06-30T12:00:00' }, 'at', 'matches'],
    ['an impossible day', '/api/grants/audit/budget', { at: '2026-02-30T12:00:00+09:00' }, 'at', 'matches'],
    ['a line id with a space', '/api/grants/lines/it%20convergence', {}, 'lineId', 'matches'],
    ['a call id with a space', '/api/grants/calls/call%202026/candidates', {}, 'callId', 'matches'],
    ['a call filter with a space', '/api/grants/grants', { callId: 'call 2026' }, 'callId', 'matches'],
    ['an allocation id starting with a dot', '/api/grants/allocations/.alloc', {}, 'allocationId', 'matches'],
  ];

  it.each(gets)('refuses %s (400)', async (_what, path, query, field, rule) => {
    const res = await request(service.http).get(path).query(query).set('Authorization', finance).expect(400);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
    expect(res.body.errors).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('still exports the ledger for a well-formed period', async () => {
    const res = await request(service.http)
      .get(`/api/grants/audit/lines/${IT_LINE}/ledger`)
      .query({ from: FROM, to: TO })
      .set('Authorization', finance)
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  });
});
