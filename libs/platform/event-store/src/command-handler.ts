import { randomUUID } from 'node:crypto';
import { Actor, Decider, DomainCommand, DomainError, DomainEvent, isDomainError } from '@yunghap/kernel';
import { traceContextIn } from '@yunghap/telemetry';
import { ConcurrencyConflictError, WrongExpectedVersionError } from './errors';
import { JsonValue, NewEvent, OutboxMessage, RecordedEvent } from './event-store.port';
import { EventStoreSession } from './transaction.port';

export interface HandleOptions<E extends DomainEvent, S> {
  /** Attempts before a lost race becomes a `ConcurrencyConflictError` (409). Default 3. */
  readonly maxAttempts?: number;
  /** Integration messages to publish with the events, in the same transaction (the outbox). */
  readonly outbox?: (events: readonly E[], state: S, context: OutboxContext) => readonly OutboxMessage[];
  /** Schema version recorded with each event type (default 1); upcasters key on it. */
  readonly schemaVersionOf?: (type: E['type']) => number;
  readonly newId?: () => string;
}

/** What an outbox mapping needs to build integration messages that trace back to the command. */
export interface OutboxContext {
  readonly streamId: string;
  /** The stream's version after the append. */
  readonly version: number;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly occurredAt: string;
  readonly actor: Actor;
}

export type HandleResult<E, S> =
  | { readonly ok: true; readonly events: readonly E[]; readonly state: S; readonly version: number; readonly lastPosition: number | null }
  | { readonly ok: false; readonly error: DomainError };

/** Rebuilds an aggregate's state from its stream; events are trusted to be of the decider's types. */
export function foldStream<E extends DomainEvent, S>(events: readonly RecordedEvent[], decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>): S {
  return events.reduce((state, event) => decider.evolve(state, { type: event.type, data: event.data } as E), decider.initialState());
}

/**
 * Load, decide, append with the expected version; on a lost race re-read and decide again,
 * a bounded number of times. A refused command comes back as `{ ok: false, error }`.
 * Example: `const result = await handleCommand(store, 'budget-line-it', command, budgetLine);`
 */
export async function handleCommand<C extends DomainCommand, E extends DomainEvent, S>(
  store: EventStoreSession,
  streamId: string,
  command: C,
  decider: Decider<C, E, S>,
  options: HandleOptions<E, S> = {},
): Promise<HandleResult<E, S>> {
  const maxAttempts = options.maxAttempts ?? 3;
  const newId = options.newId ?? randomUUID;
  const correlationId = command.metadata.correlationId ?? newId();
  // The span the command runs in (an HTTP request's, a consumer's), kept with its events and messages.
  const traceContext = traceContextIn();

  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const stored = await store.readStream(streamId);
    const state = foldStream(stored, decider);
    const version = stored.at(-1)?.version ?? 0;
    const decision = decider.decide(command, state);
    if (isDomainError(decision)) return { ok: false, error: decision };
    if (decision.length === 0) return { ok: true, events: [], state, version, lastPosition: null };

    const nextState = decision.reduce(decider.evolve, state);
    const events: NewEvent[] = decision.map((event) => ({
      eventId: newId(),
      type: event.type,
      data: event.data as JsonValue,
      metadata: {
        actor: command.metadata.actor,
        correlationId,
        causationId: command.metadata.causationId ?? null,
        occurredAt: command.metadata.now,
        schemaVersion: options.schemaVersionOf?.(event.type) ?? 1,
        ...(traceContext && { traceContext }),
      },
    }));
    const messages =
      options.outbox?.(decision, nextState, {
        streamId,
        version: version + decision.length,
        correlationId,
        causationId: command.metadata.causationId ?? null,
        occurredAt: command.metadata.now,
        actor: command.metadata.actor,
      }) ?? [];
    // The relay publishes later, outside this span: the row keeps the context to publish under.
    const outbox = traceContext ? messages.map((message) => ({ ...message, headers: { ...message.headers, ...traceContext } })) : messages;
    try {
      const appended = await store.appendToStream(streamId, events, { expectedVersion: version === 0 ? 'no-stream' : version, outbox });
      return { ok: true, events: decision, state: nextState, version: appended.nextExpectedVersion, lastPosition: appended.lastPosition };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
  }
  throw new ConcurrencyConflictError(streamId, maxAttempts);
}
