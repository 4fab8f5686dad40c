import { fieldRuleText } from './field-rule-texts';

describe('fieldRuleText', () => {
  it('states the rule with its constraint values, naming the field', () => {
    expect(fieldRuleText('amountWon', 'max', [500_000_000])).toEqual({
      ko: 'amountWon은(는) 500,000,000 이하여야 합니다.',
      en: 'amountWon must be at most 500,000,000.',
    });
    expect(fieldRuleText('members', 'arrayMinSize', [2])?.ko).toBe('members은(는) 항목이 2개 이상이어야 합니다.');
    expect(fieldRuleText('role', 'isIn', [['staff', 'coordinator']])?.en).toBe('role must be one of: staff, coordinator.');
  });

  it('words a rule on every item of a list', () => {
    expect(fieldRuleText('technologyFields', 'maxLength', [50], true)).toEqual({
      ko: 'technologyFields의 각 항목은 50자 이하여야 합니다.',
      en: 'Each item of technologyFields must be at most 50 characters long.',
    });
  });

  it('words the kernel-backed rules', () => {
    expect(fieldRuleText('leadFirm.registrationNumber', 'isBusinessRegistrationNumber')?.ko).toBe(
      'leadFirm.registrationNumber은(는) 하이픈 없는 10자리 사업자등록번호여야 합니다.',
    );
    expect(fieldRuleText('province', 'isProvince')?.ko).toMatch(/^province은\(는\) 17개 시·도 약칭 중 하나여야 합니다: 서울, .*제주/);
    expect(fieldRuleText('industryCode', 'isKsicCode')?.en).toBe('industryCode must be a KSIC industry code (e.g. C26).');
  });

  it('gives nothing for a rule it does not know or whose limit is unknown', () => {
    expect(fieldRuleText('x', 'isUnheardOf')).toBeUndefined();
    expect(fieldRuleText('x', 'max')).toBeUndefined();
  });
});
