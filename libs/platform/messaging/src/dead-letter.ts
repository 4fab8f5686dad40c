import { MessageHeaders } from './integration-message.codec';

/** Headers a parked message carries next to its original envelope, so it can be diagnosed and replayed. */
export const DEAD_LETTER_HEADERS = {
  consumer: 'dlq-consumer',
  errorName: 'dlq-error-name',
  errorMessage: 'dlq-error-message',
  errorStack: 'dlq-error-stack',
  attempts: 'dlq-attempts',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  failedAt: 'dlq-failed-at',
} as const;

/** Stacks can be long; Kafka refuses records above about 1 MB, and the top frames are what matter. */
const MAX_STACK_LENGTH = 8_000;

export interface DeadLetterOrigin {
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export function deadLetterHeaders(origin: DeadLetterOrigin, error: unknown, attempts: number, failedAt: Date): MessageHeaders {
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    [DEAD_LETTER_HEADERS.consumer]: origin.consumer,
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
