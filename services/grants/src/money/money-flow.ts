import { AllocationEvent, budgetLineDecider, GrantEvent, LineInstruction, lineInstructionsFor } from '@yunghap/grants-domain';
import { EventStoreTransaction, foldStream, handleCommand, HandleOptions, HandleResult } from '@yunghap/event-store';
import { CommandMetadata, Decider, DomainCommand, DomainEvent, isDomainError } from '@yunghap/kernel';

/** The budget-line commands an event of a decision calls for, in the order they apply; often none. */
export type LineMovements<E> = (event: E, metadata: CommandMetadata) => readonly LineInstruction[];

/** A grant's or an allocation's decision moves money on its lines, one per fiscal year it touches, or none (grants-domain `lineInstructionsFor`). */
export const grantLineMovements: LineMovements<GrantEvent | AllocationEvent> = lineInstructionsFor;

/**
 * Decide on the decision's stream (a grant, an allocation, the program), move the money on the
 * lines, then record the decision (grants-domain README, "Cooperation"), all in the caller's
 * transaction: the line events and the decision commit together or not at all. The decision's
 * stream is locked first, then its lines in stream order, the order every money command takes
 * them, so commands on one line wait for each other rather than race, and none can wait for one
 * that waits for it. A grant command that reserves or frees its application locks the
 * application's stream before calling this (`decideWithApplicationHold`): application, grant,
 * lines, always in that order, so the order stays deadlock-free. A refusal (the line's, say) may come after a movement was appended: the caller
 * rolls the transaction back, as `CommandExecutor.executeInTransaction` and a consumer that throws do.
 */
export async function decideMoveRecord<C extends DomainCommand, E extends DomainEvent, S>(
  session: EventStoreTransaction,
  streamId: string,
  command: C,
  decider: Decider<C, E, S>,
  movementsOf: LineMovements<E>,
  options: HandleOptions<E, S> = {},
): Promise<HandleResult<E, S>> {
  await session.lockStream(streamId);
  const decision = decider.decide(command, foldStream(await session.readStream(streamId), decider));
  if (isDomainError(decision)) return { ok: false, error: decision };
  const movements = decision.flatMap((event) => movementsOf(event, command.metadata));
  for (const line of [...new Set(movements.map((movement) => movement.streamId))].sort()) await session.lockStream(line);
  for (const movement of movements) {
    const moved = await handleCommand(session, movement.streamId, movement.command, budgetLineDecider);
    if (!moved.ok) return moved;
  }
  // The streams are held, so the command decides as it did above.
  return handleCommand(session, streamId, command, decider, options);
}
