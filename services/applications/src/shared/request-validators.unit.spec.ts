import { validateSync } from 'class-validator';
import { HasNoNul, rfc3339Instant } from './request-validators';

describe('rfc3339Instant', () => {
  it('reads RFC 3339 date-times as moments, whatever their offset, case or fraction', () => {
    expect(rfc3339Instant('2026-03-10T10:00:00+09:00')).toBe(Date.parse('2026-03-10T01:00:00Z'));
    expect(rfc3339Instant('2026-03-10t01:00:00z')).toBe(Date.parse('2026-03-10T01:00:00Z'));
    expect(rfc3339Instant('2024-02-29T23:59:59.123456-05:30')).toBe(Date.parse('2024-03-01T05:29:59.123Z'));
    expect(new Date(rfc3339Instant('0001-01-01T00:00:00Z') ?? Number.NaN).toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });

  it.each([
    '',
    '2026-03-10',
    '2026-03-10T10:00:00',
    '2026-03-10T10:00+09:00',
    '2025-02-29T00:00:00Z',
    '2026-03-10T24:00:00Z',
    '2026-03-10T10:60:00Z',
    '2026-03-10T10:00:00+24:00',
    'last tuesday',
  ])('refuses %p', (value) => expect(rfc3339Instant(value)).toBeUndefined());

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1_741_568_400_000, ['2026-03-10T10:00:00Z']]) expect(rfc3339Instant(value)).toBeUndefined();
  });
});

describe('HasNoNul', () => {
  class Text {
    @HasNoNul() readonly text!: string;
    @HasNoNul({ each: true }) readonly items!: string[];
  }
  const problems = (text: string, items: string[] = []) =>
    validateSync(Object.assign(new Text(), { text, items })).map((error) => Object.keys(error.constraints ?? {}));

  it('takes any Unicode text, emoji and Hangul included', () => {
    expect(problems('융합 과제 😀 e\u0301', ['AI', '🚀'])).toEqual([]);
  });

  it('refuses U+0000, in single values and in each item', () => {
    expect(problems('a\u0000b')).toEqual([['matches']]);
    expect(problems('ok', ['fine', 'x\u0000'])).toEqual([['matches']]);
  });
});
