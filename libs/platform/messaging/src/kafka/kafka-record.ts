import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { ReceivedRecord, WireRecord } from '../integration-message.codec';

export function toKafkaMessage(record: WireRecord): Message {
  return { key: record.key, value: record.value, headers: { ...record.headers } };
}

/** Kafka allows a header name more than once; as in Kafka's own `lastHeader`, the last one wins. */
function headerText(value: IHeaders[string]): string | undefined {
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return last === undefined ? undefined : last.toString();
}

export function fromKafkaMessage(message: KafkaMessage): ReceivedRecord {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = headerText(value);
  return { key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers };
}
