import { instantOf } from '@yunghap/kernel';
import { isBefore } from './instant';

describe('instantOf', () => {
  it('reads zoned ISO 8601 date-times as the same instant whatever the offset', () => {
    expect(instantOf('2026-03-31T18:00:00+09:00')).toBe(instantOf('2026-03-31T09:00:00Z'));
    expect(instantOf('2026-03-31T09:00Z')).toBe(Date.UTC(2026, 2, 31, 9));
    expect(instantOf('2026-03-31T09:00:00.250Z')).toBe(Date.UTC(2026, 2, 31, 9, 0, 0, 250));
  });

  it.each(['', '2026-03-31', '2026-03-31T18:00:00', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-31T24:00:00Z', '31/03/2026 18:00'])(
    'refuses %p: a date-time needs a zone and must exist on the calendar',
    (raw) => {
      expect(instantOf(raw)).toBeUndefined();
    },
  );
});

describe('isBefore', () => {
  it('compares instants, not text', () => {
    expect(isBefore('2026-03-31T08:59:59Z', '2026-03-31T18:00:00+09:00')).toBe(true);
    expect(isBefore('2026-03-31T09:00:00Z', '2026-03-31T18:00:00+09:00')).toBe(false);
  });
});
