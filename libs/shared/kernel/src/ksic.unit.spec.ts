import { IndustryCode, industryClassOf, parseIndustryCode } from './industry-code';

describe('parseIndustryCode', () => {
  it.each(['C', 'C26', 'J62', 'C261', 'C2611', 'C26110', 'A01', 'U99'])('accepts the KSIC shape %s', (raw) => {
    expect(parseIndustryCode(raw)).toBe(raw);
  });

  it.each(['', 'c26', 'V01', 'Z', 'C2', 'C261100', '26', 'C-26', 'C26 '])('refuses %p', (raw) => {
    expect(parseIndustryCode(raw)).toMatchObject({ code: 'INDUSTRY_CODE.MALFORMED', kind: 'rule' });
  });
});

describe('industryClassOf', () => {
  const code = (raw: string) => raw as IndustryCode;

  it('reads the section as the letter', () => {
    expect(industryClassOf(code('C26110'), 'section')).toBe('C');
    expect(industryClassOf(code('J'), 'section')).toBe('J');
  });

  it('reads the division as the letter and two digits, and cannot tell it from a bare section', () => {
    expect(industryClassOf(code('C26110'), 'division')).toBe('C26');
    expect(industryClassOf(code('C29'), 'division')).toBe('C29');
    expect(industryClassOf(code('C'), 'division')).toBeUndefined();
  });
});
