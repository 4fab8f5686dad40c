import { setTimeout as sleep } from 'node:timers/promises';
import { AllocationRequestedV1, ApplicationScreenedV1, ApplicationSubmittedV1, EvaluationCompletedV1, TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { bearer, contractMessage, departures, documentOf, startTestService, TestService } from '@yunghap/service-harness';
import { ValueType, Workbook } from 'exceljs';
import request from 'supertest';
import { REPORT_FIGURES } from '@yunghap/grants-domain';
import { GrantsModule } from '../grants.module';
import { XLSX_MEDIA_TYPE } from '../shared/spreadsheet';
import { auditor, callOpened, dayThisYear, deliver, finance, IT_LINE, MENTORING_LINE, pm, staff } from '../testing/grants-test-kit';

const AGRI_LINE = 'agri-industry-commerce-convergence';
const FIRMS = ['1018100001', '2208100002'];

type Figures = Record<(typeof REPORT_FIGURES)[number], number>;
type Report = { at: string; groupBy: string; rows: (Figures & { key: string })[]; totals: Figures };

/** An instant strictly between the commands before and after it. */
async function instant(): Promise<string> {
  await sleep(5);
  const at = new Date().toISOString();
  await sleep(5);
  return at;
}

/** One application's facts as the applications and evaluation services publish them; `province` absent as in messages sent before it travelled. */
function facts(
  applicationId: string,
  callId: string,
  centerId: string,
  requestedWon: number,
  outcome: { eligible: boolean; passed?: boolean; province?: string },
) {
  const applications: IntegrationMessage[] = [
    contractMessage(ApplicationSubmittedV1, applicationId, {
      applicationId,
      callId,
      centerId,
      mappingVersion: 1,
      title: `융합과제 ${applicationId}`,
      leadRegistrationNumber: FIRMS[0],
      memberRegistrationNumbers: FIRMS,
      ...(outcome.province && { province: outcome.province }),
      requestedWon,
      submittedAt: '2025-03-10T09:00:00+09:00',
    }),
    contractMessage(ApplicationScreenedV1, applicationId, {
      applicationId,
      callId,
      centerId,
      eligible: outcome.eligible,
      failedRules: outcome.eligible ? [] : [{ code: 'SCREENING.TOO_FEW_SMES', message: 'one firm' }],
      memberRegistrationNumbers: FIRMS,
      requestedWon,
      submittedAt: '2025-03-10T09:00:00+09:00',
      screenedAt: '2025-03-20T15:00:00+09:00',
    }),
  ];
  const evaluation =
    outcome.passed === undefined
      ? []
      : [
          contractMessage(EvaluationCompletedV1, applicationId, {
            evaluationId: applicationId,
            applicationId,
            callId,
            centerId,
            passed: outcome.passed,
            totalHundredths: outcome.passed ? 8_500 : 5_000,
            criteria: [{ criterionId: 'convergence-novelty', meanHundredths: outcome.passed ? 8_500 : 5_000, metMinimum: outcome.passed }],
            sealedSheets: 5,
            failedReasons: outcome.passed ? [] : ['total-below-threshold'],
            completedAt: '2025-04-30T17:00:00+09:00',
          }),
        ];
  return { applications, evaluation };
}

describe('reports for the ministry', () => {
  let service: TestService;
  let beforeApproval: string;
  let afterApproval: string;
  const report = (query: Record<string, string>, token = pm) => request(service.http).get('/api/grants/reports').query(query).set('Authorization', token);
  const json = async (query: Record<string, string>): Promise<Report> => (await report(query).expect(200)).body;
  const rowOf = (body: Report, key: string) => body.rows.find((row) => row.key === key);

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    const it = facts('app-rep-1', 'call-rep-it', 'jungbu', 400_000_000, { eligible: true, passed: true, province: '대전' });
    // Decomposed Hangul, as some keyboards send it: the report still files it under 제주.
    const jeju = facts('app-rep-2', 'call-rep-it', 'honam', 200_000_000, { eligible: true, passed: false, province: '제주'.normalize('NFD') });
    const legacy = facts('app-rep-3', 'call-rep-agri', 'jungbu', 300_000_000, { eligible: false });
    await deliver(
      service,
      TOPICS.applications,
      callOpened('call-rep-it', IT_LINE),
      callOpened('call-rep-agri', AGRI_LINE),
      ...it.applications,
      ...jeju.applications,
      ...legacy.applications,
    );
    await deliver(service, TOPICS.evaluation, ...it.evaluation, ...jeju.evaluation);
    await deliver(
      service,
      TOPICS.mentoring,
      contractMessage(AllocationRequestedV1, 'eng-rep-1', {
        allocationId: 'alloc-rep-1',
        engagementId: 'eng-rep-1',
        centerId: 'honam',
        consortiumId: 'consortium-rep-2',
        applicationId: 'app-rep-2',
        amountWon: 10_000_000,
        confirmedBy: 'coord-kim',
        requestedAt: '2025-05-02T10:00:00+09:00',
      }),
    );
    await request(service.http).post('/api/grants/allocations/alloc-rep-1/approval').set('Authorization', finance).expect(200);

    const schedule = [{ dueOn: dayThisYear('09-01'), amountWon: 350_000_000 }];
    const proposal = await request(service.http)
      .post('/api/grants/grants')
      .set('Authorization', pm)
      .send({ applicationId: 'app-rep-1', amountWon: 350_000_000, schedule })
      .expect(201);
    beforeApproval = await instant();
    await request(service.http).post(`/api/grants/grants/${proposal.body.grantId}/approval`).set('Authorization', finance).expect(200);
    afterApproval = await instant();
  });
  afterAll(() => service.close());

  it('answers the instant asked for as a date-time, seconds added where they were left out', async () => {
    expect((await json({ groupBy: 'call', at: '2000-01-01T00:00Z' })).at).toBe('2000-01-01T00:00:00Z');
  });

  it('reports by province: the lead firm’s, all 17 listed, what no fact placed under 미상', async () => {
    const body = await json({ groupBy: 'province', at: afterApproval });
    expect(body).toMatchObject({ at: afterApproval, groupBy: 'province' });
    expect(body.rows).toHaveLength(18);
    expect(rowOf(body, '대전')).toEqual({
      key: '대전',
      applicationsReceived: 1,
      eligible: 1,
      evaluated: 1,
      passed: 1,
      awarded: 1,
      requestedWon: 400_000_000,
      awardedWon: 350_000_000,
      disbursedWon: 0,
      recoveredWon: 0,
      mentoringEngagements: 0,
      mentoringAllocatedWon: 0,
    });
    expect(rowOf(body, '제주')).toMatchObject({ applicationsReceived: 1, passed: 0, mentoringEngagements: 1, mentoringAllocatedWon: 10_000_000 });
    expect(rowOf(body, '미상')).toMatchObject({ applicationsReceived: 1, eligible: 0, requestedWon: 300_000_000 });
    expect(rowOf(body, '서울')).toMatchObject({ applicationsReceived: 0, awarded: 0 });
  });

  it.each(['center', 'province', 'call', 'line'])('totals the rows (%s)', async (groupBy) => {
    const body = await json({ groupBy, at: afterApproval });
    for (const figure of REPORT_FIGURES) expect(body.totals[figure]).toBe(body.rows.reduce((sum, row) => sum + row[figure], 0));
    expect(body.totals).toMatchObject({ applicationsReceived: 3, eligible: 2, evaluated: 2, passed: 1, awarded: 1, requestedWon: 900_000_000 });
  });

  it('places by call and line: mentoring follows the application it accompanies, on its own line', async () => {
    const byCall = await json({ groupBy: 'call', at: afterApproval });
    expect(byCall.rows.map((row) => row.key)).toEqual(['call-rep-agri', 'call-rep-it']);
    expect(rowOf(byCall, 'call-rep-it')).toMatchObject({ applicationsReceived: 2, awarded: 1, mentoringEngagements: 1 });
    const byLine = await json({ groupBy: 'line', at: afterApproval });
    expect(byLine.rows.map((row) => row.key)).toEqual([AGRI_LINE, IT_LINE, MENTORING_LINE]);
    expect(rowOf(byLine, MENTORING_LINE)).toMatchObject({ applicationsReceived: 0, mentoringEngagements: 1, mentoringAllocatedWon: 10_000_000 });
  });

  it('shows a grant approved after an instant as awarded now, but not as of that instant', async () => {
    const then = await json({ groupBy: 'center', at: beforeApproval });
    expect(rowOf(then, 'jungbu')).toMatchObject({ passed: 1, awarded: 0, awardedWon: 0 });
    const now = await json({ groupBy: 'center' });
    expect(rowOf(now, 'jungbu')).toMatchObject({ awarded: 1, awardedWon: 350_000_000 });
    expect(Date.parse(now.at)).toBeGreaterThanOrEqual(Date.parse(afterApproval));
  });

  it('exports CSV for Excel: BOM, Korean heads, the rows, then 합계', async () => {
    const at = '2030-01-01T00:30:00Z';
    const res = await report({ groupBy: 'center', at, format: 'csv' }, finance).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ministry-report_center_2030-01-01.csv"; filename*=UTF-8''${encodeURIComponent('부처보고_center_2030-01-01.csv')}`,
    );
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('구분,접수,적격,평가,선정(통과),지원 확정,신청액,지원액,집행액,환수액,멘토링 건수,멘토링 배정액');
    expect(lines.slice(1, -2)).toEqual(['honam,1,1,1,0,0,200000000,0,0,0,1,10000000', 'jungbu,2,1,1,1,1,700000000,350000000,0,0,0,0']);
    expect(lines.at(-2)).toBe('합계,3,2,2,1,1,900000000,350000000,0,0,1,10000000');
  });

  it('exports the same table as an Excel workbook, amounts as numbers', async () => {
    const res = await report({ groupBy: 'line', at: afterApproval, format: 'xlsx' }, auditor).responseType('blob').expect(200);
    expect(res.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('부처보고_line_')}`);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.getWorksheet('부처보고');
    if (!sheet) throw new Error('no sheet 부처보고');
    expect(sheet.getRow(1).getCell(1).value).toBe('구분');
    expect(sheet.getRow(1).getCell(12).value).toBe('멘토링 배정액');
    expect(sheet.rowCount).toBe(1 + 3 + 1);
    const totals = sheet.getRow(5);
    expect(totals.getCell(1).value).toBe('합계');
    expect(totals.getCell(7).type).toBe(ValueType.Number);
    expect(totals.getCell(7).value).toBe(900_000_000);
    expect(totals.getCell(12).value).toBe(10_000_000);
  });

  it('answers in each format what the OpenAPI document describes', async () => {
    const document = documentOf(service.app);
    for (const format of ['json', 'csv', 'xlsx']) {
      const asked = report({ groupBy: 'province', format });
      const res = await (format === 'xlsx' ? asked.responseType('blob') : asked).expect(200);
      expect({ format, departures: departures(document, 'get', '/api/grants/reports', res) }).toEqual({ format, departures: [] });
    }
  });

  it('is for program managers, finance and auditors only; refuses an unknown grouping or instant naming the field', async () => {
    await report({ groupBy: 'center' }, bearer({ role: 'applicant', sub: 'applicant-1018100001', firmId: '1018100001' })).expect(403);
    expect((await report({ groupBy: 'center' }, staff).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    await request(service.http).get('/api/grants/reports').query({ groupBy: 'center' }).expect(401);
    const fields = async (query: Record<string, string>) => ((await report(query).expect(400)).body.errors as { field: string }[]).map((error) => error.field);
    expect(await fields({ groupBy: 'region' })).toEqual(['groupBy']);
    expect(await fields({})).toEqual(['groupBy']);
    expect(await fields({ groupBy: 'center', at: 'yesterday' })).toEqual(['at']);
    expect(await fields({ groupBy: 'center', format: 'pdf' })).toEqual(['format']);
  });
});
