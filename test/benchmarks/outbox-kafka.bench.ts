// Outbox → relay → Kafka → idempotent consumer, end to end, against a baseline in the same
// run: kafkajs producing and consuming the same number of messages with nothing in between.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { Client } from 'pg';
import { openPostgresEventStore } from '@yunghap/event-store';
import { IdempotentConsumer, KafkaMessageBus, OutboxRelay, toOutboxMessage } from '@yunghap/messaging';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { percentile, perSecond, recordBenchmark } from './record';

const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 2_000);
const logger = pino({ level: 'silent' });

async function waitUntil(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function baseline(brokers: string[]): Promise<{ rate: number; latencies: number[] }> {
  const topic = uniqueName('bench.raw');
  const kafka = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: uniqueName('bench-raw') });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const latencies: number[] = [];
  await consumer.run({ eachMessage: async ({ message }) => void latencies.push(Date.now() - Number(message.value?.toString())) });
  const started = process.hrtime.bigint();
  for (let i = 0; i < MESSAGES; i += 1) await producer.send({ topic, acks: -1, messages: [{ key: `k-${i % 50}`, value: String(Date.now()) }] });
  await waitUntil(() => latencies.length >= MESSAGES, 'the raw consumer');
  const rate = perSecond(MESSAGES, process.hrtime.bigint() - started);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { rate, latencies };
}

async function throughOutbox(brokers: string[], postgresUrl: string): Promise<{ rate: number; latencies: number[] }> {
  const schema = uniqueName('bench_outbox').toLowerCase();
  const store = await openPostgresEventStore({ connectionString: postgresUrl, schema });
  const bus = await KafkaMessageBus.connect({ clientId: 'bench-outbox', brokers, logger });
  const topic = uniqueName('bench.outbox');
  const latencies: number[] = [];
  const consumer = new IdempotentConsumer({
    name: uniqueName('bench-consumer'),
    topics: [topic],
    bus,
    processed: store,
    logger,
    handle: async (message) => void latencies.push(Date.now() - Date.parse(message.occurredAt)),
  });
  await consumer.start();
  const relay = new OutboxRelay({ outbox: store, bus, logger });
  relay.start();

  const started = process.hrtime.bigint();
  for (let i = 0; i < MESSAGES; i += 1) {
    const now = new Date().toISOString();
    const message = {
      messageId: randomUUID(),
      type: 'bench.Awarded',
      schemaVersion: 1,
      key: `grant-${i}`,
      occurredAt: now,
      correlationId: randomUUID(),
      causationId: null,
      payload: { i },
    };
    await store.appendToStream(
      `grant-${i}`,
      [
        {
          eventId: randomUUID(),
          type: 'Awarded',
          data: { i },
          metadata: { actor: { userId: 'bench', role: 'system' }, correlationId: message.correlationId, causationId: null, occurredAt: now, schemaVersion: 1 },
        },
      ],
      {
        expectedVersion: 'no-stream',
        outbox: [toOutboxMessage(topic, message)],
      },
    );
  }
  await waitUntil(() => latencies.length >= MESSAGES, 'the idempotent consumer');
  const rate = perSecond(MESSAGES, process.hrtime.bigint() - started);

  await consumer.stop();
  await relay.stop();
  await bus.close();
  await store.close();
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
  return { rate, latencies };
}

async function main(): Promise<void> {
  const { kafka, postgres } = localEngines();
  await requireEngine(kafka);
  await requireEngine(postgres);
  const raw = await baseline(kafka.brokers);
  const ours = await throughOutbox(kafka.brokers, postgres.url);
  const row = (name: string, r: { rate: number; latencies: number[] }) => {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    return [name, MESSAGES, r.rate, percentile(sorted, 50), percentile(sorted, 99)];
  };
  recordBenchmark(
    'Outbox → Kafka → idempotent consumer',
    ['path', 'messages', 'throughput (msg/s)', 'p50 latency (ms)', 'p99 latency (ms)'],
    [row('kafkajs produce → consume (baseline)', raw), row('append with outbox → relay → Kafka → IdempotentConsumer', ours)],
    [
      `Ratio of throughputs: ${(ours.rate / raw.rate).toFixed(2)}. One writer appending one event (and one outbox row) per transaction; latency from commit time to the consumer's handler, processed id stored in PostgreSQL with the effect.`,
    ],
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
