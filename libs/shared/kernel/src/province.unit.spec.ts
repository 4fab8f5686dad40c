import { isDomainError } from './domain-error';
import { isProvince, parseProvince, PROVINCES } from './province';

describe('provinces', () => {
  it('lists the 17 first-level divisions once each, by their short names', () => {
    expect(PROVINCES).toHaveLength(17);
    expect(new Set(PROVINCES).size).toBe(17);
    PROVINCES.forEach((province) => expect(parseProvince(province)).toBe(province));
  });

  it('takes only the exact short names as already recorded', () => {
    expect(PROVINCES.every(isProvince)).toBe(true);
    expect(isProvince('서울특별시')).toBe(false);
    expect(isProvince('Seoul')).toBe(false);
    expect(isProvince('')).toBe(false);
    expect(isProvince(11)).toBe(false);
  });

  it('parses outside input, recomposing decomposed Hangul (NFD 제주) and trimming blanks', () => {
    const decomposed = '제주'.normalize('NFD');
    expect(decomposed).not.toBe('제주');
    expect(isProvince(decomposed)).toBe(false);
    expect(parseProvince(decomposed)).toBe('제주');
    expect(parseProvince('  충북 ')).toBe('충북');
    expect(parseProvince(' 서울')).toBe('서울');
  });

  it.each(['', ' ', '대전광역시', 'Daejeon', 'Chungbuk', '전라북도', '강원도', '서 울'])('refuses %p', (raw) => {
    const refusal = parseProvince(raw);
    expect(isDomainError(refusal)).toBe(true);
    expect(refusal).toMatchObject({ code: 'PROVINCE.UNKNOWN', kind: 'rule' });
  });
});
