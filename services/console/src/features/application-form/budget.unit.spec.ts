import { parseWonInput, summariseBudget } from './budget';

const row = (amount: number, ownCash: number, ownInKind: number) => ({ category: 'materials', amount, ownCash, ownInKind });

describe('summariseBudget', () => {
  it('adds the grants, the own contribution and the whole cost', () => {
    const summary = summariseBudget([row(200_000_000, 50_000_000, 20_000_000), row(100_000_000, 30_000_000, 0)], 300_000_000, 25);
    expect(summary).toMatchObject({ governmentTotal: 300_000_000, ownTotal: 100_000_000, totalCost: 400_000_000, ownSharePermille: 250 });
    expect(summary.matchesRequest).toBe(true);
  });

  it('says when the grants do not add up to the requested amount', () => {
    expect(summariseBudget([row(200_000_000, 100_000_000, 0)], 250_000_000, 25).matchesRequest).toBe(false);
  });

  it('holds the own share against the call minimum exactly at the boundary', () => {
    // 100 of 400 is exactly 25 %: enough; one won less is not.
    expect(summariseBudget([row(300_000_000, 100_000_000, 0)], 300_000_000, 25).meetsMinimum).toBe(true);
    const short = summariseBudget([row(300_000_000, 99_999_999, 0)], 300_000_000, 25);
    expect(short.meetsMinimum).toBe(false);
    expect(short.minimumOwnContribution).toBe(100_000_000);
  });

  it('counts in-kind contributions toward the own share', () => {
    expect(summariseBudget([row(300_000_000, 0, 100_000_000)], 300_000_000, 25).meetsMinimum).toBe(true);
  });

  it('does not call an empty plan sufficient', () => {
    expect(summariseBudget([], 0, 0).meetsMinimum).toBe(false);
  });
});

describe('parseWonInput', () => {
  it('reads whole won with or without separators', () => {
    expect(parseWonInput('1,200,000')).toBe(1_200_000);
    expect(parseWonInput('1200000')).toBe(1_200_000);
    expect(parseWonInput('')).toBe(0);
  });

  it('refuses fractions, signs, letters and misplaced separators', () => {
    for (const typed of ['1.5', '-100', '12a', '1,20,000', '9007199254740993']) expect(parseWonInput(typed)).toBeNull();
  });
});
