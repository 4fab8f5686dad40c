import { randomUUID } from 'node:crypto';
import { Admin, IHeaders, Kafka, logLevel, Producer } from 'kafkajs';
import { Client } from 'pg';
import { EventStoreSession, SqlEventStore } from '@yunghap/event-store';
import { eventually, requireEngine, uniqueName } from '@yunghap/testing';
import { ConsumerEvent } from './consumer-status';
import { DEAD_LETTER_HEADERS } from './dead-letter';
import { IdempotentConsumer, IdempotentConsumerOptions, IntegrationMessageHandler } from './idempotent-consumer';
import { deadLetterTopic, IntegrationMessage } from './integration-message';
import { encodeMessage, ENVELOPE_HEADERS } from './integration-message.codec';
import { KafkaMessageBus } from './kafka/kafka-message-bus.adapter';
import { connectTestKafkaBus, engines, openTestPostgresStore } from './testing/engines';
import { readTopic, RecordOnTopic } from './testing/kafka-topic-reader';
import { capturingLogger, effectStream, newEvent, recordEffect, testMessage } from './testing/test-messages';

/** What a handler's contract check throws for a payload or version it cannot read. */
class ContractViolationError extends Error {
  constructor(message: IntegrationMessage) {
    super(`${message.type} v${message.schemaVersion} breaks its contract`);
    this.name = 'ContractViolationError';
  }
}

