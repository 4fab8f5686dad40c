/**
 * Attribute names of the OpenTelemetry semantic conventions that are still incubating, spelled
 * here rather than imported: the package's incubating entry point may rename them in any minor
 * release, and a rename must be a change we make, not one an upgrade makes for us.
 */
export const MESSAGING_ATTRIBUTES = {
  system: 'messaging.system',
  operationType: 'messaging.operation.type',
  operationName: 'messaging.operation.name',
  destination: 'messaging.destination.name',
  partition: 'messaging.destination.partition.id',
  consumerGroup: 'messaging.consumer.group.name',
  messageId: 'messaging.message.id',
  kafkaKey: 'messaging.kafka.message.key',
  kafkaOffset: 'messaging.kafka.offset',
} as const;

export const SERVICE_NAMESPACE_ATTRIBUTE = 'service.namespace';

/** Yunghap's own attributes, under its own prefix as the conventions ask. */
export const YUNGHAP_ATTRIBUTES = {
  commandType: 'yunghap.command.type',
  streamId: 'yunghap.stream.id',
  streamVersion: 'yunghap.stream.version',
  position: 'yunghap.event_store.position',
  correlationId: 'yunghap.correlation_id',
  refusal: 'yunghap.command.refusal',
  messageType: 'yunghap.message.type',
  outboxId: 'yunghap.outbox.id',
  consumerOutcome: 'yunghap.consumer.outcome',
  projection: 'yunghap.projection',
  fromPosition: 'yunghap.projection.from_position',
  toPosition: 'yunghap.projection.to_position',
  eventCount: 'yunghap.projection.event_count',
} as const;
