import { Kafka, logLevel } from 'kafkajs';
import { eventually, uniqueName } from '@yunghap/testing';
import { fromKafkaMessage } from '../kafka/kafka-record';
import { ReceivedRecord } from '../integration-message.codec';

export interface RecordOnTopic extends ReceivedRecord {
  readonly partition: number;
  readonly offset: string;
}

/** Bytes that are not UTF-8 show as U+FFFD: the reader must see every record, damaged ones above all. */
const lenientText = (bytes: Buffer) => bytes.toString('utf8');

/**
 * Reads a topic with plain kafkajs, bypassing the bus under test, until `enough` holds for what
 * was read. Its own throwaway group starts from the oldest record.
 */
export async function readTopic(
  brokers: readonly string[],
  topic: string,
  enough: (records: readonly RecordOnTopic[]) => boolean,
  timeoutMs = 20_000,
): Promise<RecordOnTopic[]> {
  const kafka = new Kafka({ clientId: 'topic-reader', brokers: [...brokers], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 200 });
  const records: RecordOnTopic[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => void records.push({ partition, offset: message.offset, ...fromKafkaMessage(message, lenientText) }),
    });
    await eventually(() => (enough(records) ? true : undefined), timeoutMs, `records on ${topic} (read ${records.length})`);
    return [...records];
  } finally {
    await consumer.disconnect();
  }
}
