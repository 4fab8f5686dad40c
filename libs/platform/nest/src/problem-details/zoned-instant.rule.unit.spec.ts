import { instantOf } from '@yunghap/kernel';
import { asDateTime, ZONED_INSTANT_PATTERN } from './zoned-instant.rule';

const accepts = (value: string) => ZONED_INSTANT_PATTERN.test(value);

describe('ZONED_INSTANT_PATTERN', () => {
  it.each(['2026-03-02T10:00:00+09:00', '2026-03-02T01:00Z', '2024-02-29T23:59:59.999-05:30', '2000-02-29T00:00:00Z', '2026-12-31T00:00:00.1+14:00'])(
    'accepts %s',
    (value) => {
      expect(accepts(value)).toBe(true);
    },
  );

  it.each([
    '2026-03-02',
    '2026-03-02T10:00:00',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02T10:00:00.1234Z',
    '2026-03-02T10:00:00+24:00',
    '٢٠٢٦-03-02T10:00:00Z',
    '2026-03-02T10:00:00Z\n',
  ])('refuses %j', (value) => expect(accepts(value)).toBe(false));

  // The edge must refuse exactly what the domain's instant parser would throw on, and no more.
  it('agrees with the kernel on every day of four centuries and on mutated instants', () => {
    const disagreements: string[] = [];
    const check = (value: string) => accepts(value) !== (instantOf(value) !== undefined) && disagreements.push(value);
    for (const year of ['1900', '1999', '2000', '2024', '2025', '2100', '2400']) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) check(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`);
      }
    }
    const seed = '2024-02-29T23:59:59.999+09:30';
    const replacements = ['0', '1', '2', '3', '5', '9', ':', '-', '+', 'Z', 'T', '.', ' ', ''];
    for (let i = 0; i < seed.length; i += 1) {
      for (const replacement of replacements) check(seed.slice(0, i) + replacement + seed.slice(i + 1));
    }
    expect(disagreements).toEqual([]);
  });
});

describe('an accepted instant echoed in an answer', () => {
  it('gains the seconds RFC 3339 requires and keeps everything else as given', () => {
    expect(asDateTime('2026-03-02T10:00+09:00')).toBe('2026-03-02T10:00:00+09:00');
    expect(asDateTime('0000-01-01T00:00Z')).toBe('0000-01-01T00:00:00Z');
    expect(asDateTime('2026-03-02T10:00:05.250-03:30')).toBe('2026-03-02T10:00:05.250-03:30');
    for (const instant of ['2026-03-02T10:00+09:00', '2026-12-31T23:59:59Z']) expect(ZONED_INSTANT_PATTERN.test(asDateTime(instant))).toBe(true);
  });
});
