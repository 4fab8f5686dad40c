import { formatRate } from './rate';

describe('formatRate', () => {
  it('writes a share as a percentage with at most two decimals', () => {
    expect(formatRate(1, 8, 'ko')).toBe('12.5%');
    expect(formatRate(250_000_000, 40_000_000_000, 'en')).toBe('0.63%');
    expect(formatRate(0, 40_000_000_000, 'ko')).toBe('0%');
  });

  it('says nothing of a share of nothing', () => {
    expect(formatRate(0, 0, 'ko')).toBe('—');
  });
});
