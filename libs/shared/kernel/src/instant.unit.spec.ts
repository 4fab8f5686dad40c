import { instantOf, momentOf } from './instant';

describe('instantOf', () => {
  it('reads zoned ISO-8601 date-times as moments, whatever their offset', () => {
    expect(instantOf('2026-03-01T09:00:00+09:00')).toBe(instantOf('2026-03-01T00:00Z'));
    expect(instantOf('2024-02-29T23:59:59.999-05:30')).toBe(Date.parse('2024-03-01T05:29:59.999Z'));
    expect(instantOf('2026-03-31T09:00Z')).toBe(Date.UTC(2026, 2, 31, 9));
    expect(instantOf('2026-03-31T09:00:00.250Z')).toBe(Date.UTC(2026, 2, 31, 9, 0, 0, 250));
  });

  it.each(['2025-03-14T17:30:00+09:00', '2025-03-14T08:30:00Z', '2025-03-14T08:30:00.5Z', '2024-02-29T00:00:00Z', '2000-02-29T23:59:59-05:30'])(
    'accepts %s',
    (value) => expect(instantOf(value)).toBe(Date.parse(value)),
  );

  it.each([
    '2026-03-01T09:00:00', // no offset: local time of which machine?
    '2026-03-01',
    '',
    '2025-02-29T00:00:00Z', // not a leap year
    '1900-02-29T00:00:00Z', // divisible by 100, not by 400
    '2025-04-31T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:00:00+24:00',
    '2026-03-01T09:00:00.1234Z',
    'March 1, 2026',
    '31/03/2026 18:00',
  ])('refuses %p', (value) => expect(instantOf(value)).toBeUndefined());
});

describe('momentOf', () => {
  it('reads the same moment written with different offsets as one number, so instants compare as moments, not text', () => {
    expect(momentOf('2026-03-01T09:00:00+09:00')).toBe(momentOf('2026-03-01T00:00:00Z'));
    expect(momentOf('2026-03-01T00:00:00.001Z') - momentOf('2026-03-01T00:00Z')).toBe(1);
    expect(momentOf('2026-03-31T08:59:59Z') < momentOf('2026-03-31T18:00:00+09:00')).toBe(true);
    expect(momentOf('2026-03-31T09:00:00Z') < momentOf('2026-03-31T18:00:00+09:00')).toBe(false);
  });

  it.each(['2026-03-01T09:00:00', '2026-03-01', 'March 1, 2026 09:00 GMT', '2026-13-45T99:00:00Z'])(
    'throws on %p: callers pass validated instants',
    (value) => {
      expect(() => momentOf(value)).toThrow(RangeError);
    },
  );
});
