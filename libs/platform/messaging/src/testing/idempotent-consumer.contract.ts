import { randomUUID } from 'node:crypto';
import { EventStore, ProcessedMessageStore } from '@yunghap/event-store';
import { DomainError } from '@yunghap/kernel';
import { eventually, uniqueName } from '@yunghap/testing';
import { ConsumerEvent } from '../consumer-status';
import { DEAD_LETTER_HEADERS } from '../dead-letter';
import { IdempotentConsumer, IntegrationMessageHandler } from '../idempotent-consumer';
import { deadLetterTopic, IntegrationMessage } from '../integration-message';
import { Delivery, MessageBus } from '../message-bus.port';
import { RefusedMessageError } from '../messaging.errors';
import { capturingLogger, effectStream, LogEntry, PINO_LEVEL, recordEffect, testMessage } from './test-messages';

export interface ConsumerSubject {
  readonly bus: MessageBus;
  readonly store: EventStore & ProcessedMessageStore;
  close(): Promise<void>;
}

/**
 * What `IdempotentConsumer` must do over any bus and processed-message store pair.
 * Usage: `idempotentConsumerContract('Kafka + PostgreSQL', async () => ({ bus, store, close }))`.
 */
export function idempotentConsumerContract(name: string, open: () => Promise<ConsumerSubject>): void {
  describe(`idempotent consumer: ${name}`, () => {
    let subject: ConsumerSubject;
    let log: { entries: LogEntry[] };
    let events: ConsumerEvent[];
    const running: IdempotentConsumer[] = [];

    beforeAll(async () => {
      subject = await open();
    }, 30_000);

    afterEach(async () => {
      await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
    });

    afterAll(async () => {
      await subject?.close();
    });

    const freshTopic = async () => {
      const topic = uniqueName('consumer');
      await subject.bus.ensureTopics([topic]);
      return topic;
    };

    const consumer = (topic: string, handle: IntegrationMessageHandler, retry = { attempts: 3, baseDelayMs: 20, maxDelayMs: 1_000 }) => {
      const captured = capturingLogger();
      log = captured;
      events = [];
      const started = new IdempotentConsumer({
        name: uniqueName('consumer'),
        topics: [topic],
        handle,
        bus: subject.bus,
        processed: subject.store,
        logger: captured.logger,
        retry,
        onEvent: (event) => events.push(event),
      });
      running.push(started);
      return started;
    };

    const effects = async (message: IntegrationMessage) => (await subject.store.readStream(effectStream(message))).length;
    const handled = (message: IntegrationMessage) =>
      eventually(async () => ((await effects(message)) > 0 ? true : undefined), 20_000, `the effect of ${message.key}`);

    it('has one effect for a message delivered twice', async () => {
      const topic = await freshTopic();
      const duplicate = testMessage(`award-${randomUUID()}`);
      const sentinel = testMessage(`award-${randomUUID()}`);
      const calls: string[] = [];
      const started = consumer(topic, async (message, session) => {
        calls.push(message.messageId);
        await recordEffect(message, session);
      });

      await subject.bus.publish([{ topic, message: duplicate }]);
      await subject.bus.publish([{ topic, message: duplicate }]);
      await subject.bus.publish([{ topic, message: sentinel }]);
      await started.start();
      await handled(sentinel);

      expect(await effects(duplicate)).toBe(1);
      expect(calls).toEqual([duplicate.messageId, sentinel.messageId]);
      expect(log.entries.filter((entry) => entry.msg === 'message already handled; skipped').map((entry) => entry['messageId'])).toEqual([duplicate.messageId]);
    });

    it('retries a failing handler with growing pauses, rolling back what each failed attempt appended', async () => {
      const topic = await freshTopic();
      const message = testMessage(`grant-${randomUUID()}`);
      const attemptedAt: number[] = [];
      const started = consumer(
        topic,
        async (received, session) => {
          attemptedAt.push(Date.now());
          await recordEffect(received, session);
          if (attemptedAt.length < 3) throw new Error('budget line is being rebuilt');
        },
        { attempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 },
      );

      await subject.bus.publish([{ topic, message }]);
      await started.start();
      await handled(message);

      expect(attemptedAt).toHaveLength(3);
      expect(attemptedAt[1] - attemptedAt[0]).toBeGreaterThanOrEqual(90);
      expect(attemptedAt[2] - attemptedAt[1]).toBeGreaterThanOrEqual(190);
      expect(await effects(message)).toBe(1);
      const warnings = log.entries.filter((entry) => entry.level === PINO_LEVEL.warn && entry.msg === 'handler failed; retrying');
      expect(warnings.map((entry) => entry['attempt'])).toEqual([1, 2]);
    });

    it('parks a message that keeps failing on the dead-letter topic with the error, then handles the next one', async () => {
      const topic = await freshTopic();
      const poison = testMessage(`award-${randomUUID()}`, { amountWon: -1 }, 'grants.AwardApproved');
      const next = testMessage(`award-${randomUUID()}`);
      let poisonAttempts = 0;
      const started = consumer(topic, async (message, session) => {
        if (message.messageId === poison.messageId) {
          poisonAttempts++;
          throw new RangeError('amountWon must be positive');
        }
        await recordEffect(message, session);
      });

      await subject.bus.publish([{ topic, message: poison }]);
      await subject.bus.publish([{ topic, message: next }]);
      await started.start();
      await handled(next);

      expect(poisonAttempts).toBe(3);
      expect(await effects(poison)).toBe(0);

      const parked: Delivery[] = [];
      const reader = await subject.bus.subscribe({
        consumerGroup: uniqueName('dlq-reader'),
        topics: [deadLetterTopic(topic)],
        handler: async (delivery) => void parked.push(delivery),
      });
      await eventually(() => (parked.length > 0 ? true : undefined), 20_000, 'the parked message');
      await reader.stop();
      expect(parked).toHaveLength(1);
      expect(parked[0].message).toEqual(poison);
      expect(parked[0].headers).toMatchObject({
        [DEAD_LETTER_HEADERS.consumer]: expect.stringMatching(/^consumer_/),
        [DEAD_LETTER_HEADERS.reason]: 'retries-exhausted',
        [DEAD_LETTER_HEADERS.errorName]: 'RangeError',
        [DEAD_LETTER_HEADERS.errorMessage]: 'amountWon must be positive',
        [DEAD_LETTER_HEADERS.attempts]: '3',
        [DEAD_LETTER_HEADERS.originalTopic]: topic,
        [DEAD_LETTER_HEADERS.originalPartition]: '0',
        [DEAD_LETTER_HEADERS.originalOffset]: '0',
      });
      expect(parked[0].headers[DEAD_LETTER_HEADERS.errorStack]).toMatch(/RangeError: amountWon must be positive\n\s+at /);

      const [parkedLog] = log.entries.filter((entry) => entry.level === PINO_LEVEL.error);
      expect(parkedLog).toMatchObject({
        msg: 'message parked on the dead-letter topic',
        reason: 'retries-exhausted',
        topic,
        messageId: poison.messageId,
        type: poison.type,
        attempts: 3,
      });
      expect(parkedLog['consumer']).toBe(parked[0].headers[DEAD_LETTER_HEADERS.consumer]);
      expect(parkedLog['err']).toMatchObject({ type: 'RangeError', message: 'amountWon must be positive' });
      expect(started.status()).toMatchObject({
        parked: 1,
        handled: 1,
        lastParkedAt: expect.any(String),
        failingSince: null,
        stuck: false,
        lastError: 'RangeError: amountWon must be positive',
      });
      expect(events.map((event) => event.kind)).toEqual(['retried', 'retried', 'parked', 'handled']);
    });

    it('parks a message its decider refused at the first attempt, logging through the delivery’s logger', async () => {
      const topic = await freshTopic();
      const refused = testMessage(`allocation-${randomUUID()}`);
      const next = testMessage(`allocation-${randomUUID()}`);
      let attempts = 0;
      const started = consumer(topic, async (message, session, logger) => {
        if (message.messageId !== refused.messageId) return recordEffect(message, session);
        attempts++;
        logger.info('refusing');
        throw new RefusedMessageError(message.messageId, new DomainError('ENGAGEMENT.NOT_FOUND', 'not-found', 'No such engagement'));
      });

      await subject.bus.publish([{ topic, message: refused }]);
      await subject.bus.publish([{ topic, message: next }]);
      await started.start();
      await handled(next);

      expect(attempts).toBe(1);
      expect(log.entries.find((entry) => entry.msg === 'refusing')).toMatchObject({ topic, messageId: refused.messageId, type: refused.type });
      const parked = log.entries.filter((entry) => entry.msg === 'message parked on the dead-letter topic');
      expect(parked).toEqual([expect.objectContaining({ reason: 'refused', attempts: 1, messageId: refused.messageId })]);
      expect(events.map((event) => event.kind)).toEqual(['parked', 'handled']);
    });

    it('has the bus deliver again, not dead-letter, when the store fails around the handler', async () => {
      const topic = await freshTopic();
      const message = testMessage(`center-${randomUUID()}`);
      let outages = 2;
      const flakyStore: ProcessedMessageStore = {
        runOnce: (consumerName, messageId, effect) =>
          outages-- > 0 ? Promise.reject(new Error('Connection terminated unexpectedly')) : subject.store.runOnce(consumerName, messageId, effect),
      };
      const started = new IdempotentConsumer({
        name: uniqueName('consumer'),
        topics: [topic],
        handle: recordEffect,
        bus: subject.bus,
        processed: flakyStore,
        logger: capturingLogger().logger,
        retry: { attempts: 1 },
      });
      running.push(started);

      await subject.bus.publish([{ topic, message }]);
      await started.start();
      await handled(message);
      expect(await effects(message)).toBe(1);
      expect(outages).toBeLessThan(0);
      expect(started.status()).toMatchObject({ handled: 1, parked: 0, redeliveries: 2, failingSince: null });
    });

    it('reports joining, its lag and stopping', async () => {
      const topic = await freshTopic();
      const messages = [testMessage(`call-${randomUUID()}`), testMessage(`call-${randomUUID()}`), testMessage(`call-${randomUUID()}`)];
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const started = consumer(topic, async (message, session) => {
        await gate;
        await recordEffect(message, session);
      });
      expect(started.status()).toMatchObject({ state: 'stopped', handled: 0 });
      await subject.bus.publish(messages.map((message) => ({ topic, message })));
      expect(await started.lag()).toBe(3);

      await started.start();
      await eventually(() => (started.status().state === 'joined' ? true : undefined), 20_000, 'the consumer to join its group');
      expect(await started.lag()).toBe(3);
      release();
      await handled(messages[2]);
      await eventually(async () => ((await started.lag()) === 0 ? true : undefined), 20_000, 'no lag');
      expect(started.status()).toMatchObject({ state: 'joined', handled: 3 });

      await started.stop();
      expect(started.status().state).toBe('stopped');
    });

    it('leaves a message in back-off uncommitted when stopped, and handles it once after the next start', async () => {
      const topic = await freshTopic();
      const message = testMessage(`mentoring-${randomUUID()}`);
      let failing = true;
      let attempts = 0;
      const name = uniqueName('consumer');
      const handle: IntegrationMessageHandler = async (received, session) => {
        attempts++;
        await recordEffect(received, session);
        if (failing) throw new Error('mentor pool unavailable');
      };
      const options = {
        name,
        topics: [topic],
        handle,
        bus: subject.bus,
        processed: subject.store,
        logger: capturingLogger().logger,
        retry: { attempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 },
      };

      const first = new IdempotentConsumer(options);
      await subject.bus.publish([{ topic, message }]);
      await first.start();
      await eventually(() => (attempts > 0 ? true : undefined), 20_000, 'the first attempt');
      const stopping = Date.now();
      await first.stop();
      expect(Date.now() - stopping).toBeLessThan(10_000);

      failing = false;
      const second = new IdempotentConsumer(options);
      running.push(second);
      await second.start();
      await handled(message);
      expect(attempts).toBe(2);
      expect(await effects(message)).toBe(1);
    });
  });
}
