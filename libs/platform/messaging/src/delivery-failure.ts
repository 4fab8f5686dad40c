import { isEventStoreUnavailable, isUnstorableData } from '@yunghap/event-store';
import { RefusedMessageError } from './messaging.errors';

/**
 * What a failed delivery calls for:
 * - `unavailable`: the event store is down or timed out; the message is not at fault, so it is
 *   delivered again later and never parked, however long the outage lasts;
 * - `unstorable`: the store refused the message's data, which no retry can change: parked now;
 * - `refused`: a `RefusedMessageError` no other message can lift, or an error the consumer's
 *   `isRefusal` says the message itself can never get past: parked now;
 * - `failed`: anything else, retried by the retry policy and parked after its last attempt.
 */
export type DeliveryFailure = 'unavailable' | 'unstorable' | 'refused' | 'failed';

/** Handlers and drivers wrap errors; the store's own error may sit a few causes down. */
const MAX_CAUSE_DEPTH = 8;

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let current = error;
    current !== undefined && current !== null && chain.length < MAX_CAUSE_DEPTH;
    current = current instanceof Error ? current.cause : undefined
  ) {
    chain.push(current);
  }
  return chain;
}

/** A retryable refusal may be lifted by a message not consumed yet: it is retried like any failure. */
const isFinalRefusal = (error: unknown) => error instanceof RefusedMessageError && !error.retryable;

export function classifyFailure(error: unknown, isRefusal: (error: unknown) => boolean = () => false): DeliveryFailure {
  const chain = causeChain(error);
  if (chain.some(isEventStoreUnavailable)) return 'unavailable';
  if (chain.some(isUnstorableData)) return 'unstorable';
  if (chain.some((cause) => isFinalRefusal(cause) || isRefusal(cause))) return 'refused';
  return 'failed';
}
