import { assertNever, won, Won } from '@yunghap/kernel';
import { candidateDecider, CandidateState } from '../candidate.decider';
import { instantOf } from '../timed-event';
import { AllocationFacts, GrantFacts, ReportHistory, reportHistoryOf } from './report-history';
import { keyOrder, NO_CALL_KEY, ReportGrouping, UNKNOWN_KEY } from './report-keys';

/** A stored event as the report reads it; the event store's `RecordedEvent` is one. */
export interface RecordedLike {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly occurredAt: string };
}

/** The figures of one group: counts, and amounts in whole won. docs/finance.md, "Reports for the ministry", defines each. */
export interface ReportFigures {
  /** Applications with any selection fact noted: a screening or an evaluation implies the submission, which may reach grants after it. */
  readonly applicationsReceived: number;
  readonly eligible: number;
  readonly evaluated: number;
  readonly passed: number;
  /** Grants approved and not cancelled (a rejection comes before approval only). */
  readonly awarded: number;
  /** Of the applications received: the screened figure, else the submitted one. */
  readonly requestedWon: Won;
  /** The whole award, every fiscal year, of the grants counted in `awarded`. */
  readonly awardedWon: Won;
  /** Tranches paid, gross: neither a recovery nor a later cancellation reduces it. */
  readonly disbursedWon: Won;
  readonly recoveredWon: Won;
  /** Distinct engagements with an allocation approved and not released. */
  readonly mentoringEngagements: number;
  /** The amounts of those allocations. */
  readonly mentoringAllocatedWon: Won;
}

export interface ReportRow extends ReportFigures {
  readonly key: string;
}

export interface MinistryReport {
  readonly at: string;
  readonly groupBy: ReportGrouping;
  readonly rows: readonly ReportRow[];
  /** The sum of the rows. */
  readonly totals: ReportFigures;
}

export const REPORT_FIGURES = [
  'applicationsReceived',
  'eligible',
  'evaluated',
  'passed',
  'awarded',
  'requestedWon',
  'awardedWon',
  'disbursedWon',
  'recoveredWon',
  'mentoringEngagements',
  'mentoringAllocatedWon',
] as const satisfies readonly (keyof ReportFigures)[];

type Tally = { -readonly [F in keyof ReportFigures]: number };

const emptyTally = (): Tally => Object.fromEntries(REPORT_FIGURES.map((figure) => [figure, 0])) as Tally;

// The tallies are sums of won, so each amount is still whole; won() keeps that checked.
const figuresOf = (tally: Tally): ReportFigures => ({
  ...tally,
  requestedWon: won(tally.requestedWon),
  awardedWon: won(tally.awardedWon),
  disbursedWon: won(tally.disbursedWon),
  recoveredWon: won(tally.recoveredWon),
  mentoringAllocatedWon: won(tally.mentoringAllocatedWon),
});

/**
 * The ministry's report (부처 보고) of the program as it stood at `at` (inclusive) by center,
 * province, call or budget line: the grants service's events decided until then (by their
 * `occurredAt`), in their stored order, tallied into one row per group and the totals.
 * Applications are placed by their own facts; a grant by its application (center, province), its
 * call and the line it is charged to; a mentoring allocation by its center, the application it
 * accompanies (its province, else `미상`; its call, else `—` when the consortium has not applied)
 * and its line. What the facts do not say goes under `미상`.
 * @example ministryReport(await store.readAll(), 'province', '2026-06-30T23:59:59+09:00').totals.awarded
 */
export function ministryReport(events: readonly RecordedLike[], groupBy: ReportGrouping, at: string): MinistryReport {
  const until = instantOf(at);
  const history = reportHistoryOf(events.filter(({ metadata }) => instantOf(metadata.occurredAt) <= until));
  const order = keyOrder(groupBy);
  const groups = new Map(order.seed.map((key) => [key, { tally: emptyTally(), engagements: new Set<string>() }]));
  const groupOf = (key: string) => {
    const group = groups.get(key) ?? { tally: emptyTally(), engagements: new Set<string>() };
    groups.set(key, group);
    return group;
  };
  const key = placing(history, groupBy);

  for (const [applicationId, candidate] of history.candidates) {
    const { tally } = groupOf(key.ofApplication(applicationId));
    tally.applicationsReceived += 1;
    if (candidate.screening?.eligible) tally.eligible += 1;
    if (candidate.evaluation) tally.evaluated += 1;
    if (candidate.evaluation?.passed) tally.passed += 1;
    tally.requestedWon += candidate.screening?.requestedWon ?? candidate.submission?.requestedWon ?? 0;
  }
  for (const grant of history.grants.values()) {
    const { tally } = groupOf(key.ofGrant(grant));
    if (grant.status === 'awarded') {
      tally.awarded += 1;
      tally.awardedWon += grant.amount;
    }
    tally.disbursedWon += grant.disbursed;
    tally.recoveredWon += grant.recovered;
  }
  for (const allocation of history.allocations.values()) {
    if (allocation.status !== 'approved') continue;
    const { tally, engagements } = groupOf(key.ofAllocation(allocation));
    engagements.add(allocation.engagementId);
    tally.mentoringEngagements = engagements.size;
    tally.mentoringAllocatedWon += allocation.amount;
  }

  const rows = [...groups].sort(([a], [b]) => order.compare(a, b)).map(([key, { tally }]) => ({ key, ...figuresOf(tally) }));
  const totals = emptyTally();
  for (const row of rows) for (const figure of REPORT_FIGURES) totals[figure] += row[figure];
  return { at, groupBy, rows, totals: figuresOf(totals) };
}

/** The group key of each application, grant and allocation under `groupBy`. */
function placing(history: ReportHistory, groupBy: ReportGrouping) {
  const ofApplication = (applicationId: string): string => {
    const state: CandidateState = history.candidates.get(applicationId) ?? candidateDecider.initialState();
    const { submission, screening, evaluation } = state;
    const callId = submission?.callId ?? screening?.callId ?? evaluation?.callId;
    switch (groupBy) {
      case 'center':
        return submission?.centerId ?? screening?.centerId ?? evaluation?.centerId ?? UNKNOWN_KEY;
      case 'province':
        return submission?.province ?? UNKNOWN_KEY;
      case 'call':
        return callId ?? UNKNOWN_KEY;
      case 'line':
        return (callId !== undefined && history.callLines.get(callId)) || UNKNOWN_KEY;
      default:
        return assertNever(groupBy);
    }
  };
  return {
    ofApplication,
    // The line a grant is charged to, which a line exception may have made another than its call's.
    ofGrant: (grant: GrantFacts): string => (groupBy === 'call' ? grant.callId : groupBy === 'line' ? grant.lineId : ofApplication(grant.applicationId)),
    ofAllocation: (allocation: AllocationFacts): string => {
      if (groupBy === 'line') return allocation.lineId;
      if (groupBy === 'center') return allocation.centerId ?? UNKNOWN_KEY;
      if (allocation.applicationId !== undefined) return ofApplication(allocation.applicationId);
      // A request recorded with its center also said whether it accompanies an application; an older one did not.
      return groupBy === 'call' && allocation.centerId !== undefined ? NO_CALL_KEY : UNKNOWN_KEY;
    },
  };
}
