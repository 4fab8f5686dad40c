import { formatDate, formatDateTime, formatMonth, instantParam, seoulDay, seoulEndOfMinute, seoulInstantOf, seoulLocalInput } from './when';

describe('dates and times in Asia/Seoul', () => {
  // 15:30 UTC on 31 March is 00:30 on 1 April in Seoul (UTC+9, no daylight saving).
  const lateEveningUtc = '2026-03-31T15:30:00Z';

  it('shows the day in Seoul, not the day in UTC or the machine zone', () => {
    expect(formatDate(lateEveningUtc, 'ko')).toBe('2026. 4. 1.');
    expect(formatDate(lateEveningUtc, 'en')).toBe('1 Apr 2026');
  });

  it('shows the time in Seoul', () => {
    expect(formatDateTime(lateEveningUtc, 'ko')).toBe('2026. 4. 1. 00:30');
    expect(formatDateTime(lateEveningUtc, 'en')).toBe('1 Apr 2026, 00:30');
  });
});

describe('a date-time control in Seoul time', () => {
  it('names the month in Seoul for a chart', () => {
    expect(formatMonth('2026-04-30T15:00:00Z', 'ko')).toBe('5월');
    expect(formatMonth('2026-04-30T23:59:59+09:00', 'en')).toBe('Apr');
  });

  it('names the day it is in Seoul, which may be the next day in UTC', () => {
    expect(seoulDay('2026-03-31T14:59:59.999Z')).toBe('2026-03-31');
    expect(seoulDay('2026-03-31T15:00:00Z')).toBe('2026-04-01');
  });

  it('shows an instant as the wall clock in Seoul', () => {
    expect(seoulLocalInput('2026-03-31T15:30:00Z')).toBe('2026-04-01T00:30');
    expect(seoulLocalInput('2026-05-15T18:00:00+09:00')).toBe('2026-05-15T18:00');
  });

  it('reads what is typed as Seoul time, and nothing from an incomplete value', () => {
    expect(seoulInstantOf('2026-05-15T18:00')).toBe('2026-05-15T18:00:00+09:00');
    expect(seoulInstantOf(seoulLocalInput(seoulInstantOf('2026-12-31T23:59')))).toBe('2026-12-31T23:59:00+09:00');
    expect(seoulInstantOf('2026-05-15')).toBe('');
  });
});

describe('an instant chosen for an as-of view', () => {
  it('takes in the whole minute shown', () => {
    expect(seoulEndOfMinute('2026-06-30T23:59')).toBe('2026-06-30T23:59:59.999+09:00');
    expect(seoulEndOfMinute('2026-06-30')).toBe('');
  });

  it('is read from the address only when it is one', () => {
    expect(instantParam('2026-06-30T23:59:59.999+09:00')).toBe('2026-06-30T23:59:59.999+09:00');
    expect(instantParam('2026-06-30T14:59Z')).toBe('2026-06-30T14:59Z');
    for (const broken of [null, '', '2026-06-30T23:5', 'yesterday', '2026-13-45T99:99Z']) expect(instantParam(broken)).toBeNull();
  });
});
