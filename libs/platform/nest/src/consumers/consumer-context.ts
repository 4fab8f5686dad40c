import { EventStoreTransaction, handleCommand, HandleOptions, HandleResult } from '@yunghap/event-store';
import { CommandMetadata, Decider, DomainCommand, DomainEvent } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import type { Logger } from 'pino';
import { systemMetadata } from '../runtime/command-metadata';
import { RefusalRules, settleRefusal } from './refusal-rules';

/** How `ConsumerContext.execute` runs a command (what it publishes with it, say), and what its refusals mean. */
export interface ExecuteOptions<E extends DomainEvent, S> extends HandleOptions<E, S>, RefusalRules {}

/**
 * What an effect (see `on`) works with. It reads and appends through `session` only, so its
 * events commit with the processed message id, and settles every refusal by its rules.
 */
export interface ConsumerContext {
  readonly message: IntegrationMessage;
  /**
   * The platform acting, with the message's correlation id and the message id as causation, at
   * the time the message's fact happened: a message retried across New Year, or replayed from the
   * dead-letter topic months later, is still dated, and booked to the program year, as it happened.
   */
  readonly metadata: CommandMetadata;
  /** The consumer's transaction: it may lock streams to decide over several (see `EventStoreTransaction`). */
  readonly session: EventStoreTransaction;
  /** The consumer's, bound to the delivery. */
  readonly logger: Logger;
  /** `handleCommand` through the session, its refusal settled by `options`; a tolerated refusal comes back as the result. */
  execute<C extends DomainCommand, E extends DomainEvent, S>(
    streamId: string,
    command: C,
    decider: Decider<C, E, S>,
    options?: ExecuteOptions<E, S>,
  ): Promise<HandleResult<E, S>>;
  /** Settles the refusal of a result obtained another way (money moved on a line, say) as `execute` does, and returns it. */
  settle<E, S>(result: HandleResult<E, S>, rules?: RefusalRules): HandleResult<E, S>;
}

export function consumerContext(message: IntegrationMessage, session: EventStoreTransaction, logger: Logger): ConsumerContext {
  const settle = <E, S>(result: HandleResult<E, S>, rules: RefusalRules = {}, fields?: Readonly<Record<string, unknown>>) => {
    if (!result.ok) settleRefusal(result.error, rules, message.messageId, logger, fields);
    return result;
  };
  return {
    message,
    metadata: systemMetadata(message.correlationId, message.messageId, new Date(message.occurredAt).toISOString()),
    session,
    logger,
    execute: async (streamId, command, decider, { tolerate, retry, ...options } = {}) =>
      settle(await handleCommand(session, streamId, command, decider, options), { tolerate, retry }, { streamId, command: command.type }),
    settle: (result, rules) => settle(result, rules),
  };
}
