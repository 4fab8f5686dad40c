import { formatDate, formatDateTime } from './when';

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
