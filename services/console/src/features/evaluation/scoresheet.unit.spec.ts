import { checkEntry, checkScore, entriesOf, needsReason, reasonFreeFrom, sheetRequestOf, totalOf } from './scoresheet';

const novelty = { id: 'convergence-novelty', name: '융합성·독창성', weight: 30, minimumPercent: 40 };
const feasibility = { id: 'technical-feasibility', name: '기술성', weight: 25, minimumPercent: 40 };
const criteria = [novelty, feasibility];

describe('checkScore', () => {
  it('takes whole points from 0 to the weight, both ends included', () => {
    expect(checkScore('0', novelty)).toBe('valid');
    expect(checkScore(' 30 ', novelty)).toBe('valid');
    expect(checkScore('31', novelty)).toBe('out-of-range');
  });

  it('refuses fractions, signs and words, and tells an empty box apart', () => {
    expect(checkScore('12.5', novelty)).toBe('not-whole');
    expect(checkScore('-1', novelty)).toBe('not-whole');
    expect(checkScore('열', novelty)).toBe('not-whole');
    expect(checkScore('  ', novelty)).toBe('empty');
  });
});

describe('the reason rule', () => {
  it('wants a reason under 60 % of the weight, not at it', () => {
    // 60 % of 30 is 18: 17 needs a reason, 18 does not.
    expect(needsReason(novelty, 17)).toBe(true);
    expect(needsReason(novelty, 18)).toBe(false);
    expect(reasonFreeFrom(novelty)).toBe(18);
  });

  it('rounds the threshold up when 60 % of the weight is not whole', () => {
    // 60 % of 25 is 15; of 27 it is 16.2, so 16 still needs a reason and 17 does not.
    expect(reasonFreeFrom(feasibility)).toBe(15);
    const odd = { ...novelty, weight: 27 };
    expect(reasonFreeFrom(odd)).toBe(17);
    expect(needsReason(odd, 16)).toBe(true);
    expect(needsReason(odd, 17)).toBe(false);
  });

  it('flags a low score without a reason, and never a blank reason on a high one', () => {
    expect(checkEntry(novelty, { score: '10', reason: '  ' })).toEqual({ score: 'valid', reasonMissing: true });
    expect(checkEntry(novelty, { score: '10', reason: '실증 계획이 없음' })).toEqual({ score: 'valid', reasonMissing: false });
    expect(checkEntry(novelty, { score: '25', reason: '' })).toEqual({ score: 'valid', reasonMissing: false });
    expect(checkEntry(novelty, { score: '', reason: '' })).toEqual({ score: 'empty', reasonMissing: false });
  });
});

describe('totalOf', () => {
  it('adds the valid scores typed so far and leaves out the rest', () => {
    expect(totalOf(criteria, { [novelty.id]: { score: '24', reason: '' }, [feasibility.id]: { score: '20', reason: '' } })).toBe(44);
    expect(totalOf(criteria, { [novelty.id]: { score: '24', reason: '' }, [feasibility.id]: { score: '26', reason: '' } })).toBe(24);
    expect(totalOf(criteria, {})).toBe(0);
  });
});

describe('sheetRequestOf', () => {
  it('sends every criterion in rubric order, with the reasons given and without blank ones', () => {
    const request = sheetRequestOf(criteria, {
      [feasibility.id]: { score: '10', reason: ' 실증 계획이 부족함 ' },
      [novelty.id]: { score: '24', reason: ' ' },
    });
    expect(request).toEqual({
      scores: [
        { criterionId: novelty.id, score: 24 },
        { criterionId: feasibility.id, score: 10, reason: '실증 계획이 부족함' },
      ],
    });
  });

  it('sends nothing while a score is missing or out of range or a required reason is blank', () => {
    expect(sheetRequestOf(criteria, { [novelty.id]: { score: '24', reason: '' } })).toBeUndefined();
    expect(sheetRequestOf(criteria, { [novelty.id]: { score: '31', reason: '' }, [feasibility.id]: { score: '20', reason: '' } })).toBeUndefined();
    expect(sheetRequestOf(criteria, { [novelty.id]: { score: '24', reason: '' }, [feasibility.id]: { score: '5', reason: '' } })).toBeUndefined();
  });
});

describe('entriesOf', () => {
  it('starts from the saved sheet, or from empty boxes', () => {
    const saved = {
      memberId: 'member-1',
      revision: 2,
      sealed: false,
      scores: { [novelty.id]: 24, [feasibility.id]: 10 },
      reasons: { [feasibility.id]: '부족함' },
    };
    expect(entriesOf(criteria, saved)).toEqual({ [novelty.id]: { score: '24', reason: '' }, [feasibility.id]: { score: '10', reason: '부족함' } });
    expect(entriesOf(criteria, null)).toEqual({ [novelty.id]: { score: '', reason: '' }, [feasibility.id]: { score: '', reason: '' } });
  });
});
