import type { StoredResponse } from '@yunghap/event-store';

/** Thrown to answer a repeated request with its first answer; the problem filter writes it out as stored. */
export class ReplayedResponse extends Error {
  constructor(readonly response: StoredResponse) {
    super('replaying the first answer to this Idempotency-Key');
  }
}
