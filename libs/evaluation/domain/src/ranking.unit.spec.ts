import { isDomainError } from '@yunghap/kernel';
import { EvaluationResult } from './evaluation-result';
import { rankEvaluations } from './ranking';
import { CALL, CENTER, criterionMeans } from './testing/fixtures';

interface Fixture {
  readonly passed?: boolean;
  readonly total?: number;
  /** Criterion means in hundredths, default rubric order: convergence 30, feasibility 25, commercialisation 25, consortium 20. */
  readonly means?: readonly [number, number, number, number];
  readonly submittedAt?: string;
  readonly callId?: string;
}

// Totals need not equal the sum of the means (each is trimmed on its own), so each level is set directly.
function result(applicationId: string, fixture: Fixture = {}): EvaluationResult {
  const { passed = true, total = 8000, means = [2400, 2000, 2000, 1600], submittedAt = '2025-03-14T09:00:00Z', callId = CALL } = fixture;
  return {
    applicationId,
    callId,
    centerId: CENTER,
    applicationSubmittedAt: submittedAt,
    sheetsCounted: 5,
    trimmed: true,
    total,
    criteria: criterionMeans(...means),
    passed,
    failedReasons: passed ? [] : [{ kind: 'total-below-threshold', total, threshold: 7000 }],
  };
}

function rankedIds(results: readonly EvaluationResult[]): string[] {
  const ranking = rankEvaluations(results);
  if (isDomainError(ranking)) throw new Error(ranking.code);
  return ranking.map((ranked) => `${ranked.rank}:${ranked.applicationId}`);
}

describe('rankEvaluations', () => {
  it('ranks nothing when nothing is completed', () => {
    expect(rankedIds([])).toEqual([]);
  });

  it('puts every passed result before every failed one, whatever the totals', () => {
    const results = [result('failed-high', { passed: false, total: 8500 }), result('passed-low', { total: 7000 })];
    expect(rankedIds(results)).toEqual(['1:passed-low', '2:failed-high']);
  });

  it('orders by total, highest first, among the passed and among the failed', () => {
    const results = [
      result('p-72', { total: 7200 }),
      result('f-65', { passed: false, total: 6500 }),
      result('p-80', { total: 8000 }),
      result('f-69', { passed: false, total: 6900 }),
    ];
    expect(rankedIds(results)).toEqual(['1:p-80', '2:p-72', '3:f-69', '4:f-65']);
  });

  it('breaks a tie on total by the higher weakest criterion, as a share of its weight', () => {
    // balanced: 24/30 = 20/25 = 20/25 = 16/20 = 80 %: weakest 80 %
    // lopsided: 27/30 = 90 %, 20/25 = 80 %, 20/25 = 80 %, 13/20 = 65 %: weakest 65 %
    // The lopsided one wins every later level (primary mean, submission, id) and still comes second.
    const balanced = result('app-b', { means: [2400, 2000, 2000, 1600], submittedAt: '2025-03-14T10:00:00Z' });
    const lopsided = result('app-a', { means: [2700, 2000, 2000, 1300], submittedAt: '2025-03-14T09:00:00Z' });
    expect(rankedIds([lopsided, balanced])).toEqual(['1:app-b', '2:app-a']);
  });

  it('compares the weakest shares across criteria of different weights', () => {
    // a: consortium 10.00/20 = 50 %;   b: feasibility 12.49/25 = 49.96 %: a is the stronger.
    const a = result('app-b', { means: [3000, 2500, 2500, 1000] });
    const b = result('app-a', { means: [3000, 1249, 2500, 2000] });
    expect(rankedIds([b, a])).toEqual(['1:app-b', '2:app-a']);
  });

  it('then by the higher mean on the primary criterion, convergence/novelty', () => {
    // Both weakest at 80 % (feasibility 20/25 and consortium 16/20); convergence 27.00 against 24.00.
    const stronger = result('app-b', { means: [2700, 2000, 2250, 1600], submittedAt: '2025-03-14T10:00:00Z' });
    const weaker = result('app-a', { means: [2400, 2000, 2000, 1600], submittedAt: '2025-03-14T09:00:00Z' });
    expect(rankedIds([weaker, stronger])).toEqual(['1:app-b', '2:app-a']);
  });

  it('then by the earlier submission, compared as instants', () => {
    // 09:00:00Z is earlier than 09:00:00.500Z, though as strings "Z" sorts after ".";
    // and 17:59:59+09:00 is 08:59:59Z, earlier than both.
    const results = [
      result('app-a', { submittedAt: '2025-03-14T09:00:00.500Z' }),
      result('app-b', { submittedAt: '2025-03-14T09:00:00Z' }),
      result('app-c', { submittedAt: '2025-03-14T17:59:59+09:00' }),
    ];
    expect(rankedIds(results)).toEqual(['1:app-c', '2:app-b', '3:app-a']);
  });

  it('then by application id, in code-unit order rather than locale order', () => {
    // 'B' (U+0042) sorts before 'a' (U+0061); a locale-aware comparison would put app-a first.
    expect(rankedIds([result('app-a'), result('app-B'), result('app-0010'), result('app-0002')])).toEqual(['1:app-0002', '2:app-0010', '3:app-B', '4:app-a']);
  });

  it('refuses results of more than one call', () => {
    const ranking = rankEvaluations([result('app-a'), result('app-b', { callId: 'call-2024-convergence' })]);
    expect(ranking).toMatchObject({ code: 'EVALUATION.RANKING_MIXES_CALLS', kind: 'rule', details: { callIds: ['call-2024-convergence', CALL] } });
  });
});
