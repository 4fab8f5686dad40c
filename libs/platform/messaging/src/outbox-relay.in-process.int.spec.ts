import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { openPgliteEventStore, OutboxMessage, SqlEventStore } from '@yunghap/event-store';
import { eventually, uniqueName } from '@yunghap/testing';
import { IdempotentConsumer } from './idempotent-consumer';
import { InProcessMessageBus } from './in-process/in-process-message-bus.adapter';
import { IntegrationMessage } from './integration-message';
import { Delivery, MessageBus } from './message-bus.port';
import { toOutboxMessage } from './outbox-message';
import { OutboxRelay } from './outbox-relay';
import { capturingLogger, effectStream, newEvent, PINO_LEVEL, recordEffect, testMessage } from './testing/test-messages';

const silent = pino({ level: 'silent' });
const topic = 'yunghap.grants.events';

describe('outbox relay over the in-process bus and PGlite', () => {
  let store: SqlEventStore;
  let bus: InProcessMessageBus;
  let relay: OutboxRelay | null;

  beforeEach(async () => {
    store = await openPgliteEventStore();
    bus = new InProcessMessageBus({ logger: silent, redeliveryDelayMs: 20 });
    relay = null;
  });

  afterEach(async () => {
    await relay?.stop();
    await bus.close();
    await store.close();
  });

  const append = (outbox: readonly OutboxMessage[]) =>
    store.appendToStream(`grant-${randomUUID()}`, [newEvent('AwardApproved')], { expectedVersion: 'no-stream', outbox });
  const subscribeAll = async () => {
    const seen: Delivery[] = [];
    await bus.subscribe({ consumerGroup: uniqueName('reader'), topics: [topic], handler: async (delivery) => void seen.push(delivery) });
    return seen;
  };
  const start = (options: { bus?: Pick<MessageBus, 'publish'>; logger?: pino.Logger; batchSize?: number } = {}) => {
    relay = new OutboxRelay({
      outbox: store,
      bus: options.bus ?? bus,
      logger: options.logger ?? silent,
      batchSize: options.batchSize,
      pollIntervalMs: 60_000,
      retryDelayMs: 20,
    });
    relay.start();
  };

  it('publishes appended messages in outbox order as soon as they are appended, and marks them published', async () => {
    const seen = await subscribeAll();
    start();
    const messages = [testMessage('award-1'), testMessage('award-2'), testMessage('award-1')];
    await append(messages.slice(0, 2).map((message) => toOutboxMessage(topic, message, { 'trace-id': 'trace-1' })));
    await append([toOutboxMessage(topic, messages[2])]);

    // The relay polls once a minute here, so only the append's wake-up can bring these in time.
    await eventually(() => (seen.length === 3 ? true : undefined), 30_000, 'three messages');
    expect(seen.map((delivery) => delivery.message)).toEqual(messages);
    expect(seen.map((delivery) => delivery.headers)).toEqual([{ 'trace-id': 'trace-1' }, { 'trace-id': 'trace-1' }, {}]);
    await eventually(async () => ((await store.pendingOutbox(10)).length === 0 ? true : undefined), 30_000, 'an empty outbox');
  });

  it('publishes again after a publish that failed part-way, and consumers still have each effect once', async () => {
    const messages = Array.from({ length: 5 }, (_, i) => testMessage(`award-${i}-${randomUUID()}`));
    let failures = 0;
    const flaky: Pick<MessageBus, 'publish'> = {
      publish: async (batch) => {
        if (failures > 0) return bus.publish(batch);
        failures++;
        await bus.publish(batch.slice(0, 2));
        throw new Error('broker connection reset');
      },
    };
    const raw = await subscribeAll();
    const consumer = new IdempotentConsumer({ name: 'grants.test-effects', topics: [topic], handle: recordEffect, bus, processed: store, logger: silent });
    await consumer.start();
    const { logger, entries } = capturingLogger();

    await append(messages.map((message) => toOutboxMessage(topic, message)));
    start({ bus: flaky, logger });

    await eventually(() => (raw.length === 7 ? true : undefined), 30_000, 'seven deliveries');
    const effects = async (message: IntegrationMessage) => (await store.readStream(effectStream(message))).length;
    await eventually(
      async () => ((await Promise.all(messages.map(effects))).every((count) => count === 1) ? true : undefined),
      30_000,
      'one effect per message',
    );
    await consumer.stop();

    expect(raw.map((delivery) => delivery.message.messageId)).toEqual([...messages.slice(0, 2), ...messages].map((message) => message.messageId));
    expect(await Promise.all(messages.map(effects))).toEqual([1, 1, 1, 1, 1]);
    expect(entries.find((entry) => entry.level === PINO_LEVEL.error)).toMatchObject({
      msg: 'outbox relay pass failed; retrying',
      err: { message: 'broker connection reset' },
    });
    // Only what was marked published counts as relayed: the two sent by the failed pass do not.
    expect(relay?.status()).toMatchObject({
      state: 'running',
      relayed: 5,
      failedPasses: 1,
      failingSince: null,
      lastError: 'broker connection reset',
      oldestPendingAt: null,
      oldestPendingAgeMs: null,
    });
  });

  it('stops at a row it cannot publish rather than skip it, and says which row', async () => {
    const seen = await subscribeAll();
    const before = testMessage('center-1');
    const broken: OutboxMessage = { messageId: randomUUID(), topic, key: 'center-2', type: 'centers.StaffAssigned', payload: {} };
    const after = testMessage('center-3');
    await append([toOutboxMessage(topic, before)]);
    await append([broken]);
    await append([toOutboxMessage(topic, after)]);
    const { logger, entries } = capturingLogger();

    start({ logger, batchSize: 1 });
    await eventually(() => (entries.some((entry) => entry.level === PINO_LEVEL.error) ? true : undefined), 30_000, 'the relay to report the row');
    const [stuckRow] = await store.pendingOutbox(1);
    expect(relay?.status()).toMatchObject({
      state: 'running',
      relayed: 1,
      failedPasses: expect.any(Number),
      failingSince: expect.any(String),
      lastError: expect.stringMatching(/^Outbox row 2 /),
      oldestPendingAt: stuckRow.createdAt,
      oldestPendingAgeMs: expect.any(Number),
    });
    await relay?.stop();
    expect(relay?.status().state).toBe('stopped');

    expect(seen.map((delivery) => delivery.message)).toEqual([before]);
    expect((await store.pendingOutbox(10)).map((row) => row.messageId)).toEqual([broken.messageId, after.messageId]);
    const reported = entries.find((entry) => entry.level === PINO_LEVEL.error);
    expect(reported?.['err']).toMatchObject({
      message: expect.stringMatching(new RegExp(`Outbox row 2 \\(message ${broken.messageId}, centers.StaffAssigned\\).*schema-version is missing`)),
    });
  });
});
