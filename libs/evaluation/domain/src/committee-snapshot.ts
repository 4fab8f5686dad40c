import { CommitteeState } from './committee.decider';
import { CommitteeSnapshot, isMemberOf } from './committee';

/**
 * The committee as `OpenEvaluation` must see it: current members and only their declarations.
 * Undefined before the committee is formed.
 * Example: `const committee = committeeSnapshot(events.reduce(committeeDecider.evolve, committeeDecider.initialState()));`
 */
export function committeeSnapshot(state: CommitteeState): CommitteeSnapshot | undefined {
  if (state.status === 'not-formed') return undefined;
  const { committeeId, callId, scope, members } = state;
  const relationships = state.relationships.filter((relationship) => isMemberOf(members, relationship.memberId));
  return { committeeId, callId, scope, members, relationships };
}
