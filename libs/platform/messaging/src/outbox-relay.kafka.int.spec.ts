import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Admin, Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { openPostgresEventStore, OutboxMessage, SqlEventStore } from '@yunghap/event-store';
import { eventually, requireEngine, runWorker, uniqueName } from '@yunghap/testing';
import { IdempotentConsumer } from './idempotent-consumer';
import { deadLetterTopic, IntegrationMessage } from './integration-message';
import { ENVELOPE_HEADERS } from './integration-message.codec';
import { KafkaMessageBus } from './kafka/kafka-message-bus.adapter';
import { toOutboxMessage } from './outbox-message';
import { OutboxRelay } from './outbox-relay';
import { connectTestKafkaBus, engines, openTestPostgresStore } from './testing/engines';
import { readTopic } from './testing/kafka-topic-reader';
import { effectStream, newEvent, recordEffect, testMessage } from './testing/test-messages';

const silent = pino({ level: 'silent' });

describe('outbox relay over Kafka and PostgreSQL', () => {
  let store: SqlEventStore;
  let schema: string;
  let dropSchema: () => Promise<void>;
  let bus: KafkaMessageBus;
  let admin: Admin;
  let topic: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    await requireEngine(engines.kafka);
    ({ store, schema, drop: dropSchema } = await openTestPostgresStore());
    bus = await connectTestKafkaBus();
    admin = new Kafka({ clientId: 'relay-int-admin', brokers: engines.kafka.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });

  beforeEach(async () => {
    topic = uniqueName('relay');
    await bus.ensureTopics([topic, deadLetterTopic(topic)]);
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await bus?.close();
    await store?.close();
    await dropSchema?.();
  });

  const append = (outbox: readonly OutboxMessage[], into: Pick<SqlEventStore, 'appendToStream'> = store) =>
    into.appendToStream(`grant-${randomUUID()}`, [newEvent('AwardApproved')], { expectedVersion: 'no-stream', outbox });
  const countsById = (ids: readonly (string | undefined)[]) =>
    ids.reduce((counts, id) => counts.set(id, (counts.get(id) ?? 0) + 1), new Map<string | undefined, number>());

  /** Runs testing/relay-crash.worker.ts and resolves with how it ended, and what it printed. */
  const runDyingRelay = (settings: Record<string, string>) => runWorker(path.join(__dirname, 'testing', 'relay-crash.worker.ts'), settings, 30_000);

  it('loses nothing when the relay is killed mid-batch: the next relay publishes the rest, consumers apply each once', async () => {
    const messages = Array.from({ length: 10 }, (_, i) => testMessage(`award-${i}-${randomUUID()}`, { sequence: i }));
    for (const message of messages) await append([toOutboxMessage(topic, message)]);
    const name = uniqueName('grants-effects');
    const consumer = new IdempotentConsumer({ name, topics: [topic], handle: recordEffect, bus, processed: store, logger: silent });
    await consumer.start();
    cleanups.push(() => consumer.stop());

    // Batches of 4: the first is published and marked; the second dies after two of its four are on the topic.
    const dying = await runDyingRelay({ RELAY_SCHEMA: schema, RELAY_BATCH_SIZE: '4', RELAY_CRASH_AFTER: '6' });
    expect(dying).toMatchObject({ signal: 'SIGKILL' });
    expect((await store.pendingOutbox(100)).map((row) => row.messageId)).toEqual(messages.slice(4).map((message) => message.messageId));

    const relay = new OutboxRelay({ outbox: store, bus, logger: silent, batchSize: 4, pollIntervalMs: 200 });
    relay.start();
    cleanups.push(() => relay.stop());
    await eventually(async () => ((await store.pendingOutbox(100)).length === 0 ? true : undefined), 20_000, 'an empty outbox');

    const onTopic = await readTopic(engines.kafka.brokers, topic, (records) => records.length >= 12);
    const published = countsById(onTopic.map((record) => record.headers[ENVELOPE_HEADERS.messageId]));
    expect(messages.map((message) => published.get(message.messageId))).toEqual([1, 1, 1, 1, 2, 2, 1, 1, 1, 1]);

    // Every one of the twelve records handled (offset 12 committed), duplicates included, before counting effects.
    await eventually(
      async () => {
        const [{ partitions }] = await admin.fetchOffsets({ groupId: name, topics: [topic] });
        return partitions[0].offset === '12' ? true : undefined;
      },
      20_000,
      'the consumer to commit all twelve records',
    );
    const effects = async (message: IntegrationMessage) => (await store.readStream(effectStream(message))).length;
    expect(await Promise.all(messages.map(effects))).toEqual(messages.map(() => 1));
  });

  it('wakes on an append made through another connection long before its polling bound', async () => {
    const relay = new OutboxRelay({ outbox: store, bus, logger: silent, pollIntervalMs: 60_000 });
    relay.start();
    cleanups.push(() => relay.stop());
    await new Promise((resolve) => setTimeout(resolve, 500));

    const other = await openPostgresEventStore({ connectionString: engines.postgres.url, schema });
    cleanups.push(() => other.close());
    const message = testMessage(`center-${randomUUID()}`);
    await append([toOutboxMessage(topic, message)], other);

    const [record] = await readTopic(engines.kafka.brokers, topic, (records) => records.length >= 1, 10_000);
    expect(record.headers[ENVELOPE_HEADERS.messageId]).toBe(message.messageId);
  });
});
