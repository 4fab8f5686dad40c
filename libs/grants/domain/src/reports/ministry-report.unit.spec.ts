import { Province, PROVINCES } from '@yunghap/kernel';
import { SelectionFact } from '../candidate.decider';
import { m } from '../testing/fixtures';
import { ministryReport, MinistryReport, RecordedLike, REPORT_FIGURES, ReportFigures, ReportRow } from './ministry-report';
import { tableCsv } from '../csv-cells';
import { ministryReportTable } from './ministry-report.table';
import { NO_CALL_KEY, REPORT_GROUPINGS, UNKNOWN_KEY } from './report-keys';

const IT = 'it-convergence';
const AGRI = 'agri-industry-commerce-convergence';
const MENTORING = 'technology-cooperation-mentoring';

const on = (day: string, type: string, data: object): RecordedLike => ({ type, data, metadata: { occurredAt: `2026-${day}+09:00` } });
const submission = (callId: string, centerId: string, requested: number, province?: Province): SelectionFact => ({
  kind: 'submission',
  callId,
  centerId,
  title: 't',
  requestedWon: m(requested),
  submittedAt: '2026-03-10T09:00:00+09:00',
  ...(province && { province }),
});
const screening = (callId: string, centerId: string, requested: number, eligible: boolean): SelectionFact => ({
  kind: 'screening',
  callId,
  centerId,
  eligible,
  failedRules: eligible ? [] : ['SCREENING.TOO_FEW_SMES'],
  requestedWon: m(requested),
  screenedAt: '2026-03-20T15:00:00+09:00',
});
const evaluation = (callId: string, centerId: string, passed: boolean): SelectionFact => ({
  kind: 'evaluation',
  callId,
  centerId,
  passed,
  totalHundredths: passed ? 8_000 : 5_000,
  criteria: [],
  sealedSheets: 5,
  failedReasons: [],
  completedAt: '2026-04-30T17:00:00+09:00',
});
const fact = (day: string, applicationId: string, noted: SelectionFact) => on(day, 'SelectionFactNoted', { applicationId, fact: noted });
const proposed = (day: string, grantId: string, applicationId: string, callId: string, lineId: string, amount: number) =>
  on(day, 'AwardProposed', {
    grantId,
    year: 2026,
    applicationId,
    callId,
    lineId,
    amount: m(amount),
    requestedWon: m(amount),
    schedule: [],
    proposedBy: 'pm-kim',
  });
const approved = (day: string, grantId: string, lineId: string, amount: number) =>
  on(day, 'AwardApproved', { grantId, year: 2026, lineId, amount: m(amount), approvedBy: 'fin-choi' });
const requested = (day: string, allocationId: string, engagementId: string, place: { centerId?: string; applicationId?: string }) =>
  on(day, 'AllocationRequested', {
    allocationId,
    year: 2026,
    engagementId,
    consortiumId: `c-${engagementId}`,
    lineId: MENTORING,
    amount: m(10),
    confirmedBy: 'coord-kim',
    requestedBy: 'yunghap',
    ...place,
  });
const allocationApproved = (day: string, allocationId: string) =>
  on(day, 'AllocationApproved', { allocationId, year: 2026, lineId: MENTORING, amount: m(10), approvedBy: 'fin-choi' });

/** Between the award's proposal (04-05) and finance's approval of it (04-10). */
const BEFORE_APPROVAL = '2026-04-07T12:00:00+09:00';
const END = '2026-12-31T23:59:59+09:00';

