export { EventStoreDbEventStore, openEventStoreDbEventStore } from './eventstoredb-event-store';
export type { EventStoreDbOptions } from './eventstoredb-event-store';
export { OutboxUnsupportedError } from './outbox-unsupported-error';
