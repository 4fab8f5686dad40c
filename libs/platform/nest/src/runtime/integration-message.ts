import { randomUUID } from 'node:crypto';
import { ContractDefinition, contractPayload } from '@yunghap/contracts';
import { JsonValue, OutboxContext, OutboxMessage } from '@yunghap/event-store';
import { toOutboxMessage } from '@yunghap/messaging';

/**
 * An outbox row for one published contract, traced to the command that caused it. The payload
 * is checked against the contract here, so an invalid message fails the command, not a consumer.
 * Example: `outbox: (events, state, ctx) => [publish(ProvinceRoutingChangedV1, province, payload, ctx)]`
 */
export function publish<P extends object>(contract: ContractDefinition<P>, key: string, payload: P, context: OutboxContext): OutboxMessage {
  return toOutboxMessage(contract.topic, {
    messageId: randomUUID(),
    type: contract.type,
    schemaVersion: contract.schemaVersion,
    key,
    occurredAt: context.occurredAt,
    correlationId: context.correlationId,
    causationId: context.causationId,
    ...(context.actor.role === 'system' ? {} : { actor: context.actor }),
    payload: contractPayload(contract, payload) as unknown as JsonValue,
  });
}