const events: RecordedLike[] = [
  // The program's and lines' own events are not the report's: it takes money from grants and allocations.
  on('01-02T09:00:00', 'ProgramOpened', { year: 2026, total: m(40_000) }),
  on('03-01T09:00:00', 'CallLineNoted', { callId: 'call-it', lineId: IT }),
  on('03-01T09:00:00', 'CallLineNoted', { callId: 'call-agri', lineId: AGRI }),
  fact('03-10T09:00:00', 'app-1', submission('call-it', 'jungbu', 300, '대전')),
  fact('03-10T09:00:00', 'app-2', submission('call-it', 'honam', 200, '제주')),
  // Noted before submissions carried the province.
  fact('03-10T09:00:00', 'app-3', submission('call-agri', 'jungbu', 400)),
  fact('03-10T09:00:00', 'app-5', submission('call-agri', 'honam', 100, '광주')),
  fact('03-20T15:00:00', 'app-1', screening('call-it', 'jungbu', 300, true)),
  // Revised before screening: the screened figure is the one requested.
  fact('03-20T15:00:00', 'app-2', screening('call-it', 'honam', 180, true)),
  fact('03-20T15:00:00', 'app-3', screening('call-agri', 'jungbu', 400, false)),
  fact('03-20T15:00:00', 'app-5', screening('call-agri', 'honam', 100, true)),
  // Its screening reached grants before its submission.
  fact('03-21T10:00:00', 'app-4', screening('call-agri', 'honam', 50, true)),
  fact('04-01T17:00:00', 'app-1', evaluation('call-it', 'jungbu', true)),
  fact('04-01T17:00:00', 'app-2', evaluation('call-it', 'honam', false)),
  fact('04-01T17:00:00', 'app-5', evaluation('call-agri', 'honam', true)),
  proposed('04-05T10:00:00', 'g1', 'app-1', 'call-it', IT, 250),
  on('04-05T10:00:00', 'AwardReserved', { applicationId: 'app-1', grantId: 'g1' }),
  proposed('04-05T11:00:00', 'g5', 'app-5', 'call-agri', AGRI, 100),
  on('04-10T14:00:00', 'LineFundsCommitted', { lineId: IT, reference: { kind: 'grant', id: 'g1' }, amount: m(250) }),
  approved('04-10T14:00:00', 'g1', IT, 250),
  approved('04-10T15:00:00', 'g5', AGRI, 100),
  // Proposed, never approved.
  proposed('04-11T09:00:00', 'g6', 'app-2', 'call-it', IT, 150),
  on('05-01T10:00:00', 'DisbursementApproved', { grantId: 'g1', year: 2026, lineId: IT, trancheId: 't1', amount: m(100), approvedBy: 'fin-jung' }),
  on('05-02T10:00:00', 'DisbursementApproved', { grantId: 'g5', year: 2026, lineId: AGRI, trancheId: 't1', amount: m(40), approvedBy: 'fin-jung' }),
  on('06-01T10:00:00', 'GrantFundsRecovered', { grantId: 'g1', year: 2026, lineId: IT, recoveryId: 'r1', amount: m(20), reason: 'receipts' }),
  on('06-02T10:00:00', 'GrantCancelled', { grantId: 'g5', year: 2026, lineId: AGRI, released: m(60), reason: 'withdrew' }),
  requested('05-01T09:00:00', 'al-1', 'eng-1', { centerId: 'honam', applicationId: 'app-2' }),
  requested('05-01T09:00:00', 'al-2', 'eng-2', { centerId: 'jungbu' }),
  requested('05-01T09:00:00', 'al-3', 'eng-3', { centerId: 'jungbu' }),
  // Recorded before requests carried their center.
  requested('05-01T09:00:00', 'al-4', 'eng-4', {}),
  requested('05-01T09:00:00', 'al-5', 'eng-5', { centerId: 'jungbu' }),
  requested('05-01T09:00:00', 'al-6', 'eng-6', { centerId: 'jungbu' }),
  ...['al-1', 'al-2', 'al-3', 'al-4'].map((id) => allocationApproved('05-02T09:00:00', id)),
  on('05-03T09:00:00', 'AllocationRejected', { allocationId: 'al-6', reason: 'declined', rejectedBy: 'fin-choi' }),
  on('07-01T09:00:00', 'AllocationReleased', { allocationId: 'al-2', year: 2026, lineId: MENTORING, reason: 'cancelled' }),
];

const none: ReportFigures = Object.fromEntries(REPORT_FIGURES.map((figure) => [figure, 0])) as unknown as ReportFigures;
const row = (key: string, figures: Partial<ReportFigures>): ReportRow => ({ key, ...none, ...figures });
const rowOf = (report: MinistryReport, key: string) => report.rows.find((candidate) => candidate.key === key);

