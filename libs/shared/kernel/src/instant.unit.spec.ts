import { instantOf } from './instant';

describe('instantOf', () => {
  it('reads zoned ISO-8601 date-times as moments, whatever their offset', () => {
    expect(instantOf('2026-03-01T09:00:00+09:00')).toBe(instantOf('2026-03-01T00:00Z'));
    expect(instantOf('2024-02-29T23:59:59.999-05:30')).toBe(Date.parse('2024-03-01T05:29:59.999Z'));
  });

  it.each(['2026-03-01T09:00:00', '2026-03-01', '2025-02-29T00:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T09:60:00Z', '2026-03-01T09:00:00+24:00', '2026-03-01T09:00:00.1234Z', 'March 1, 2026'])(
    'refuses %s',
    (value) => expect(instantOf(value)).toBeUndefined(),
  );
});
