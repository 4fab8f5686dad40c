import { randomUUID } from 'node:crypto';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { EventStoreSession, handleCommand, openPgliteEventStore, SqlEventStore } from '@yunghap/event-store';
import { Decider, DomainCommand, DomainEvent } from '@yunghap/kernel';
import { inSpan, startTracing, traceContextOf } from '@yunghap/telemetry';
import { eventually, requireEngine, uniqueName } from '@yunghap/testing';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { IdempotentConsumer } from './idempotent-consumer';
import { InProcessMessageBus } from './in-process/in-process-message-bus.adapter';
import { contextTopic, deadLetterTopic, IntegrationMessage } from './integration-message';
import { encodeMessage } from './integration-message.codec';
import { MessageBus } from './message-bus.port';
import { MessageTracing } from './message-tracing';
import { toOutboxMessage } from './outbox-message';
import { OutboxRelay } from './outbox-relay';
import { connectTestKafkaBus, engines, openTestPostgresStore } from './testing/engines';
import { testMessage } from './testing/test-messages';

const silent = pino({ level: 'silent' });

type Note = DomainCommand<'Note', { readonly note: string }>;
type Noted = DomainEvent<'Noted', { readonly note: string }>;
const notes: Decider<Note, Noted, null> = { decide: (command) => [{ type: 'Noted', data: command.data }], evolve: (state) => state, initialState: () => null };
const note = (text: string): Note => ({
  type: 'Note',
  data: { note: text },
  metadata: { now: new Date().toISOString(), actor: { userId: 'pm-park', role: 'program-manager' } },
});

interface Setup {
  readonly bus: MessageBus;
  readonly system: string;
  /** The publishing service's store (its outbox) and the consuming one's. */
  readonly stores: readonly [SqlEventStore, SqlEventStore];
  close(): Promise<void>;
}

async function inProcess(): Promise<Setup> {
  const stores = [await openPgliteEventStore(), await openPgliteEventStore()] as const;
  const bus = new InProcessMessageBus({ logger: silent, redeliveryDelayMs: 20 });
  return { bus, system: 'in-process', stores, close: async () => void (await bus.close(), await Promise.all(stores.map((store) => store.close()))) };
}

async function overKafka(): Promise<Setup> {
  await requireEngine(engines.kafka);
  const opened = [await openTestPostgresStore(), await openTestPostgresStore()];
  const bus = await connectTestKafkaBus(silent, 'tracing-int');
  const close = async () => {
    await bus.close();
    for (const { store, drop } of opened) await store.close().then(drop);
  };
  return { bus, system: 'kafka', stores: [opened[0].store, opened[1].store], close };
}

