import { won } from '@yunghap/kernel';
import { GrantView } from './grant-view.projection';
import { grantResponse } from './grant.response.dto';

describe('a grant as the API answers it', () => {
  const view = {
    _id: 'g-1',
    _position: 42,
    grantId: 'g-1',
    status: 'cancelled',
    year: 2026,
    applicationId: 'app-1',
    callId: 'call-1',
    lineId: 'it-convergence',
    amount: won(100),
    proposedBy: 'pm-park',
    approvedBy: 'fin-han',
    // As MongoDB gives back the proposer a void tranche forgot: null, not absent.
    tranches: [
      { trancheId: 't1', dueOn: '2026-07-01', amount: won(40), status: 'disbursed', proposedBy: 'fin-han' },
      { trancheId: 't2', dueOn: '2026-10-01', amount: won(60), status: 'void', proposedBy: null },
    ],
    disbursed: won(40),
    recovered: won(30),
    recoveries: [
      { recoveryId: 'r-legacy', amount: won(10), reason: 'before four-eyes', status: 'recovered', proposedBy: null, decidedBy: null },
      { recoveryId: 'r-1', amount: won(20), reason: 'receipt missing', status: 'recovered', proposedBy: 'pm-park', decidedBy: 'fin-han' },
      { recoveryId: 'r-2', amount: won(5), reason: 'duplicate', status: 'rejected', proposedBy: 'pm-park', decidedBy: 'fin-han', rejectionReason: 'eligible' },
    ],
    updatedAt: '2026-07-02T10:00:00.000Z',
  } as unknown as GrantView;

  it('is named by grantId, without the read model’s _id and bookkeeping', () => {
    const response = grantResponse(view);
    expect(response).not.toHaveProperty('_id');
    expect(response).not.toHaveProperty('_position');
    expect(response).toMatchObject({ grantId: 'g-1', status: 'cancelled', approvedBy: 'fin-han', amount: 100 });
  });

  it('names a tranche’s proposer only when there is one', () => {
    expect(grantResponse(view).tranches).toEqual([
      { trancheId: 't1', dueOn: '2026-07-01', amount: 40, year: 2026, status: 'disbursed', proposedBy: 'fin-han' },
      { trancheId: 't2', dueOn: '2026-10-01', amount: 60, year: 2026, status: 'void' },
    ]);
  });

  it('lists every recovery with its proposer and decider, null where the record has none', () => {
    expect(grantResponse(view).recoveries).toEqual([
      { recoveryId: 'r-legacy', amount: 10, reason: 'before four-eyes', status: 'recovered', proposedBy: null, decidedBy: null, year: 2026 },
      { recoveryId: 'r-1', amount: 20, reason: 'receipt missing', status: 'recovered', proposedBy: 'pm-park', decidedBy: 'fin-han', year: 2026 },
      {
        recoveryId: 'r-2',
        amount: 5,
        reason: 'duplicate',
        status: 'rejected',
        proposedBy: 'pm-park',
        decidedBy: 'fin-han',
        rejectionReason: 'eligible',
        year: 2026,
      },
    ]);
    expect(grantResponse({ ...view, recoveries: undefined } as unknown as GrantView).recoveries).toEqual([]);
  });

  it('shows a grant stored before year parts as one part, its whole award in its year, released less what was paid', () => {
    expect(grantResponse(view).yearParts).toEqual([{ year: 2026, amount: 100, status: 'released', disbursed: 40, released: 60 }]);
  });

  it('shows each year part with what its year’s line paid', () => {
    const parts = [
      { year: 2026, amount: won(40), status: 'committed' },
      { year: 2027, amount: won(60), status: 'planned' },
    ];
    const twoYears = {
      ...view,
      status: 'awarded',
      tranches: [view.tranches[0], { ...view.tranches[1], dueOn: '2027-03-01', status: 'scheduled' }],
      yearParts: parts,
    };
    const response = grantResponse(twoYears as unknown as GrantView);
    expect(response.tranches.map((tranche) => tranche.year)).toEqual([2026, 2027]);
    expect(response.yearParts).toEqual([
      { year: 2026, amount: 40, status: 'committed', disbursed: 40, released: null },
      { year: 2027, amount: 60, status: 'planned', disbursed: 0, released: null },
    ]);
  });
});
