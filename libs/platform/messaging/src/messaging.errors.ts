import { DomainError } from '@yunghap/kernel';

/** A record that is not a well-formed integration message (missing header, bad JSON, empty id…). */
export class MalformedMessageError extends Error {
  constructor(readonly reason: string) {
    super(`Malformed integration message: ${reason}`);
    this.name = 'MalformedMessageError';
  }
}

/** Where a message came from and what it is: enough to find it again on the broker and in the logs. */
export interface MessageContext {
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly messageId: string;
  readonly type: string;
}

/** A consumer could not handle a message; `cause` holds the underlying error. */
export class MessageHandlingError extends Error {
  constructor(
    readonly context: MessageContext,
    what: string,
    options: { cause: unknown },
  ) {
    const cause = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(
      `${context.consumer}: ${what} for ${context.type} ${context.messageId} (${context.topic}[${context.partition}]@${context.offset}): ${cause}`,
      options,
    );
    this.name = 'MessageHandlingError';
  }
}

/**
 * A consumer's decider refused the command a message means. The one error a consumer throws for a
 * refusal: `IdempotentConsumer` parks the message on the dead-letter topic at once, since the same
 * message meets the same refusal on every delivery, unless another message may still lift it
 * (`retryBecause`: one on another topic, not consumed yet), when the retry policy applies first.
 */
export class RefusedMessageError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(
    readonly messageId: string,
    readonly refusal: DomainError,
    options: { readonly retryBecause?: string } = {},
  ) {
    const retried = options.retryBecause === undefined ? '' : ` (retried: ${options.retryBecause})`;
    super(`${refusal.code}: ${refusal.message}${retried}`);
    this.name = 'RefusedMessageError';
    this.code = refusal.code;
    this.retryable = options.retryBecause !== undefined;
  }
}
