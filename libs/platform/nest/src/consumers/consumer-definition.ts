import { upcastToCurrent } from '@yunghap/contracts';
import { IntegrationMessageHandler } from '@yunghap/messaging';
import { consumerContext } from './consumer-context';
import { ContractReaction } from './contract-reaction';

/** A consumer of other services' integration events, as the runtime runs it (`SERVICE_CONSUMERS`). */
export interface ConsumerDefinition {
  /** Stable: it is the consumer group and the key of the processed-message log. */
  readonly name: string;
  readonly topics: readonly string[];
  readonly handle: IntegrationMessageHandler;
}

export interface ConsumerSpecification {
  /** Stable: it is the consumer group and the key of the processed-message log. */
  readonly name: string;
  /** One reaction per contract read (`CommandTarget.on`, or `on` for an effect); the topics are theirs. */
  readonly reads: readonly ContractReaction[];
}

/**
 * A consumer in the platform's one shape: for each contract it reads, the command a message means
 * on a `commandTarget` (decider, stream, refusals to tolerate), or an effect. A message of any other
 * type on its topics is acknowledged and changes nothing; a refusal neither tolerated nor retried
 * throws `RefusedMessageError`, which parks the message. A message of an older contract version is
 * upcast first (`upcastToCurrent`), so reactions name only current contracts.
 * Example:
 *   const knownCall = commandTarget({ decider: knownCallDecider, streamId: (command) => knownCallStreamId(command.data.callId) });
 *   export const knownCallsConsumer = defineConsumer({
 *     name: 'evaluation.known-calls',
 *     reads: [knownCall.on(CallOpenedV1, (payload, metadata) => …), knownCall.on(CallClosedV1, (payload, metadata) => …)],
 *   });
 */
export function defineConsumer({ name, reads }: ConsumerSpecification): ConsumerDefinition {
  const reactions = new Map(reads.map((reaction) => [reaction.type, reaction]));
  if (reactions.size !== reads.length) throw new Error(`Consumer ${name} reads a contract more than once`);
  return {
    name,
    topics: [...new Set(reads.map((reaction) => reaction.topic))],
    handle: async (received, session, logger) => {
      const message = upcastToCurrent(received);
      await reactions.get(message.type)?.react(message, consumerContext(message, session, logger));
    },
  };
}
