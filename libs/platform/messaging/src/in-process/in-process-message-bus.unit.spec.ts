import pino from 'pino';
import { testMessage } from '../testing/test-messages';
import { messageBusContract } from '../testing/message-bus.contract';
import { InProcessMessageBus } from './in-process-message-bus.adapter';

const logger = pino({ level: 'silent' });

messageBusContract('in-process', async () => new InProcessMessageBus({ logger, redeliveryDelayMs: 20 }));

describe('in-process message bus', () => {
  it('resolves a publish only once the subscribed groups have committed it', async () => {
    const bus = new InProcessMessageBus({ logger });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const subscription = await bus.subscribe({ consumerGroup: 'grants.on-evaluation', topics: ['yunghap.evaluation.events'], handler: () => gate });

    let published = false;
    const publishing = bus.publish([{ topic: 'yunghap.evaluation.events', message: testMessage('app-1') }]).then(() => (published = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published).toBe(false);

    release();
    await publishing;
    expect(published).toBe(true);
    await subscription.stop();
  });

  it('does not wait for a group that has no member at the moment', async () => {
    const bus = new InProcessMessageBus({ logger });
    const subscription = await bus.subscribe({ consumerGroup: 'grants.on-evaluation', topics: ['yunghap.evaluation.events'], handler: async () => undefined });
    await subscription.stop();
    await expect(bus.publish([{ topic: 'yunghap.evaluation.events', message: testMessage('app-1') }])).resolves.toBeUndefined();
  });

  it('serves one member per consumer group', async () => {
    const bus = new InProcessMessageBus({ logger });
    const options = { consumerGroup: 'mentoring.on-grants', topics: ['yunghap.grants.events'], handler: async () => undefined };
    await bus.subscribe(options);
    await expect(bus.subscribe(options)).rejects.toThrow(/already has a member/);
    await bus.close();
    await expect(bus.subscribe(options)).resolves.toBeDefined();
    await bus.close();
  });
});

describe('in-process message bus retention', () => {
  const topic = 'yunghap.centers.events';
  const messages = Array.from({ length: 6 }, (_, i) => testMessage(`center-${i}`));

  async function consumeAll(bus: InProcessMessageBus, consumerGroup: string): Promise<string[]> {
    const seen: string[] = [];
    const subscription = await bus.subscribe({ consumerGroup, topics: [topic], handler: async ({ message }) => void seen.push(message.messageId) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await subscription.stop();
    return seen;
  }

  it('drops records every group has committed once the log outgrows what it retains', async () => {
    const bus = new InProcessMessageBus({ logger, retainedRecords: 2 });
    await bus.publish(messages.map((message) => ({ topic, message })));
    expect(await consumeAll(bus, 'first')).toHaveLength(6);

    const late = await consumeAll(bus, 'late');
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(late.length).toBeLessThan(6);
    expect(late).toEqual(messages.slice(-late.length).map((message) => message.messageId));
  });

  it('keeps what a known group has not committed yet', async () => {
    const bus = new InProcessMessageBus({ logger, retainedRecords: 2 });
    await consumeAll(bus, 'lagging');
    await bus.publish(messages.map((message) => ({ topic, message })));
    await consumeAll(bus, 'first');

    expect(await consumeAll(bus, 'lagging')).toHaveLength(6);
  });
});
