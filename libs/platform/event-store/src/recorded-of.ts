import type { EventStore, RecordedEvent } from './event-store.port';

/** A domain event as its context declares it: a type and the data that type carries. */
export interface DomainEventShape {
  readonly type: string;
  readonly data: unknown;
}

/**
 * A recorded event seen as one of a context's domain events: checking `event.type` narrows
 * `event.data`, and the metadata, version and position stay at hand.
 */
export type RecordedOf<E extends DomainEventShape> = E extends unknown
  ? Omit<RecordedEvent, 'type' | 'data'> & { readonly type: E['type']; readonly data: E['data'] }
  : never;

/** The domain event a recorded one carries: its type and data, without the store's envelope. */
export function domainEventOf<E extends DomainEventShape>(event: RecordedOf<E>): E {
  // Distributing RecordedOf over the union pairs each type with its data; TypeScript cannot see that the pair rebuilt here is one member.
  return { type: event.type, data: event.data } as E;
}

/**
 * A stream's events as the domain events its decider appended, `E` being the decider's event
 * union: the one place where a stream read for a command or a report is taken at the word of
 * the code that wrote it (projections get theirs typed through `defineProjection`).
 * Example: `const events = await readStreamOf<GrantEvent>(store, GrantsStreams.grant(id));`
 */
export async function readStreamOf<E extends DomainEventShape>(store: Pick<EventStore, 'readStream'>, streamId: string): Promise<RecordedOf<E>[]> {
  return (await store.readStream(streamId)) as RecordedOf<E>[];
}
