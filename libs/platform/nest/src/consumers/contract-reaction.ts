import { ContractDefinition } from '@yunghap/contracts';
import { CommandMetadata, Decider, DomainCommand, DomainEvent } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import { contractPayloadOf } from '../runtime/contract-message';
import { ConsumerContext, ExecuteOptions } from './consumer-context';

/** One contract a consumer reads, and what its messages mean: built by `on` or `CommandTarget.on`, read by `defineConsumer`. */
export interface ContractReaction {
  readonly type: string;
  readonly topic: string;
  readonly react: (message: IntegrationMessage, context: ConsumerContext) => Promise<void>;
}

/** What a message does when it means more than one command, or a command run another way (money moved on a line). */
export type Effect<P> = (payload: P, context: ConsumerContext) => Promise<void>;

/**
 * The escape hatch: `effect` runs for each message of `contract`, its payload validated first.
 * It appends through `context.execute` (or `context.session` and `context.settle`), which keep the
 * refusal rules. Prefer `CommandTarget.on` for a message that means one command.
 */
export function on<P extends object>(contract: ContractDefinition<P>, effect: Effect<P>): ContractReaction {
  return {
    type: contract.type,
    topic: contract.topic,
    react: async (message, context) => {
      const payload = contractPayloadOf(contract, message);
      if (payload !== null) await effect(payload, context);
    },
  };
}

/** The command a message means. `metadata`: the platform acting, the message's correlation id, the message id as causation. */
export type CommandOf<P, C> = (payload: P, metadata: CommandMetadata, message: IntegrationMessage) => C;

export interface CommandTargetOptions<C extends DomainCommand, E extends DomainEvent, S> extends ExecuteOptions<E, S> {
  readonly decider: Decider<C, E, S>;
  /** The stream a command is decided on. */
  readonly streamId: (command: C) => string;
}

/** Where the commands of some contracts go; `on` says which command a contract's message means. */
export interface CommandTarget<C extends DomainCommand> {
  on<P extends object>(contract: ContractDefinition<P>, command: CommandOf<P, C>): ContractReaction;
}

/**
 * A decider, the stream each of its commands is decided on, the messages its events publish and
 * what its refusals mean (`tolerate`, `retry`: see `RefusalRules`), for the commands that messages
 * mean. Made before any contract is named so that the decider alone fixes the command type: each
 * command literal is then checked against the decider's union (inferred in the same call as the
 * command, its `type` would widen to string).
 * Example:
 *   const knownCall = commandTarget({ decider: knownCallDecider, streamId: (command) => knownCallStreamId(command.data.callId) });
 *   knownCall.on(CallClosedV1, ({ callId, closedAt }, metadata) => ({ type: 'RecordCallClosed', data: { callId, closedAt }, metadata }));
 */
export function commandTarget<C extends DomainCommand, E extends DomainEvent, S>(target: CommandTargetOptions<C, E, S>): CommandTarget<C> {
  const { decider, streamId, ...options } = target;
  return {
    on: (contract, commandOf) =>
      on(contract, async (payload, context) => {
        const command = commandOf(payload, context.metadata, context.message);
        await context.execute(streamId(command), command, decider, options);
      }),
  };
}
