import { parseProvince, PROVINCES } from './province';

describe('parseProvince', () => {
  it('knows the 17 first-level divisions by their short names', () => {
    expect(PROVINCES).toHaveLength(17);
    expect(new Set(PROVINCES).size).toBe(17);
    PROVINCES.forEach((province) => expect(parseProvince(province)).toBe(province));
  });

  it.each(['', '대전광역시', 'Daejeon', '전라북도', '강원도', ' 서울'])('refuses %p', (raw) => {
    expect(parseProvince(raw)).toMatchObject({ code: 'PROVINCE.UNKNOWN', kind: 'rule' });
  });
});
