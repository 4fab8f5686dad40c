import { ProblemDetails } from './problem-details';
import { ProblemLocalizer } from './problem-localizer';

const localizer = new ProblemLocalizer({ 'CONTENT.TEXT_REQUIRED': { ko: '이 항목은 비어 있으면 안 됩니다.', en: 'This text must not be blank.' } });
const problem = (fields: Partial<ProblemDetails>): ProblemDetails => ({
  type: 't',
  title: 'Bad request',
  status: 400,
  code: 'REQUEST.INVALID',
  detail: 'x',
  ...fields,
});

describe('ProblemLocalizer', () => {
  it('words a field whose rule is a domain code from the catalogue, naming the field', () => {
    const content = problem({
      status: 422,
      code: 'APPLICATION.CONTENT_INVALID',
      detail: 'The application content has 1 problem(s)',
      errors: [{ field: 'partnerFirms[0].name', rule: 'CONTENT.TEXT_REQUIRED', message: 'This text must not be blank' }],
    });
    expect(localizer.localize(content, 'ko').errors).toEqual([
      { field: 'partnerFirms[0].name', rule: 'CONTENT.TEXT_REQUIRED', message: 'partnerFirms[0].name: 이 항목은 비어 있으면 안 됩니다.' },
    ]);
  });

  it('words a hand-made violation by its rule when it has no Korean of its own', () => {
    const path = problem({ errors: [{ field: 'callId', rule: 'matches', message: 'callId must match /^[a-z]+$/' }] });
    const ko = localizer.localize(path, 'ko');
    expect(ko.errors?.[0].message).toBe('callId은(는) 정해진 형식에 맞지 않습니다.');
    expect(ko.detail).toBe('요청이 올바르지 않습니다: callId은(는) 정해진 형식에 맞지 않습니다.');
    expect(localizer.localize(path, 'en').errors?.[0].message).toBe('callId must match /^[a-z]+$/');
  });

  it('answers an English-only text without a catalogue entry in English, whatever the language asked', () => {
    expect(localizer.localize(problem({ code: 'X.UNKNOWN', detail: 'Something odd' }), 'ko').detail).toBe('Something odd');
  });

  it('keeps the wire shape of a violation: field, rule and message only', () => {
    const worded = {
      field: 'a',
      rule: 'isInt',
      message: 'a must be an integer number',
      wording: { ko: 'a은(는) 정수여야 합니다.', en: 'a must be an integer.' },
    };
    expect(localizer.localize(problem({ errors: [worded] }), undefined).errors).toEqual([
      { field: 'a', rule: 'isInt', message: 'a must be an integer number' },
    ]);
  });
});