describe('ministryReport', () => {
  it('tallies by center: applications by their facts, grants by their application, allocations by their center', () => {
    expect(ministryReport(events, 'center', END).rows).toEqual([
      row('honam', {
        applicationsReceived: 3,
        eligible: 3,
        evaluated: 2,
        passed: 1,
        requestedWon: m(180 + 100 + 50),
        disbursedWon: m(40),
        mentoringEngagements: 1,
        mentoringAllocatedWon: m(10),
      }),
      row('jungbu', {
        applicationsReceived: 2,
        eligible: 1,
        evaluated: 1,
        passed: 1,
        awarded: 1,
        requestedWon: m(300 + 400),
        awardedWon: m(250),
        disbursedWon: m(100),
        recoveredWon: m(20),
        mentoringEngagements: 1,
        mentoringAllocatedWon: m(10),
      }),
      row(UNKNOWN_KEY, { mentoringEngagements: 1, mentoringAllocatedWon: m(10) }),
    ]);
  });

  it('tallies by province: all 17 in the statistical order, then what no fact placed', () => {
    const report = ministryReport(events, 'province', END);
    expect(report.rows.map((each) => each.key)).toEqual([...PROVINCES, UNKNOWN_KEY]);
    expect(rowOf(report, '대전')).toEqual(
      row('대전', {
        applicationsReceived: 1,
        eligible: 1,
        evaluated: 1,
        passed: 1,
        awarded: 1,
        requestedWon: m(300),
        awardedWon: m(250),
        disbursedWon: m(100),
        recoveredWon: m(20),
      }),
    );
    // The mentoring of app-2 goes where app-2 does.
    expect(rowOf(report, '제주')).toEqual(
      row('제주', { applicationsReceived: 1, eligible: 1, evaluated: 1, requestedWon: m(180), mentoringEngagements: 1, mentoringAllocatedWon: m(10) }),
    );
    expect(rowOf(report, '서울')).toEqual(row('서울', {}));
    // app-3 (no province yet), app-4 (no submission yet), and the allocations without an application.
    expect(rowOf(report, UNKNOWN_KEY)).toEqual(
      row(UNKNOWN_KEY, { applicationsReceived: 2, eligible: 1, requestedWon: m(400 + 50), mentoringEngagements: 2, mentoringAllocatedWon: m(20) }),
    );
  });

  it('tallies by call: mentoring for a consortium that has not applied has no call, an older request an unknown one', () => {
    const report = ministryReport(events, 'call', END);
    expect(report.rows.map((each) => each.key)).toEqual(['call-agri', 'call-it', UNKNOWN_KEY, NO_CALL_KEY]);
    expect(rowOf(report, 'call-it')).toMatchObject({ applicationsReceived: 2, awarded: 1, mentoringEngagements: 1 });
    expect(rowOf(report, NO_CALL_KEY)).toEqual(row(NO_CALL_KEY, { mentoringEngagements: 1, mentoringAllocatedWon: m(10) }));
    expect(rowOf(report, UNKNOWN_KEY)).toEqual(row(UNKNOWN_KEY, { mentoringEngagements: 1, mentoringAllocatedWon: m(10) }));
  });

  it('tallies by line: applications by their call’s line, grants by the line charged, mentoring on its own line', () => {
    const report = ministryReport(events, 'line', END);
    expect(report.rows.map((each) => each.key)).toEqual([AGRI, IT, MENTORING]);
    expect(rowOf(report, AGRI)).toMatchObject({ applicationsReceived: 3, awarded: 0, awardedWon: 0, disbursedWon: m(40) });
    expect(rowOf(report, MENTORING)).toEqual(row(MENTORING, { mentoringEngagements: 3, mentoringAllocatedWon: m(30) }));
  });

  it('counts a grant as awarded from its approval until its cancellation; what it was paid stays disbursed', () => {
    const totals = (at: string) => ministryReport(events, 'call', at).totals;
    expect(totals(BEFORE_APPROVAL)).toMatchObject({ passed: 2, awarded: 0, awardedWon: 0 });
    expect(totals('2026-04-10T14:00:00+09:00')).toMatchObject({ awarded: 1, awardedWon: m(250) });
    expect(totals('2026-05-02T10:00:00+09:00')).toMatchObject({ awarded: 2, awardedWon: m(350), disbursedWon: m(140), mentoringEngagements: 4 });
    expect(totals(END)).toMatchObject({ awarded: 1, awardedWon: m(250), disbursedWon: m(140), recoveredWon: m(20), mentoringEngagements: 3 });
  });

  it('compares instants as moments: 05:00 UTC is the 14:00 approval in Seoul', () => {
    expect(ministryReport(events, 'center', '2026-04-10T05:00:00Z').totals.awarded).toBe(1);
    expect(ministryReport(events, 'center', '2026-04-10T04:59:59.999Z').totals.awarded).toBe(0);
  });

  it('shows only the seeded rows, all zero, before anything happened', () => {
    expect(ministryReport(events, 'center', '2026-01-01T00:00:00+09:00')).toEqual({
      at: '2026-01-01T00:00:00+09:00',
      groupBy: 'center',
      rows: [],
      totals: none,
    });
    expect(ministryReport(events, 'province', '2026-01-01T00:00:00+09:00').rows.every((each) => each.applicationsReceived === 0)).toBe(true);
  });

  it.each(REPORT_GROUPINGS.flatMap((groupBy) => [BEFORE_APPROVAL, END].map((at) => [groupBy, at] as const)))('totals the rows (%s as of %s)', (groupBy, at) => {
    const report = ministryReport(events, groupBy, at);
    for (const figure of REPORT_FIGURES) expect(report.totals[figure]).toBe(report.rows.reduce((sum, each) => sum + each[figure], 0));
    expect(report.totals.applicationsReceived).toBe(5);
  });
});

describe('ministryReportTable', () => {
  const report = ministryReport(events, 'center', END);

  it('heads the columns in Korean and ends with the totals', () => {
    const table = ministryReportTable(report);
    expect(table.header).toEqual([
      '구분',
      '접수',
      '적격',
      '평가',
      '선정(통과)',
      '지원 확정',
      '신청액',
      '지원액',
      '집행액',
      '환수액',
      '멘토링 건수',
      '멘토링 배정액',
    ]);
    expect(table.rows.map((cells) => cells[0])).toEqual(['honam', 'jungbu', UNKNOWN_KEY, '합계']);
    expect(table.rows.at(-1)).toEqual(['합계', 5, 4, 3, 2, 1, m(1_030), m(250), m(140), m(20), 3, m(30)]);
    expect(table.wonColumns).toEqual([6, 7, 8, 9, 11]);
  });

  it('writes CSV for Excel: BOM, CRLF, amounts as plain integers', () => {
    const csv = tableCsv(ministryReportTable(report));
    expect(csv.startsWith('\uFEFF구분,접수,적격,')).toBe(true);
    expect(csv.endsWith('\r\n합계,5,4,3,2,1,1030000000,250000000,140000000,20000000,3,30000000\r\n')).toBe(true);
  });
});
