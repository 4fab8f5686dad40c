import { contentRequestOf, newDraft } from './form-draft';

describe('the request a typed form becomes', () => {
  const typed = {
    ...newDraft('3148123478'),
    partnerFirms: [{ registrationNumber: '305-86-77714', name: ' 누리소프트 ', industryCode: 'J62010', size: 'medium' as const, province: '세종' as const }],
    technologyFields: 'IT융합, 소재 ,, ',
    requestedAmount: '300,000,000',
    budgetPlan: [{ category: '인건비', amount: '300,000,000', ownCash: '100000000', ownInKind: '' }],
  };

  it('starts from the applicant own firm as the lead', () => {
    expect(newDraft('3148123478').leadFirm.registrationNumber).toBe('3148123478');
  });

  it('sends numbers in their canonical spelling, names trimmed and fields split', () => {
    const request = contentRequestOf(typed);
    expect(request.partnerFirms[0]).toMatchObject({ registrationNumber: '3058677714', name: '누리소프트' });
    expect(request.task.technologyFields).toEqual(['IT융합', '소재']);
    expect(request.requestedAmount).toBe(300_000_000);
    expect(request.budgetPlan).toEqual([{ category: '인건비', amount: 300_000_000, ownCash: 100_000_000, ownInKind: 0 }]);
  });

  it('sends an unreadable amount as no number, for the service to refuse on that field', () => {
    expect(JSON.parse(JSON.stringify(contentRequestOf({ ...typed, requestedAmount: '3억' }))).requestedAmount).toBeNull();
  });
});
