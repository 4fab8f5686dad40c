import { DomainError } from '@yunghap/kernel';
import { validateApplicationContent } from './application-content';
import { CONTENT, contentInput, DAON, HANBIT, NURI } from './testing/applications.fixtures';

const violationsOf = (result: unknown) => {
  expect(result).toBeInstanceOf(DomainError);
  expect(result).toMatchObject({ code: 'APPLICATION.CONTENT_INVALID', kind: 'rule' });
  return (result as DomainError).details['violations'];
};

describe('validateApplicationContent', () => {
  it('turns valid input into content: registration numbers without hyphens, amounts in won', () => {
    expect(validateApplicationContent(contentInput())).toEqual(CONTENT);
  });

  it('accepts a lone lead firm and an empty budget plan: screening, not drafting, judges completeness', () => {
    expect(validateApplicationContent(contentInput({ partnerFirms: [], budgetPlan: [] }))).toMatchObject({ partnerFirms: [], budgetPlan: [] });
  });

  it('lists every problem with its field, not only the first', () => {
    const result = validateApplicationContent(
      contentInput({
        leadFirm: { ...HANBIT, registrationNumber: '220-81-06253', industryCode: 'c29' },
        partnerFirms: [NURI, { ...DAON, province: '충청북도', size: 'startup', name: ' ' }],
        requestedAmount: 250_000_000.5,
        budgetPlan: [
          { category: '', amount: 100_000_000 },
          { category: 'indirect', amount: 0 },
          { category: 'equipment', amount: 10_000_000, ownCash: -1, ownInKind: 0.5 },
        ],
      }),
    );

    expect(violationsOf(result)).toEqual([
      { field: 'leadFirm.registrationNumber', code: 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH', message: expect.any(String) },
      { field: 'leadFirm.industryCode', code: 'INDUSTRY_CODE.MALFORMED', message: expect.any(String) },
      { field: 'partnerFirms[1].name', code: 'CONTENT.TEXT_REQUIRED', message: expect.any(String) },
      { field: 'partnerFirms[1].province', code: 'PROVINCE.UNKNOWN', message: expect.any(String) },
      { field: 'partnerFirms[1].size', code: 'FIRM.SIZE_UNKNOWN', message: expect.stringContaining('small, medium, mid-sized, large') },
      { field: 'requestedAmount', code: 'CONTENT.NOT_POSITIVE_WON', message: expect.any(String) },
      { field: 'budgetPlan[0].category', code: 'CONTENT.TEXT_REQUIRED', message: expect.any(String) },
      { field: 'budgetPlan[1].amount', code: 'BUDGET.ITEM_EMPTY', message: expect.any(String) },
      { field: 'budgetPlan[2].ownCash', code: 'CONTENT.NOT_WON', message: expect.any(String) },
      { field: 'budgetPlan[2].ownInKind', code: 'CONTENT.NOT_WON', message: expect.any(String) },
    ]);
  });

  it('takes a budget category borne by the consortium alone, and counts an absent share as none', () => {
    const budgetPlan = [
      { category: 'personnel', amount: 0, ownInKind: 40_000_000 },
      { category: 'materials', amount: 10_000_000 },
    ];
    expect(validateApplicationContent(contentInput({ budgetPlan }))).toMatchObject({
      budgetPlan: [
        { category: 'personnel', amount: 0, ownCash: 0, ownInKind: 40_000_000 },
        { category: 'materials', amount: 10_000_000, ownCash: 0, ownInKind: 0 },
      ],
    });
  });

  it('checks the task: title, summary, technology fields, stage and duration', () => {
    const task = { title: '', summary: '\t', technologyFields: ['AI', ''], stage: 'marketing', durationMonths: 1.5 };
    expect(violationsOf(validateApplicationContent(contentInput({ task })))).toEqual([
      { field: 'task.title', code: 'CONTENT.TEXT_REQUIRED', message: expect.any(String) },
      { field: 'task.summary', code: 'CONTENT.TEXT_REQUIRED', message: expect.any(String) },
      { field: 'task.technologyFields[1]', code: 'CONTENT.TEXT_REQUIRED', message: expect.any(String) },
      { field: 'task.stage', code: 'TASK.STAGE_UNKNOWN', message: expect.stringContaining('task-selection') },
      { field: 'task.durationMonths', code: 'CONTENT.NOT_POSITIVE_WHOLE_NUMBER', message: expect.any(String) },
    ]);
  });

  it('needs at least one technology field', () => {
    const task = { ...contentInput().task, technologyFields: [] };
    expect(violationsOf(validateApplicationContent(contentInput({ task })))).toEqual([
      { field: 'task.technologyFields', code: 'CONTENT.LIST_EMPTY', message: expect.any(String) },
    ]);
  });

  it.each([0, -100, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses a requested amount of %p won', (requestedAmount) => {
    expect(violationsOf(validateApplicationContent(contentInput({ requestedAmount })))).toEqual([
      { field: 'requestedAmount', code: 'CONTENT.NOT_POSITIVE_WON', message: expect.any(String) },
    ]);
  });

  it('reads provinces as the centers do: decomposed Hangul (NFD 제주) and stray blanks are the same province', () => {
    const decomposedJeju = '제주'.normalize('NFD');
    const content = validateApplicationContent(
      contentInput({ leadFirm: { ...HANBIT, province: decomposedJeju }, partnerFirms: [{ ...NURI, province: ' 서울 ' }] }),
    );
    expect(content).toMatchObject({ leadFirm: { province: '제주' }, partnerFirms: [{ province: '서울' }] });
  });

  it('refuses a firm listed twice, whichever way its number is written', () => {
    const result = validateApplicationContent(
      contentInput({ partnerFirms: [NURI, { ...HANBIT, registrationNumber: '2208106252' }, { ...NURI, registrationNumber: '105-86-01235' }] }),
    );
    expect(violationsOf(result)).toEqual([
      { field: 'partnerFirms[1].registrationNumber', code: 'FIRM.LISTED_TWICE', message: expect.any(String) },
      { field: 'partnerFirms[2].registrationNumber', code: 'FIRM.LISTED_TWICE', message: expect.any(String) },
    ]);
  });
});
