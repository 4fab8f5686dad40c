import { foldStream, EventStoreSession } from '@yunghap/event-store';
import { committeeDecider, CommitteeScope, CommitteeSnapshot, committeeSnapshot, committeeStreamId } from '@yunghap/evaluation-domain';

/**
 * A committee's id follows from its call and scope: `call-2025-it.jungbu`, `call-2025-it.shared`.
 * A call thus has at most one committee per center and one shared committee, enforced by the
 * committee stream's own "already formed" refusal, and an evaluation finds its committee by a
 * stream read, with no registry to keep in step. Center ids have no dot and are never `shared`,
 * so two calls or scopes never share an id.
 */
export function committeeIdFor(callId: string, scope: CommitteeScope): string {
  return `${callId}.${scope.kind === 'shared' ? 'shared' : scope.centerId}`;
}

/** The committee as it stands, for `OpenEvaluation`; undefined when it has not been formed. */
export async function readCommittee(session: EventStoreSession, committeeId: string): Promise<CommitteeSnapshot | undefined> {
  return committeeSnapshot(foldStream(await session.readStream(committeeStreamId(committeeId)), committeeDecider));
}
