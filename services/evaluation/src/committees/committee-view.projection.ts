import { committeeDecider, CommitteeEvent, CommitteeMember, CommitteeScope, CommitteeState, DeclaredRelationship } from '@yunghap/evaluation-domain';
import { collectionRef, defineProjection } from '@yunghap/read-models';

export interface CommitteeView {
  /** The committee id. */
  readonly _id: string;
  readonly callId: string;
  readonly scope: CommitteeScope;
  /** The scope's center, null when shared: lets a query select by plain equality. */
  readonly centerId: string | null;
  readonly members: readonly CommitteeMember[];
  /** When the members' sheets are due; null until a program manager sets it. */
  readonly scoresDueAt: string | null;
  /** Every declaration, those of former members too (they hold again if the member returns). */
  readonly relationships: readonly DeclaredRelationship[];
  readonly formedAt: string;
  readonly updatedAt: string;
}

export const COMMITTEES = collectionRef<CommitteeView>('committees');

function stateOf(view: CommitteeView | null): CommitteeState {
  if (!view) return committeeDecider.initialState();
  const { _id: committeeId, callId, scope, members, relationships, scoresDueAt = null } = view;
  return { status: 'formed', committeeId, callId, scope, members, relationships, scoresDueAt };
}

/** One document per committee, evolved by the domain itself so the view never disagrees with the stream. */
export const committeeViewProjection = defineProjection<CommitteeEvent, CommitteeView>({
  name: 'committee-view',
  collection: COMMITTEES,
  handles: { CommitteeFormed: true, MemberAdded: true, MemberRemoved: true, RelationshipDeclared: true, ScoringDeadlineSet: true },
  idOf: (event) => event.data.committeeId,
  evolve: (doc, event) => {
    const state = committeeDecider.evolve(stateOf(doc), event);
    if (state.status === 'not-formed') return doc;
    const at = event.metadata.occurredAt;
    const { committeeId, callId, scope, members, relationships, scoresDueAt } = state;
    const centerId = scope.kind === 'center' ? scope.centerId : null;
    return { _id: committeeId, callId, scope, centerId, members, relationships, scoresDueAt, formedAt: doc?.formedAt ?? at, updatedAt: at };
  },
  indexes: [{ keys: { callId: 1 } }],
});
