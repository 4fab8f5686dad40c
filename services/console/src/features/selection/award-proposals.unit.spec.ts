import { awardProposals } from './award-proposals';

describe('award proposals from the what-if', () => {
  const rows = [
    { applicationId: 'app-1', amountWon: 225_000_000 },
    { applicationId: 'app-2', amountWon: 180_000_000 },
    { applicationId: 'app-3', amountWon: 90_000_000 },
  ];

  it('proposes the chosen rows only, each at its amount after the cut, in one tranche on the line computed', () => {
    expect(awardProposals(rows, new Set(['app-1', 'app-3']), 'it-convergence', '2026-12-20')).toEqual([
      { applicationId: 'app-1', amountWon: 225_000_000, lineId: 'it-convergence', schedule: [{ amountWon: 225_000_000, dueOn: '2026-12-20' }] },
      { applicationId: 'app-3', amountWon: 90_000_000, lineId: 'it-convergence', schedule: [{ amountWon: 90_000_000, dueOn: '2026-12-20' }] },
    ]);
  });

  it('proposes nothing when nothing is chosen', () => {
    expect(awardProposals(rows, new Set(), 'it-convergence', '2026-12-20')).toEqual([]);
  });
});
