import { OutboxMessage, PendingOutboxMessage } from '@yunghap/event-store';
import { IntegrationMessage } from './integration-message';
import { decodeMessage, encodeMessage, ENVELOPE_HEADERS, MessageHeaders } from './integration-message.codec';
import { OutgoingMessage } from './message-bus.port';

/**
 * The outbox row for a message, to pass in `AppendOptions.outbox` with the events that caused it.
 * The envelope fields the outbox has no column for travel in its headers, encoded exactly as on
 * the wire, so the relay can rebuild the message without guessing.
 * Example: `store.appendToStream(id, events, { expectedVersion, outbox: [toOutboxMessage(contextTopic('grants'), message)] })`
 */
export function toOutboxMessage(topic: string, message: IntegrationMessage, extraHeaders: MessageHeaders = {}): OutboxMessage {
  const record = encodeMessage(message, extraHeaders);
  return { messageId: message.messageId, topic, key: message.key, type: message.type, payload: message.payload, headers: record.headers };
}

/** What the relay publishes for an outbox row. Throws `MalformedMessageError` for a row not written by `toOutboxMessage`. */
export function fromOutboxMessage(row: PendingOutboxMessage): OutgoingMessage {
  const { message, headers } = decodeMessage({
    key: row.key,
    value: JSON.stringify(row.payload),
    headers: { ...row.headers, [ENVELOPE_HEADERS.messageId]: row.messageId, [ENVELOPE_HEADERS.type]: row.type },
  });
  return { topic: row.topic, message, headers };
}
