import { randomUUID } from 'node:crypto';
import type { WitnessEntry } from '@yunghap/audit-log';
import type { JsonValue } from '@yunghap/event-store';
import type { CheckpointWitness } from '@yunghap/audit-log';
import type { IntegrationMessage, MessageBus } from '@yunghap/messaging';

/** Where every service's checkpoints go, for the other services to witness (and anyone to archive). */
export const AUDIT_CHECKPOINTS_TOPIC = 'yunghap.audit.checkpoints';
export const CHECKPOINT_SIGNED = 'audit.CheckpointSigned';

/** A witness on the bus: publishes each checkpoint, with its leaf hashes, keyed by origin (one log's in order). */
export class BusCheckpointWitness implements CheckpointWitness {
  readonly name = `topic ${AUDIT_CHECKPOINTS_TOPIC}`;

  constructor(private readonly bus: MessageBus) {}

  async record(entry: WitnessEntry): Promise<void> {
    const message: IntegrationMessage = {
      messageId: randomUUID(),
      type: CHECKPOINT_SIGNED,
      schemaVersion: 1,
      key: entry.origin,
      occurredAt: new Date().toISOString(),
      correlationId: randomUUID(),
      causationId: null,
      payload: entry as unknown as JsonValue,
    };
    await this.bus.publish([{ topic: AUDIT_CHECKPOINTS_TOPIC, message }]);
  }
}
