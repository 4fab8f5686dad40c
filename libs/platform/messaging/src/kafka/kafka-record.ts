import { TRACE_HEADERS } from '@yunghap/telemetry';
import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { ReceivedRecord, WireRecord } from '../integration-message.codec';
import { MalformedMessageError } from '../messaging.errors';

export function toKafkaMessage(record: WireRecord): Message {
  return { key: record.key, value: record.value, headers: { ...record.headers } };
}

/** Turns the bytes of a key, value or header into text; `what` names it for the error. */
export type BytesToText = (bytes: Buffer, what: string) => string;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Refuses bytes that are not UTF-8 instead of replacing them with U+FFFD: two different
 * message ids would otherwise read as one, and a redelivery would be taken for a duplicate.
 */
const strictUtf8: BytesToText = (bytes, what) => {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new MalformedMessageError(`${what} is not valid UTF-8`);
  }
};

/** Kafka allows a header name more than once; as in Kafka's own `lastHeader`, the last one wins. */
function headerText(name: string, value: IHeaders[string], toText: BytesToText): string | undefined {
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (last === undefined) return undefined;
  return typeof last === 'string' ? last : toText(last, `header ${name}`);
}

const TRACE_HEADER_NAMES = new Set<string>(Object.values(TRACE_HEADERS));

/** Trace context only places a message in a trace: unreadable, it is dropped (the message starts a new trace), never a reason to park the message. */
function traceHeaderText(name: string, value: IHeaders[string], toText: BytesToText): string | undefined {
  try {
    return headerText(name, value, toText);
  } catch {
    return undefined;
  }
}

/** The record as text. Throws `MalformedMessageError` for bytes that are not UTF-8, unless `toText` repairs them. */
export function fromKafkaMessage(message: KafkaMessage, toText: BytesToText = strictUtf8): ReceivedRecord {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {}))
    headers[name] = (TRACE_HEADER_NAMES.has(name) ? traceHeaderText : headerText)(name, value, toText);
  return { key: message.key === null ? null : toText(message.key, 'key'), value: message.value === null ? null : toText(message.value, 'value'), headers };
}
