import { isCalendarDate, koreanDayOf } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-4-1')).toBe(false);
  });

  it('gives the Korean day of an instant in any offset', () => {
    expect(koreanDayOf('2025-03-31T20:00:00Z')).toBe('2025-04-01');
    expect(koreanDayOf('2025-04-01T08:00:00+09:00')).toBe('2025-04-01');
    expect(koreanDayOf('2025-04-01T14:59:59.999Z')).toBe('2025-04-01');
    expect(koreanDayOf('2025-04-01T15:00:00Z')).toBe('2025-04-02');
    expect(() => koreanDayOf('yesterday')).toThrow(RangeError);
  });
});
