import { isDomainError } from './domain-error';
import { KsicCode, ksicClassAt, ksicCodePattern, parseKsicCode } from './ksic';

describe('parseKsicCode', () => {
  it.each(['C', 'C26', 'J62', 'C261', 'C2611', 'C26110', 'A01', 'U99'])('accepts the KSIC shape %s', (raw) => {
    expect(parseKsicCode(raw)).toBe(raw);
  });

  it.each(['', 'c26', 'V01', 'Z', 'C2', 'C261100', '26', 'C-26', 'C26 '])('refuses %p', (raw) => {
    expect(parseKsicCode(raw)).toMatchObject({ code: 'INDUSTRY_CODE.MALFORMED', kind: 'rule' });
  });

  it('refuses codes finer than the level asked for: a mentor knows a section or a division', () => {
    expect(parseKsicCode('C', 'division')).toBe('C');
    expect(parseKsicCode('C26', 'division')).toBe('C26');
    expect(['C261', 'C26110', 'C2'].map((raw) => isDomainError(parseKsicCode(raw, 'division')))).toEqual([true, true, true]);
    expect(parseKsicCode('J', 'section')).toBe('J');
    expect(isDomainError(parseKsicCode('J62', 'section'))).toBe(true);
  });

  it('states its shape for documents', () => {
    expect(ksicCodePattern().source).toBe('^[A-U](\\d{2,5})?$');
    expect(ksicCodePattern('division').source).toBe('^[A-U](\\d{2})?$');
    expect(ksicCodePattern('group').source).toBe('^[A-U](\\d{2,3})?$');
    expect(ksicCodePattern('section').source).toBe('^[A-U]$');
  });
});

describe('ksicClassAt', () => {
  const code = (raw: string) => raw as KsicCode;

  it('reads the section as the letter', () => {
    expect(ksicClassAt(code('C26110'), 'section')).toBe('C');
    expect(ksicClassAt(code('J'), 'section')).toBe('J');
  });

  it('reads the division as the letter and two digits, and cannot tell it from a bare section', () => {
    expect(ksicClassAt(code('C26110'), 'division')).toBe('C26');
    expect(ksicClassAt(code('C29'), 'division')).toBe('C29');
    expect(ksicClassAt(code('C'), 'division')).toBeUndefined();
  });

  it('reads the finer levels by their digits', () => {
    expect(ksicClassAt(code('C26110'), 'group')).toBe('C261');
    expect(ksicClassAt(code('C26110'), 'class')).toBe('C2611');
    expect(ksicClassAt(code('C26110'), 'subclass')).toBe('C26110');
    expect(ksicClassAt(code('C261'), 'class')).toBeUndefined();
  });
});