describe.each([
  ['the in-process bus over PGlite', inProcess, false],
  ['Kafka over PostgreSQL', overKafka, true],
])('traces through the outbox, %s', (_name, open, carriesBytes) => {
  let setup: Setup;
  let topic: string;
  const exporter = new InMemorySpanExporter();
  const publisher = startTracing({ serviceName: 'yunghap-centers', destination: { kind: 'exporter', exporter } }, silent);
  const subscriber = startTracing({ serviceName: 'yunghap-applications', destination: { kind: 'exporter', exporter } }, silent);
  const running: { stop(): Promise<void> }[] = [];

  beforeAll(async () => (setup = await open()));
  // A topic per test: each test's consumer is a new group, which starts from the oldest message.
  beforeEach(async () => {
    topic = contextTopic(uniqueName('tracing').toLowerCase().replace(/_/g, '-'));
    await setup.bus.ensureTopics([topic, deadLetterTopic(topic)]);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((started) => started.stop()));
    exporter.reset();
  });
  afterAll(async () => {
    await setup?.close();
    await publisher.shutdown();
    await subscriber.shutdown();
  });

  const tracing = (service: typeof publisher): MessageTracing => ({ tracer: service.tracer!, system: setup.system });
  const replicaOf = (message: IntegrationMessage) => `replica-${message.key}`;
  /** The consuming service: each message becomes an event of its own store, decided in the consumer's span. */
  async function startConsumer(): Promise<IdempotentConsumer> {
    const consumer = new IdempotentConsumer({
      name: uniqueName('tracing-consumer'),
      topics: [topic],
      bus: setup.bus,
      processed: setup.stores[1],
      logger: silent,
      tracing: tracing(subscriber),
      handle: async (message: IntegrationMessage, session: EventStoreSession) =>
        void (await handleCommand(session, replicaOf(message), note(message.messageId), notes)),
    });
    await consumer.start();
    running.push(consumer);
    return consumer;
  }
  const replicated = (message: IntegrationMessage) =>
    eventually(async () => (await setup.stores[1].readStream(replicaOf(message)))[0], 30_000, `the replica of ${message.key}`);
  const spanOf = (kind: SpanKind, messageId: string) =>
    eventually(
      () => exporter.getFinishedSpans().find((span) => span.kind === kind && span.attributes['messaging.message.id'] === messageId),
      10_000,
      `the ${SpanKind[kind]} span`,
    );

  it('makes one trace of request, relay, consumer and what the consumer appends', async () => {
    await startConsumer();
    const message = testMessage(`jeju-${randomUUID()}`);
    const request = await inSpan(publisher.tracer, 'PUT /api/centers/routing/provinces/:province', { kind: SpanKind.SERVER }, async (span) => {
      await handleCommand(setup.stores[0], 'routing', note('to honam'), notes, { outbox: () => [toOutboxMessage(topic, message)] });
      return span.spanContext();
    });
    const [recorded] = await setup.stores[0].readStream('routing');
    expect(trace.getSpanContext(traceContextOf(recorded))?.spanId).toBe(request.spanId);

    const relay = new OutboxRelay({ outbox: setup.stores[0], bus: setup.bus, logger: silent, pollIntervalMs: 100, tracing: tracing(publisher) });
    relay.start();
    running.push(relay);
    const replica = await replicated(message);
    const producer = await spanOf(SpanKind.PRODUCER, message.messageId);
    const consumer = await spanOf(SpanKind.CONSUMER, message.messageId);

    const chain: ReadableSpan[] = [producer, consumer];
    expect(chain.map((span) => span.spanContext().traceId)).toEqual([request.traceId, request.traceId]);
    expect(producer.parentSpanContext?.spanId).toBe(request.spanId);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect(producer.resource.attributes['service.name']).toBe('yunghap-centers');
    expect(consumer.resource.attributes).toMatchObject({ 'service.name': 'yunghap-applications' });
    expect(consumer.attributes).toMatchObject({ 'messaging.system': setup.system, 'yunghap.consumer.outcome': 'handled' });
    // The consumer's own event carries the trace on, to whatever it causes next.
    expect(trace.getSpanContext(traceContextOf(replica))).toMatchObject({ traceId: request.traceId, spanId: consumer.spanContext().spanId });
  });

  it.each([
    ['no trace context', {}],
    ['a malformed traceparent', { traceparent: 'bogus-trace-context', tracestate: '=' }],
  ])('handles a message with %s in a new trace, and parks nothing', async (_case, headers) => {
    const consumer = await startConsumer();
    const message = testMessage(`seoul-${randomUUID()}`);
    await setup.bus.publish([{ topic, message, headers }]);
    const replica = await replicated(message);
    const span = await spanOf(SpanKind.CONSUMER, message.messageId);
    expect(span.parentSpanContext).toBeUndefined();
    expect(trace.getSpanContext(traceContextOf(replica))?.spanId).toBe(span.spanContext().spanId);
    expect(consumer.status()).toMatchObject({ handled: 1, parked: 0 });
  });

  // Only a broker carries bytes (the in-process bus keeps records as text), so only there is the case.
  if (carriesBytes) {
    it('handles a message whose traceparent is not even text', async () => {
      const consumer = await startConsumer();
      const message = testMessage(`busan-${randomUUID()}`);
      const producer = new Kafka({ clientId: 'tracing-int-raw', brokers: engines.kafka.brokers, logLevel: logLevel.NOTHING }).producer();
      await producer.connect();
      const record = encodeMessage(message);
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: record.key, value: record.value, headers: { ...record.headers, traceparent: Buffer.from([0x30, 0xed, 0xa0, 0x80]) } }],
      });
      await producer.disconnect();
      await replicated(message);
      expect(consumer.status()).toMatchObject({ handled: 1, parked: 0 });
      expect((await spanOf(SpanKind.CONSUMER, message.messageId)).parentSpanContext).toBeUndefined();
    });
  }
});
