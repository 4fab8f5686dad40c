import type { RecordedEvent } from '@yunghap/event-store';
import { GrantEvent, grantDecider, GrantState, ProposedGrant } from '@yunghap/grants-domain';
import type { Projection } from '@yunghap/read-models';

export type GrantView = ProposedGrant & {
  readonly _id: string;
  readonly approvedBy: string | null;
  readonly updatedAt: string;
};

const GRANT_EVENTS: readonly GrantEvent['type'][] = [
  'AwardProposed',
  'AwardApproved',
  'AwardRejected',
  'DisbursementProposed',
  'DisbursementApproved',
  'GrantFundsRecovered',
  'GrantCancelled',
];

/** The grant as its decider sees it, so the view can never disagree with the decisions. */
export const grantViewProjection: Projection<GrantView> = {
  name: 'grant-view',
  collection: 'grants',
  handles: GRANT_EVENTS,
  documentId: (event) => (event.data as { grantId: string }).grantId,
  indexes: [{ keys: { callId: 1 } }, { keys: { applicationId: 1 } }],
  apply: (doc, recorded: RecordedEvent) => {
    const event = { type: recorded.type, data: recorded.data } as GrantEvent;
    const before: GrantState = doc ?? grantDecider.initialState();
    const state = grantDecider.evolve(before, event);
    if (state.status === 'none') return null;
    const approvedBy = event.type === 'AwardApproved' ? event.data.approvedBy : (doc?.approvedBy ?? null);
    return { ...state, _id: state.grantId, approvedBy, updatedAt: recorded.metadata.occurredAt };
  },
};

/** Statuses that hold (or will hold) money on the line: another award for the same application is refused. */
export const ACTIVE_GRANT_STATUSES: readonly GrantView['status'][] = ['proposed', 'awarded'];
