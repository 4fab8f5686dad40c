import { koreanDayOf, parseKoreanDay } from './korean-day';

describe('Korean days', () => {
  it('parses days that exist, written YYYY-MM-DD', () => {
    expect(parseKoreanDay('2024-02-29')).toBe('2024-02-29');
    expect(parseKoreanDay('2025-12-31')).toBe('2025-12-31');
  });

  it.each(['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-4-1', '20250520', '2025-05-20T00:00:00Z', ''])('refuses %p', (raw) => {
    expect(parseKoreanDay(raw)).toMatchObject({ code: 'CALENDAR_DAY.INVALID', kind: 'rule' });
  });

  it('gives the Korean day of an instant in any offset', () => {
    expect(koreanDayOf('2025-03-31T20:00:00Z')).toBe('2025-04-01');
    expect(koreanDayOf('2025-04-01T08:00:00+09:00')).toBe('2025-04-01');
    expect(koreanDayOf('2025-04-01T14:59:59.999Z')).toBe('2025-04-01');
    expect(koreanDayOf('2025-04-01T15:00:00Z')).toBe('2025-04-02');
    expect(() => koreanDayOf('yesterday')).toThrow(RangeError);
  });
});
