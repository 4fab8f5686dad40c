import { AllocationEvent, budgetLineDecider, GrantEvent, LineInstruction, lineInstructionFor } from '@yunghap/grants-domain';
import { EventStoreSession, foldStream, handleCommand, HandleOptions, HandleResult } from '@yunghap/event-store';
import { CommandMetadata, Decider, DomainCommand, DomainError, isDomainError } from '@yunghap/kernel';

/**
 * Every commit against a line races all the others on that one stream; each lost race re-reads and
 * decides again, so a burst of N approvals needs up to N attempts for the last one to get through.
 */
const LINE_ATTEMPTS = 250;

const sameMovement = (a: LineInstruction, b: LineInstruction | undefined) =>
  b !== undefined && a.streamId === b.streamId && a.command.type === b.command.type && JSON.stringify(a.command.data) === JSON.stringify(b.command.data);

/**
 * A commitment made for a decision that could not then be recorded is given back, unless the
 * stream meanwhile holds an event that needs the very same commitment (a concurrent approval of
 * the same grant, whose commit was a replay of ours).
 */
async function undoOrphanedCommitments<E extends GrantEvent | AllocationEvent>(
  store: EventStoreSession,
  streamId: string,
  made: readonly LineInstruction[],
  metadata: CommandMetadata,
  refusal: DomainError,
): Promise<void> {
  const recorded = (await store.readStream(streamId)).map((stored) => lineInstructionFor({ type: stored.type, data: stored.data } as E, metadata));
  for (const instruction of made) {
    if (instruction.command.type !== 'CommitToLine' || recorded.some((existing) => sameMovement(instruction, existing))) continue;
    const { lineId, reference } = instruction.command.data;
    const release = { type: 'ReleaseFromLine', data: { lineId, reference, reason: `decision not recorded: ${refusal.code}` }, metadata } as const;
    await handleCommand(store, instruction.streamId, release, budgetLineDecider, { maxAttempts: LINE_ATTEMPTS });
  }
}

/**
 * Decide on the grant/allocation stream, move the money on its line, then record the decision
 * (grants-domain README, "Cooperation"). The line is the consistency boundary: if it refuses,
 * nothing is recorded on the grant. Works on the store (HTTP) and on a consumer's session alike.
 */
export async function decideMoveRecord<C extends DomainCommand, E extends GrantEvent | AllocationEvent, S>(
  store: EventStoreSession,
  streamId: string,
  command: C,
  decider: Decider<C, E, S>,
  options: HandleOptions<E, S> = {},
): Promise<HandleResult<E, S>> {
  const decision = decider.decide(command, foldStream(await store.readStream(streamId), decider));
  if (isDomainError(decision)) return { ok: false, error: decision };
  const made: LineInstruction[] = [];
  for (const event of decision) {
    const instruction = lineInstructionFor(event, command.metadata);
    if (!instruction) continue;
    const moved = await handleCommand(store, instruction.streamId, instruction.command, budgetLineDecider, { maxAttempts: LINE_ATTEMPTS });
    if (!moved.ok) return { ok: false, error: moved.error };
    if (moved.events.length > 0) made.push(instruction);
  }
  const recorded = await handleCommand(store, streamId, command, decider, options);
  if (!recorded.ok) await undoOrphanedCommitments(store, streamId, made, command.metadata, recorded.error);
  return recorded;
}
