/** An event with the instant its command was decided (the stored `occurredAt`), for audit queries. */
export interface TimedEvent<E> {
  readonly event: E;
  readonly occurredAt: string;
}

/** Instants are ISO-8601 strings with an offset; they are compared as moments, not as text. */
export function instantOf(value: string): number {
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new RangeError(`Not an ISO-8601 instant: ${value}`);
  return instant;
}
