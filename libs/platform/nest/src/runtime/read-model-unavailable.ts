/**
 * A read the service cannot answer truthfully now: a projection is catching up, retrying after
 * its store failed, or has not reached the position the client asked for. Answered 503 with
 * Retry-After, so clients wait instead of reading a stale or half-built view.
 */
export class ReadModelUnavailable extends Error {
  constructor(
    readonly detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
    this.name = 'ReadModelUnavailable';
  }
}
