import { GrantEvent, grantDecider, GrantState, ProposedGrant } from '@yunghap/grants-domain';
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
    AwardApproved: true,
    AwardRejected: true,
    DisbursementProposed: true,
    DisbursementApproved: true,
    GrantFundsRecovered: true,
    GrantCancelled: true,
  },
  idOf: (event) => event.data.grantId,
  indexes: [{ keys: { callId: 1 } }, { keys: { applicationId: 1 } }],
  evolve: (doc, event) => {
    const before: GrantState = doc ?? grantDecider.initialState();
    const state = grantDecider.evolve(before, event);
    if (state.status === 'none') return null;
    const approvedBy = event.type === 'AwardApproved' ? event.data.approvedBy : (doc?.approvedBy ?? null);
    return { ...state, _id: state.grantId, approvedBy, updatedAt: event.metadata.occurredAt };
  },
});

/** Statuses that hold (or will hold) money on the line: another award for the same application is refused. */
export const ACTIVE_GRANT_STATUSES: readonly GrantView['status'][] = ['proposed', 'awarded'];
