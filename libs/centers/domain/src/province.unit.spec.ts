import { isProvince, parseProvince, PROVINCES } from './province';

describe('provinces', () => {
  it('lists the 17 first-level divisions once each', () => {
    expect(PROVINCES).toHaveLength(17);
    expect(new Set(PROVINCES).size).toBe(17);
  });

  it('accepts only the short Korean names', () => {
    expect(PROVINCES.every(isProvince)).toBe(true);
    expect(isProvince('서울특별시')).toBe(false);
    expect(isProvince('Seoul')).toBe(false);
    expect(isProvince('')).toBe(false);
    expect(isProvince(11)).toBe(false);
  });

  it('parses outside input, recomposing decomposed Hangul and trimming blanks', () => {
    const decomposed = '제주'.normalize('NFD');
    expect(isProvince(decomposed)).toBe(false);
    expect(parseProvince(decomposed)).toBe('제주');
    expect(parseProvince('  충북 ')).toBe('충북');
    expect(parseProvince('Chungbuk')).toBeUndefined();
  });
});
