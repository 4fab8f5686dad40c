import { ContractDefinition, parseContract } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';

/** A message of a known type whose payload shape this service cannot read (a newer version). */
export class UnsupportedSchemaVersionError extends Error {
  constructor(type: string, received: number, supported: number) {
    super(`${type} v${received} is not supported; this service reads v${supported}`);
    this.name = 'UnsupportedSchemaVersionError';
  }
}

/**
 * The validated payload when the message is of the contract's type, or null for any other type
 * on the topic (a topic carries every event of its context). A payload that breaks its contract,
 * or a version this service cannot read, throws: the consumer retries and then parks it on the
 * dead-letter topic rather than silently dropping it.
 * Example: `const completed = contractPayloadOf(EvaluationCompletedV1, message); if (completed) …`
 */
export function contractPayloadOf<P extends object>(contract: ContractDefinition<P>, message: IntegrationMessage): P | null {
  if (message.type !== contract.type) return null;
  if (message.schemaVersion !== contract.schemaVersion) throw new UnsupportedSchemaVersionError(message.type, message.schemaVersion, contract.schemaVersion);
  return parseContract(contract, message.payload);
}
