import { amendDraftOf, amendRequestOf, callRequestOf, EMPTY_CALL } from './call-draft';

describe('opening a call from what was typed', () => {
  it('reads Seoul times, won with separators and a comma-separated list', () => {
    const request = callRequestOf({
      ...EMPTY_CALL,
      callId: ' call-2027-bio ',
      title: '2027년 바이오 융합 공고',
      budgetLineId: 'bio-convergence',
      opensAt: '2027-03-02T09:00',
      closesAt: '2027-03-31T18:00',
      capPerProject: '₩300,000,000',
      technologyFields: 'bio, AI,, smart-farm ',
    });
    expect(request).toEqual({
      callId: 'call-2027-bio',
      title: '2027년 바이오 융합 공고',
      budgetLineId: 'bio-convergence',
      opensAt: '2027-03-02T09:00:00+09:00',
      closesAt: '2027-03-31T18:00:00+09:00',
      capPerProject: 300_000_000,
      technologyFields: ['bio', 'AI', 'smart-farm'],
      industryLevel: 'group',
      minimumOwnSharePercent: 25,
    });
  });

  it('leaves what is not a whole number for the service to refuse by name', () => {
    const request = callRequestOf({ ...EMPTY_CALL, capPerProject: '3억', minimumOwnSharePercent: '25.5' });
    expect(request.capPerProject).toBeNaN();
    expect(request.minimumOwnSharePercent).toBeNaN();
  });
});

describe('amending a call from what was changed', () => {
  const call = { title: '2026년 IT융합 공고', closesAt: '2026-05-15T09:00:00.000Z', capPerProject: 300_000_000, technologyFields: ['AI', 'IoT'] };

  it('shows the terms as they are, the closing time in Seoul', () => {
    expect(amendDraftOf(call)).toEqual({ title: '2026년 IT융합 공고', closesAt: '2026-05-15T18:00', capPerProject: '300000000', technologyFields: 'AI, IoT' });
  });

  it('sends only what differs', () => {
    const before = amendDraftOf(call);
    expect(amendRequestOf(before, before)).toEqual({});
    expect(amendRequestOf({ ...before, closesAt: '2026-05-29T18:00', capPerProject: '₩250,000,000' }, before)).toEqual({
      closesAt: '2026-05-29T18:00:00+09:00',
      capPerProject: 250_000_000,
    });
    expect(amendRequestOf({ ...before, technologyFields: 'AI, IoT, bio' }, before)).toEqual({ technologyFields: ['AI', 'IoT', 'bio'] });
  });
});
