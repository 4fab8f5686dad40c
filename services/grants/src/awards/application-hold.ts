import { EventStoreTransaction, handleCommand, HandleResult } from '@yunghap/event-store';
import { candidateDecider, GrantCommand, grantDecider, GrantEvent, GrantsStreams, GrantState } from '@yunghap/grants-domain';
import { decideMoveRecord, grantLineMovements } from '../money/money-flow';
import { GRANT_OUTBOX } from './grant.outbox';

/** What a grant command does to its application's one active grant (grants-domain README, "One active grant"). */
const HOLD_OF: Partial<Record<GrantCommand['type'], 'ReserveAward' | 'ReleaseAward'>> = {
  ProposeAward: 'ReserveAward',
  // Approval reserves again: it refuses unless this grant is still the one the application holds.
  ApproveAward: 'ReserveAward',
  RejectAward: 'ReleaseAward',
  CancelGrant: 'ReleaseAward',
};

/**
 * A grant command with its effect on the application's stream, in the caller's transaction. Lock
 * order: the application's stream first, then the grant, then its lines (`decideMoveRecord`), the
 * same order for every grant command, so no two transactions wait for each other; every lock is
 * taken before the first append, as the store requires. A proposal that finds the application held
 * by another grant is refused, and the caller rolls back the grant's events with it.
 */
export async function decideWithApplicationHold(
  session: EventStoreTransaction,
  applicationId: string,
  command: GrantCommand,
): Promise<HandleResult<GrantEvent, GrantState>> {
  const hold = HOLD_OF[command.type];
  const candidate = GrantsStreams.candidate(applicationId);
  if (hold) await session.lockStream(candidate);
  const decided = await decideMoveRecord(session, GrantsStreams.grant(command.data.grantId), command, grantDecider, grantLineMovements, GRANT_OUTBOX);
  if (!decided.ok || !hold) return decided;
  // The stream is held, so the reservation decides on what every earlier proposal recorded.
  const held = await handleCommand(
    session,
    candidate,
    { type: hold, data: { applicationId, grantId: command.data.grantId }, metadata: command.metadata },
    candidateDecider,
  );
  return held.ok ? decided : held;
}
