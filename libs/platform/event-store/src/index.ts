export * from './event-store.port';
export * from './errors';
export * from './outbox.port';
export * from './processed-messages.port';
export * from './catch-up-subscription';
export * from './open-event-store';
export { SqlEventStore } from './sql/sql-event-store';
export type { NodePostgresOptions } from './sql/node-postgres.database';
export * from './command-handler';
