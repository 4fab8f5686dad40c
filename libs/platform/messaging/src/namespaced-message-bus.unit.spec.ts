import pino from 'pino';
import { randomUUID } from 'node:crypto';
import { InProcessMessageBus } from './in-process/in-process-message-bus.adapter';
import { Delivery } from './message-bus.port';
import { NamespacedMessageBus } from './namespaced-message-bus';

const message = (key: string) => ({
  messageId: randomUUID(),
  type: 't',
  schemaVersion: 1,
  key,
  occurredAt: '2026-01-01T00:00:00.000Z',
  correlationId: 'c',
  causationId: null,
  payload: {},
});

describe('NamespacedMessageBus', () => {
  it('keeps two namespaces on one bus apart, and shows handlers their own topic names', async () => {
    const shared = new InProcessMessageBus({ logger: pino({ level: 'silent' }) });
    const a = new NamespacedMessageBus(shared, 'run-a');
    const b = new NamespacedMessageBus(shared, 'run-b');
    const seenByA: Delivery[] = [];
    const seenByB: Delivery[] = [];
    await a.ensureTopics(['yunghap.grants.events']);
    await b.ensureTopics(['yunghap.grants.events']);
    await a.subscribe({ consumerGroup: 'g', topics: ['yunghap.grants.events'], handler: async (d) => void seenByA.push(d) });
    await b.subscribe({ consumerGroup: 'g', topics: ['yunghap.grants.events'], handler: async (d) => void seenByB.push(d) });

    await a.publish([{ topic: 'yunghap.grants.events', message: message('from-a') }]);
    await b.publish([{ topic: 'yunghap.grants.events', message: message('from-b') }]);

    expect(seenByA.map((d) => [d.topic, d.message.key])).toEqual([['yunghap.grants.events', 'from-a']]);
    expect(seenByB.map((d) => [d.topic, d.message.key])).toEqual([['yunghap.grants.events', 'from-b']]);
    await shared.close();
  });

  it('reports the lag of its own group on its own topics', async () => {
    const shared = new InProcessMessageBus({ logger: pino({ level: 'silent' }) });
    const a = new NamespacedMessageBus(shared, 'run-a');
    const b = new NamespacedMessageBus(shared, 'run-b');
    await a.publish([{ topic: 'yunghap.grants.events', message: message('from-a') }]);

    expect(await a.consumerLag('g', ['yunghap.grants.events'])).toBe(1);
    expect(await shared.consumerLag('run-a.g', ['run-a.yunghap.grants.events'])).toBe(1);
    expect(await b.consumerLag('g', ['yunghap.grants.events'])).toBe(0);
  });

  it('refuses a namespace that is not a safe topic prefix', () => {
    expect(() => new NamespacedMessageBus(new InProcessMessageBus({ logger: pino({ level: 'silent' }) }), 'Bad Name')).toThrow(/namespace/);
  });
});
