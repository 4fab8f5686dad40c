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
    recovered: won(0),
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
      { trancheId: 't1', dueOn: '2026-07-01', amount: 40, status: 'disbursed', proposedBy: 'fin-han' },
      { trancheId: 't2', dueOn: '2026-10-01', amount: 60, status: 'void' },
    ]);
  });
});
