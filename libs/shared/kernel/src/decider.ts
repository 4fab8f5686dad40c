import { Actor } from './actor';
import { DomainError } from './domain-error';

/** A fact that happened, as a context's domain knows it. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * What a command brings besides its data. The domain has no clock, no random ids and no
 * ambient user: the time, any new ids and the actor come in here, so replays are exact.
 */
export interface CommandMetadata {
  readonly now: string;
  readonly actor: Actor;
  readonly correlationId?: string;
  readonly causationId?: string;
}

export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** The events a command produces, or the reason it was refused. */
export type Decision<E> = readonly E[] | DomainError;

/**
 * An aggregate as two pure functions and a starting state.
 * Example: `const state = events.reduce(grant.evolve, grant.initialState());
 *           const decision = grant.decide(command, state);`
 */
export interface Decider<C, E, S> {
  readonly decide: (command: C, state: S) => Decision<E>;
  readonly evolve: (state: S, event: E) => S;
  readonly initialState: () => S;
}

/** For the `default` branch of every switch over a union: the compiler proves it unreachable. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
