import { MessageHeaders } from './integration-message.codec';

/** Headers a parked message carries next to its original envelope, so it can be diagnosed and replayed. */
export const DEAD_LETTER_HEADERS = {
  consumer: 'dlq-consumer',
  reason: 'dlq-reason',
  errorName: 'dlq-error-name',
  errorMessage: 'dlq-error-message',
  errorStack: 'dlq-error-stack',
  attempts: 'dlq-attempts',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  failedAt: 'dlq-failed-at',
} as const;

/**
 * Why a message was parked, for sorting the dead-letter topic and labelling metrics:
 * - `malformed`: not an integration message (bad JSON, missing or unreadable envelope headers);
 * - `unstorable`: the store refused its data (SQLSTATE class 22), which no retry can change;
 * - `refused`: the handler refused it: its decider did (`RefusedMessageError`), or the consumer's
 *   `isRefusal` says so, e.g. of a payload breaking its contract;
 * - `retries-exhausted`: the handler failed on every attempt of the retry policy.
 */
export type ParkReason = 'malformed' | 'unstorable' | 'refused' | 'retries-exhausted';

/** Stacks can be long; Kafka refuses records above about 1 MB, and the top frames are what matter. */
const MAX_STACK_LENGTH = 8_000;

export interface DeadLetterOrigin {
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export function deadLetterHeaders(origin: DeadLetterOrigin, reason: ParkReason, error: unknown, attempts: number, failedAt: Date): MessageHeaders {
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    [DEAD_LETTER_HEADERS.consumer]: origin.consumer,
    [DEAD_LETTER_HEADERS.reason]: reason,
    [DEAD_LETTER_HEADERS.errorName]: failure.name,
    [DEAD_LETTER_HEADERS.errorMessage]: failure.message,
    [DEAD_LETTER_HEADERS.errorStack]: (failure.stack ?? '').slice(0, MAX_STACK_LENGTH),
    [DEAD_LETTER_HEADERS.attempts]: String(attempts),
    [DEAD_LETTER_HEADERS.originalTopic]: origin.topic,
    [DEAD_LETTER_HEADERS.originalPartition]: String(origin.partition),
    [DEAD_LETTER_HEADERS.originalOffset]: origin.offset,
    [DEAD_LETTER_HEADERS.failedAt]: failedAt.toISOString(),
  };
}