describe('idempotent consumer over Kafka and PostgreSQL: poison messages', () => {
  let bus: KafkaMessageBus;
  let store: SqlEventStore;
  let schema: string;
  let dropSchema: () => Promise<void>;
  let producer: Producer;
  let admin: Admin;
  let sql: Client;
  const running: IdempotentConsumer[] = [];

  beforeAll(async () => {
    await requireEngine(engines.kafka);
    ({ store, schema, drop: dropSchema } = await openTestPostgresStore());
    bus = await connectTestKafkaBus();
    const kafka = new Kafka({ clientId: 'poison-int-raw', brokers: engines.kafka.brokers, logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
    sql = new Client({ connectionString: engines.postgres.url, application_name: 'messaging-poison-int' });
    await sql.connect();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
  });

  afterAll(async () => {
    await sql?.end();
    await producer?.disconnect();
    await admin?.disconnect();
    await bus?.close();
    await store?.close();
    await dropSchema?.();
  });

  const freshTopic = async () => {
    const topic = uniqueName('poison');
    await bus.ensureTopics([topic, deadLetterTopic(topic)]);
    return topic;
  };

  const consumer = (topic: string, handle: IntegrationMessageHandler, options: Partial<IdempotentConsumerOptions> = {}) => {
    const events: ConsumerEvent[] = [];
    const started = new IdempotentConsumer({
      name: uniqueName('poison-consumer'),
      topics: [topic],
      handle,
      bus,
      processed: store,
      logger: capturingLogger().logger,
      retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 },
      onEvent: (event) => events.push(event),
      ...options,
    });
    running.push(started);
    return { consumer: started, events };
  };

  const effects = async (message: IntegrationMessage) => (await store.readStream(effectStream(message))).length;
  const handled = (message: IntegrationMessage) =>
    eventually(async () => ((await effects(message)) > 0 ? true : undefined), 20_000, `the effect of ${message.key}`);
  const parkedOn = (topic: string, count: number) => readTopic(engines.kafka.brokers, deadLetterTopic(topic), (records) => records.length >= count);
  const processedIds = async (consumerName: string) =>
    (await sql.query<{ message_id: string }>(`SELECT message_id FROM ${schema}.es_processed_messages WHERE consumer = $1`, [consumerName])).rows.map(
      (row) => row.message_id,
    );
  const sendRaw = (topic: string, records: { key: string; value: string; headers: IHeaders }[]) => producer.send({ topic, acks: -1, messages: records });
  const wireHeaders = (message: IntegrationMessage): IHeaders => ({ ...encodeMessage(message).headers });

  /** The poison first, then a good message: once the good one is handled, the consumer has moved past the poison. */
  async function poisonThenSentinel(topic: string, sendPoison: () => Promise<unknown>) {
    const sentinel = testMessage(`sentinel-${randomUUID()}`);
    await sendPoison();
    await bus.publish([{ topic, message: sentinel }]);
    return sentinel;
  }

  it.each<[string, () => { key: string; value: string; headers: IHeaders }, RegExp]>([
    ['a value that is not JSON', () => ({ key: 'award-1', value: '{"amountWon": 48', headers: wireHeaders(testMessage('award-1')) }), /value is not JSON/],
    [
      'JSON that is not an integration-message envelope',
      () => ({ key: 'award-2', value: JSON.stringify(testMessage('award-2')), headers: { 'content-type': 'application/json' } }),
      /schema-version is missing/,
    ],
  ])('parks %s, unhandled, and goes on', async (_case, poisonRecord, reason) => {
    const topic = await freshTopic();
    const poison = poisonRecord();
    const { consumer: started, events } = consumer(topic, recordEffect);
    const sentinel = await poisonThenSentinel(topic, () => sendRaw(topic, [poison]));

    await started.start();
    await handled(sentinel);

    const [parked] = await parkedOn(topic, 1);
    expect(parked.value).toBe(poison.value);
    expect(parked.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'malformed',
      [DEAD_LETTER_HEADERS.errorName]: 'MalformedMessageError',
      [DEAD_LETTER_HEADERS.originalOffset]: '0',
    });
    expect(parked.headers[DEAD_LETTER_HEADERS.errorMessage]).toMatch(reason);
    expect(started.status()).toMatchObject({ parked: 1, handled: 1, lastParkedAt: expect.any(String), failingSince: null, stuck: false });
    expect(events.filter((event) => event.kind === 'parked')).toEqual([{ kind: 'parked', consumer: started.status().name, topic, reason: 'malformed' }]);
  });

  it('parks at the first refusal a message its handler contract refuses, without retrying it', async () => {
    const topic = await freshTopic();
    const unreadable = { ...testMessage(`award-${randomUUID()}`, { amountWon: '480백만' }), schemaVersion: 2 };
    let calls = 0;
    const { consumer: started } = consumer(
      topic,
      async (message, session) => {
        calls++;
        if (message.schemaVersion !== 1) throw new ContractViolationError(message);
        await recordEffect(message, session);
      },
      { isRefusal: (error) => error instanceof ContractViolationError },
    );
    const sentinel = await poisonThenSentinel(topic, () => bus.publish([{ topic, message: unreadable }]));

    await started.start();
    await handled(sentinel);

    expect(calls).toBe(2);
    const [parked] = await parkedOn(topic, 1);
    expect(parked.headers[ENVELOPE_HEADERS.messageId]).toBe(unreadable.messageId);
    expect(parked.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'refused',
      [DEAD_LETTER_HEADERS.attempts]: '1',
      [DEAD_LETTER_HEADERS.errorName]: 'ContractViolationError',
      [DEAD_LETTER_HEADERS.errorMessage]: 'grants.AwardApproved v2 breaks its contract',
    });
    expect(await effects(unreadable)).toBe(0);
  });

  it('refuses message ids PostgreSQL could not store (NUL, a lone surrogate, 10 000 characters) before they reach it', async () => {
    const topic = await freshTopic();
    const envelope = (messageId: string | Buffer): IHeaders => ({ ...wireHeaders(testMessage('award-3')), [ENVELOPE_HEADERS.messageId]: messageId });
    // ED A0 80 is U+D800 written as if it were a character: no UTF-8 decoder may accept it.
    const loneSurrogate = Buffer.concat([Buffer.from('award-'), Buffer.from([0xed, 0xa0, 0x80])]);
    const poison = [`award\u0000${randomUUID()}`, loneSurrogate, 'x'.repeat(10_000)].map((messageId) => ({
      key: 'award-3',
      value: '{}',
      headers: envelope(messageId),
    }));
    const { consumer: started } = consumer(topic, recordEffect);
    const sentinel = await poisonThenSentinel(topic, () => sendRaw(topic, poison));

    await started.start();
    await handled(sentinel);

    const parked = await parkedOn(topic, 3);
    const reasons = parked.map((record: RecordOnTopic) => record.headers[DEAD_LETTER_HEADERS.errorMessage]);
    expect(reasons).toEqual([
      expect.stringMatching(/message-id holds the character U\+0000 at 5/),
      expect.stringMatching(/header message-id is not valid UTF-8/),
      expect.stringMatching(/message-id is 10000 characters long, more than 200/),
    ]);
    expect(parked.map((record) => record.headers[DEAD_LETTER_HEADERS.reason])).toEqual(['malformed', 'malformed', 'malformed']);
    // The original bytes travel on: the NUL is still there for whoever diagnoses the record.
    expect(parked[0].headers[ENVELOPE_HEADERS.messageId]).toContain('\u0000');
    expect(await processedIds(started.status().name)).toEqual([sentinel.messageId]);
    expect(started.status()).toMatchObject({ parked: 3, redeliveries: 0 });
  });

  it('parks at once a message whose effect PostgreSQL refuses as data (a NUL in the event), instead of redelivering it', async () => {
    const topic = await freshTopic();
    const poison = testMessage(`award-${randomUUID()}`, { note: 'NUL \u0000 inside' });
    let calls = 0;
    const appendPayload = async (message: IntegrationMessage, session: EventStoreSession) => {
      calls++;
      await session.appendToStream(effectStream(message), [newEvent('MessageHandled', message.payload)], { expectedVersion: 'any' });
    };
    const { consumer: started, events } = consumer(topic, appendPayload);
    const sentinel = await poisonThenSentinel(topic, () => bus.publish([{ topic, message: poison }]));

    await started.start();
    await handled(sentinel);

    expect(calls).toBe(2);
    const [parked] = await parkedOn(topic, 1);
    expect(parked.headers).toMatchObject({
      [ENVELOPE_HEADERS.messageId]: poison.messageId,
      [DEAD_LETTER_HEADERS.reason]: 'unstorable',
      [DEAD_LETTER_HEADERS.attempts]: '1',
    });
    expect(events.map((event) => event.kind)).toEqual(['parked', 'handled']);
    expect(await processedIds(started.status().name)).toEqual([sentinel.messageId]);
  });

  it('parks nothing while the store is unavailable, redelivers with back-off, reports itself stuck, and handles the message once it is back', async () => {
    const topic = await freshTopic();
    const message = testMessage(`center-${randomUUID()}`);
    const { consumer: started, events } = consumer(topic, recordEffect, { stuckAfterMs: 500 });
    const dlqEnd = async () => (await admin.fetchTopicOffsets(deadLetterTopic(topic))).map((partition) => partition.high);

    // The outage: the processed-message log is locked, and each statement waiting on the lock is
    // cancelled as a statement timeout would (SQLSTATE 57014), on this test's connection's victims only.
    await sql.query('BEGIN');
    await sql.query(`LOCK TABLE ${schema}.es_processed_messages IN ACCESS EXCLUSIVE MODE`);
    let cancelled = 0;
    try {
      await bus.publish([{ topic, message }]);
      await started.start();
      await eventually(
        async () => {
          // Inside a transaction pg_stat_activity is read once and kept; each look must see it anew.
          await sql.query('SELECT pg_stat_clear_snapshot()');
          const { rows } = await sql.query<{ cancelled: boolean }>(
            'SELECT pg_cancel_backend(pid) AS cancelled FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))',
          );
          cancelled += rows.filter((row) => row.cancelled).length;
          return cancelled >= 4 && started.status().stuck ? true : undefined;
        },
        30_000,
        'four cancelled deliveries and a stuck consumer',
      );
      expect(started.status()).toMatchObject({
        parked: 0,
        handled: 0,
        failingSince: expect.any(String),
        lastError: expect.stringMatching(/EventStoreUnavailableError|57014|cancel/i),
      });
    } finally {
      await sql.query('COMMIT');
    }

    await handled(message);
    expect(await effects(message)).toBe(1);
    expect(started.status()).toMatchObject({ parked: 0, handled: 1, failingSince: null, stuck: false });
    expect(started.status().redeliveries).toBeGreaterThanOrEqual(4);
    expect(events.some((event) => event.kind === 'parked')).toBe(false);
    expect(await dlqEnd()).toEqual(['0']);
  });
});
