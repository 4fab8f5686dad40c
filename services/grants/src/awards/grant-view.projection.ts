import { GrantEvent, grantDecider, GrantState, ProposedGrant, YearPartState } from '@yunghap/grants-domain';
import { won } from '@yunghap/kernel';
import { collectionRef, defineProjection } from '@yunghap/read-models';

export type GrantView = ProposedGrant & {
  readonly _id: string;
  readonly approvedBy: string | null;
  readonly updatedAt: string;
};

export const GRANTS = collectionRef<GrantView>('grants');

/** The grant as its decider sees it, so the view can never disagree with the decisions. */
export const grantViewProjection = defineProjection<GrantEvent, GrantView>({
  name: 'grant-view',
  collection: GRANTS,
  handles: {
    AwardProposed: true,
    LineExceptionApproved: true,
    AwardApproved: true,
    YearPartCommitted: true,
    AwardRejected: true,
    AgreementRecorded: true,
    DisbursementProposed: true,
    DisbursementApproved: true,
    RecoveryProposed: true,
    GrantFundsRecovered: true,
    RecoveryWithdrawn: true,
    RecoveryRejected: true,
    GrantCancelled: true,
  },
  idOf: (event) => event.data.grantId,
  indexes: [{ keys: { callId: 1 } }, { keys: { applicationId: 1 } }],
  evolve: (doc, event) => {
    const before: GrantState = doc ? grantStateOfView(doc) : grantDecider.initialState();
    const state = grantDecider.evolve(before, event);
    if (state.status === 'none') return null;
    const approvedBy = event.type === 'AwardApproved' ? event.data.approvedBy : (doc?.approvedBy ?? null);
    return { ...state, _id: state.grantId, approvedBy, updatedAt: event.metadata.occurredAt };
  },
});

/** The grant's state as the deciders take it, from its stored view (views stored by older versions lack the newer lists). */
export function grantStateOfView(view: GrantView): ProposedGrant {
  // A view stored before recoveries were kept one by one has no list: its recoveries were all recovered, and are counted in `recovered`.
  return { ...view, recoveries: view.recoveries ?? [], yearParts: yearPartsOfView(view) };
}

/** Statuses that hold (or will hold) money on the line: another award for the same application is refused. */
export const ACTIVE_GRANT_STATUSES: readonly GrantView['status'][] = ['proposed', 'awarded'];

/**
 * The view's year parts. A view stored before awards had year parts has none: it had one part,
 * the whole award in its year, committed once awarded and released (less what was paid) when cancelled.
 */
export function yearPartsOfView(view: Pick<GrantView, 'status' | 'year' | 'amount' | 'disbursed'> & { readonly yearParts?: readonly YearPartState[] }) {
  if (view.yearParts) return view.yearParts;
  const { status, year, amount } = view;
  const part: YearPartState =
    status === 'awarded'
      ? { year, amount, status: 'committed' }
      : status === 'cancelled'
        ? { year, amount, status: 'released', released: won(amount - view.disbursed) }
        : { year, amount, status: status === 'rejected' ? 'ended' : 'planned' };
  return [part];
}
