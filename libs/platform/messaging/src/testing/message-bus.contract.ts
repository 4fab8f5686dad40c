import { eventually, uniqueName } from '@yunghap/testing';
import { Delivery, DeliveryHandler, MessageBus } from '../message-bus.port';
import { MalformedMessageError } from '../messaging.errors';
import { testMessage } from './test-messages';

/**
 * The behaviour every `MessageBus` adapter must show, run against a real engine where there is one.
 * Usage: `messageBusContract('Kafka', () => KafkaMessageBus.connect(…))`.
 */
export function messageBusContract(name: string, open: () => Promise<MessageBus>): void {
  describe(`message bus contract: ${name}`, () => {
    let bus: MessageBus;

    beforeAll(async () => {
      bus = await open();
    }, 30_000);

    afterAll(async () => {
      await bus?.close();
    });

    const freshTopic = async () => {
      const topic = uniqueName('contract');
      await bus.ensureTopics([topic]);
      return topic;
    };

    const collect = async (consumerGroup: string, topics: string[], onDelivery: DeliveryHandler = async () => undefined) => {
      const seen: Delivery[] = [];
      const subscription = await bus.subscribe({
        consumerGroup,
        topics,
        handler: async (delivery) => {
          await onDelivery(delivery);
          seen.push(delivery);
        },
      });
      return { seen, subscription };
    };

    const until = (seen: readonly Delivery[], count: number) =>
      eventually(() => (seen.length >= count ? seen : undefined), 20_000, `${count} deliveries (have ${seen.length})`);

    it('gives every consumer group every message, envelope and extra headers intact, from the oldest one', async () => {
      const topic = await freshTopic();
      const messages = [
        testMessage('award-1', { amountWon: 480_000_000, note: '융합 과제' }),
        testMessage('award-2'),
        { ...testMessage('award-1'), causationId: null },
      ];
      await bus.publish(messages.map((message) => ({ topic, message, headers: { 'trace-id': 'trace-7' } })));

      const first = await collect(uniqueName('group-a'), [topic]);
      const second = await collect(uniqueName('group-b'), [topic]);
      await until(first.seen, 3);
      await until(second.seen, 3);
      await first.subscription.stop();
      await second.subscription.stop();

      for (const { seen } of [first, second]) {
        expect(seen.map((delivery) => delivery.message)).toEqual(messages);
        expect(seen.map((delivery) => delivery.headers)).toEqual(messages.map(() => ({ 'trace-id': 'trace-7' })));
        expect(seen.every((delivery) => delivery.topic === topic)).toBe(true);
      }
    });

    it('hands one message at a time to a group, each key in publication order', async () => {
      const topic = await freshTopic();
      const keys = ['app-1', 'app-2', 'app-3'];
      const batches = [0, 1, 2].map((batch) => Array.from({ length: 10 }, (_, i) => testMessage(keys[i % 3], { sequence: batch * 10 + i })));
      let inFlight = 0;
      let mostInFlight = 0;
      const { seen, subscription } = await collect(uniqueName('group'), [topic], async () => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
      });

      for (const batch of batches) await bus.publish(batch.map((message) => ({ topic, message })));
      await until(seen, 30);
      await subscription.stop();

      expect(mostInFlight).toBe(1);
      for (const key of keys) {
        const published = batches
          .flat()
          .filter((message) => message.key === key)
          .map((message) => message.messageId);
        expect(seen.filter((delivery) => delivery.message.key === key).map((delivery) => delivery.message.messageId)).toEqual(published);
      }
    });

    it('delivers a message again when its handler fails, before any later message', async () => {
      const topic = await freshTopic();
      const messages = [testMessage('grant-1'), testMessage('grant-1'), testMessage('grant-1')];
      let failedOnce = false;
      const attempts: string[] = [];
      const { seen, subscription } = await collect(uniqueName('group'), [topic], async (delivery) => {
        attempts.push(delivery.message.messageId);
        if (delivery.message.messageId === messages[1].messageId && !failedOnce) {
          failedOnce = true;
          throw new Error('database briefly unreachable');
        }
      });

      await bus.publish(messages.map((message) => ({ topic, message })));
      await until(seen, 3);
      await subscription.stop();

      const [first, second, third] = messages.map((message) => message.messageId);
      expect(attempts).toEqual([first, second, second, third]);
      expect(seen.map((delivery) => delivery.offset)).toEqual(['0', '1', '2']);
    });

    it('resumes a group after its last committed message when a new member subscribes', async () => {
      const topic = await freshTopic();
      const group = uniqueName('group');
      const before = [testMessage('center-1'), testMessage('center-2')];
      const after = [testMessage('center-1'), testMessage('center-3')];

      const firstMember = await collect(group, [topic]);
      await bus.publish(before.map((message) => ({ topic, message })));
      await until(firstMember.seen, 2);
      await firstMember.subscription.stop();

      await bus.publish(after.map((message) => ({ topic, message })));
      const secondMember = await collect(group, [topic]);
      await until(secondMember.seen, 2);
      await secondMember.subscription.stop();

      expect(firstMember.seen.map((delivery) => delivery.message)).toEqual(before);
      expect(secondMember.seen.map((delivery) => delivery.message)).toEqual(after);
    });

    it('refuses a batch holding a malformed message and sends none of it', async () => {
      const topic = await freshTopic();
      const valid = testMessage('award-9');
      await expect(
        bus.publish([
          { topic, message: valid },
          { topic, message: { ...testMessage('award-9'), schemaVersion: 0 } },
        ]),
      ).rejects.toBeInstanceOf(MalformedMessageError);
      await expect(bus.publish([{ topic, message: valid, headers: { 'message-id': 'forged' } }])).rejects.toThrow(/overwrite the envelope/);

      const sentinel = testMessage('award-9');
      await bus.publish([{ topic, message: sentinel }]);
      const { seen, subscription } = await collect(uniqueName('group'), [topic]);
      await until(seen, 1);
      await subscription.stop();
      expect(seen.map((delivery) => delivery.message)).toEqual([sentinel]);
    });
  });
}
