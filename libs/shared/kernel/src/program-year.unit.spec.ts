import { programYearOf } from './program-year';

describe('programYearOf', () => {
  it('places the instant in Korea: the year turns at midnight KST, 15:00 UTC on 31 December', () => {
    expect(programYearOf('2026-06-30T23:59:59+09:00')).toBe(2026);
    expect(programYearOf('2026-12-31T14:59:59.999Z')).toBe(2026);
    expect(programYearOf('2026-12-31T15:00:00Z')).toBe(2027);
    expect(programYearOf('2027-01-01T00:00:00+09:00')).toBe(2027);
    expect(programYearOf('2026-12-31T23:00:00-05:00')).toBe(2027);
  });

  it('throws on what is not an instant: callers pass the clock or validated input', () => {
    expect(() => programYearOf('this year')).toThrow(RangeError);
  });
});
