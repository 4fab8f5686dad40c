import { Admin, Kafka, logLevel } from 'kafkajs';
import { eventually, requireEngine, uniqueName } from '@yunghap/testing';
import { DEAD_LETTER_HEADERS } from '../dead-letter';
import { deadLetterTopic } from '../integration-message';
import { Delivery } from '../message-bus.port';
import { messageBusContract } from '../testing/message-bus.contract';
import { connectTestKafkaBus, engines } from '../testing/engines';
import { readTopic } from '../testing/kafka-topic-reader';
import { testMessage } from '../testing/test-messages';
import { KafkaMessageBus } from './kafka-message-bus.adapter';

const engine = engines.kafka;

beforeAll(async () => {
  await requireEngine(engine);
});

messageBusContract('Kafka', () => connectTestKafkaBus());

describe('Kafka message bus', () => {
  let bus: KafkaMessageBus;
  let admin: Admin;

  beforeAll(async () => {
    bus = await connectTestKafkaBus();
    admin = new Kafka({ clientId: 'messaging-int-admin', brokers: engine.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await bus?.close();
  });

  const committedOffset = async (groupId: string, topic: string) => {
    const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return partitions[0].offset;
  };

  it('commits an offset only after the handler has resolved', async () => {
    const topic = uniqueName('commit');
    const group = uniqueName('group');
    await bus.ensureTopics([topic]);
    let entered = false;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const subscription = await bus.subscribe({
      consumerGroup: group,
      topics: [topic],
      handler: async () => {
        entered = true;
        await gate;
      },
    });

    try {
      await bus.publish([{ topic, message: testMessage('award-1') }]);
      await eventually(() => (entered ? true : undefined), 20_000, 'the handler to be called');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await committedOffset(group, topic)).toBe('-1');
    } finally {
      // Stopping waits for the delivery in progress, so the gate must open even when the test fails.
      release();
    }
    await eventually(async () => ((await committedOffset(group, topic)) === '1' ? true : undefined), 10_000, 'offset 1 to be committed');
    await subscription.stop();
  });

  it('keeps each key on one partition, in order, across a multi-partition topic', async () => {
    const topic = uniqueName('keyed');
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    // murmur2 puts these on partitions 0, 0, 1, 1, 2, 2 of three (similar keys can all hash alike).
    const keys = ['award-1', 'award-2', 'center-3', 'mentor-5', 'grant-7', 'committee-4'];
    const messages = Array.from({ length: 36 }, (_, i) => testMessage(keys[i % keys.length], { sequence: i }));
    await bus.publish(messages.map((message) => ({ topic, message })));

    const seen: Delivery[] = [];
    const subscription = await bus.subscribe({ consumerGroup: uniqueName('group'), topics: [topic], handler: async (delivery) => void seen.push(delivery) });
    await eventually(() => (seen.length >= messages.length ? true : undefined), 20_000, 'every message');
    await subscription.stop();

    for (const key of keys) {
      const forKey = seen.filter((delivery) => delivery.message.key === key);
      expect(new Set(forKey.map((delivery) => delivery.partition)).size).toBe(1);
      expect(forKey.map((delivery) => delivery.message.messageId)).toEqual(
        messages.filter((message) => message.key === key).map((message) => message.messageId),
      );
    }
    expect(new Set(seen.map((delivery) => delivery.partition)).size).toBe(3);
  });

  it('parks a record that is not an integration message on the dead-letter topic and goes on', async () => {
    const topic = uniqueName('garbage');
    const group = uniqueName('group');
    await bus.ensureTopics([topic, deadLetterTopic(topic)]);
    const producer = new Kafka({ clientId: 'messaging-int-raw', brokers: engine.brokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'award-1', value: '{not json', headers: { 'message-id': 'x' } }] });
    await producer.disconnect();
    const valid = testMessage('award-1');
    await bus.publish([{ topic, message: valid }]);

    const seen: Delivery[] = [];
    const subscription = await bus.subscribe({ consumerGroup: group, topics: [topic], handler: async (delivery) => void seen.push(delivery) });
    await eventually(() => (seen.length > 0 ? true : undefined), 20_000, 'the valid message');
    await subscription.stop();

    expect(seen.map((delivery) => delivery.message)).toEqual([valid]);
    const [parked] = await readTopic(engine.brokers, deadLetterTopic(topic), (records) => records.length >= 1);
    expect(parked).toMatchObject({ key: 'award-1', value: '{not json' });
    expect(parked.headers).toMatchObject({
      'message-id': 'x',
      [DEAD_LETTER_HEADERS.consumer]: group,
      [DEAD_LETTER_HEADERS.reason]: 'malformed',
      [DEAD_LETTER_HEADERS.errorName]: 'MalformedMessageError',
      [DEAD_LETTER_HEADERS.originalTopic]: topic,
      [DEAD_LETTER_HEADERS.originalPartition]: '0',
      [DEAD_LETTER_HEADERS.originalOffset]: '0',
      [DEAD_LETTER_HEADERS.attempts]: '0',
    });
    expect(parked.headers[DEAD_LETTER_HEADERS.errorMessage]).toMatch(/missing/);
  });
});
