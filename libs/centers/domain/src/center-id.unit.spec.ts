import { centerId, isCenterId } from './center-id';

describe('center ids', () => {
  it('accepts lower-case kebab-case ids', () => {
    expect(isCenterId('gyeongin')).toBe(true);
    expect(isCenterId('daegu-gyeongbuk')).toBe(true);
    expect(centerId('busan-ulsan')).toBe('busan-ulsan');
  });

  it('refuses anything that could not stand in a stream name or URL', () => {
    for (const bad of ['', 'Gyeongin', 'busan ulsan', '-honam', 'honam-', 'jung--bu', '경남']) expect(isCenterId(bad)).toBe(false);
    expect(isCenterId(7)).toBe(false);
    expect(() => centerId('Busan/Ulsan')).toThrow(RangeError);
  });
});
