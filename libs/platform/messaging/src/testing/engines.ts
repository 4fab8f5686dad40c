import pino, { Logger } from 'pino';
import { Client } from 'pg';
import { openPostgresEventStore, SqlEventStore } from '@yunghap/event-store';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { KafkaMessageBus } from '../kafka/kafka-message-bus.adapter';

export const engines = localEngines();

/** Kafka tuned for tests: a member is evicted within seconds and nothing waits on production defaults. */
export function connectTestKafkaBus(logger: Logger = pino({ level: 'silent' }), clientId = 'messaging-int'): Promise<KafkaMessageBus> {
  return KafkaMessageBus.connect({
    clientId,
    brokers: engines.kafka.brokers,
    logger,
    retry: { retries: 3, initialRetryTime: 100 },
    consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 200, redeliveryDelayMs: 50 },
  });
}

/** An event store in a schema of its own on the PostgreSQL server; `drop` removes the schema. */
export async function openTestPostgresStore(
  schema = uniqueName('messaging').toLowerCase(),
): Promise<{ store: SqlEventStore; schema: string; drop(): Promise<void> }> {
  await requireEngine(engines.postgres);
  const store = await openPostgresEventStore({ connectionString: engines.postgres.url, schema });
  return {
    store,
    schema,
    drop: async () => {
      const admin = new Client({ connectionString: engines.postgres.url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}
