// Child process of outbox-relay.kafka.int.spec.ts: an outbox relay that dies by SIGKILL in the
// middle of a batch, after Kafka has acknowledged part of it and before the batch is marked.
import pino from 'pino';
import { openPostgresEventStore } from '@yunghap/event-store';
import { MessageBus } from '../message-bus.port';
import { OutboxRelay } from '../outbox-relay';
import { connectTestKafkaBus, engines } from './engines';

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`relay-crash worker: ${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const crashAfter = Number(setting('RELAY_CRASH_AFTER'));
  const logger = pino({ level: 'warn', base: { process: 'relay-crash-worker' } });
  const store = await openPostgresEventStore({ connectionString: engines.postgres.url, schema: setting('RELAY_SCHEMA') });
  const bus = await connectTestKafkaBus(logger, 'relay-crash-worker');
  let published = 0;
  const dying: Pick<MessageBus, 'publish'> = {
    publish: async (messages) => {
      const room = crashAfter - published;
      if (messages.length <= room) {
        await bus.publish(messages);
        published += messages.length;
        return;
      }
      await bus.publish(messages.slice(0, room));
      process.kill(process.pid, 'SIGKILL');
    },
  };
  new OutboxRelay({ outbox: store, bus: dying, logger, batchSize: Number(setting('RELAY_BATCH_SIZE')), retryDelayMs: 60_000 }).start();
}

main().catch((error: unknown) => {
  pino().fatal({ err: error }, 'relay-crash worker failed');
  process.exit(1);
});
