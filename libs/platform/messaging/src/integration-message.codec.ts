import { JsonValue } from '@yunghap/event-store';
import { Actor, Role, ROLES } from '@yunghap/kernel';
import { IntegrationMessage } from './integration-message';
import { MalformedMessageError } from './messaging.errors';

export type MessageHeaders = Readonly<Record<string, string>>;

/** The wire form both adapters share: Kafka's key, a JSON value and string headers. */
export interface WireRecord {
  readonly key: string;
  readonly value: string;
  readonly headers: MessageHeaders;
}

/** A record as it arrives, before anything about it is trusted. */
export interface ReceivedRecord {
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** The envelope travels in headers so the value stays the bare payload of the contract. */
export const ENVELOPE_HEADERS = {
  messageId: 'message-id',
  type: 'message-type',
  schemaVersion: 'schema-version',
  occurredAt: 'occurred-at',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  actorId: 'actor-id',
  actorRole: 'actor-role',
} as const;

const ENVELOPE_HEADER_NAMES = new Set<string>(Object.values(ENVELOPE_HEADERS));

/**
 * Longest id, key or type the envelope carries. Ours are UUIDs and 100-character opaque ids; a
 * longer one is refused here because PostgreSQL refuses it later, in the processed-message key
 * (a btree entry holds about 2.7 kB), where the failure would look like the store's.
 */
export const MAX_ENVELOPE_TEXT_LENGTH = 200;

/** Control characters (NUL first: PostgreSQL text cannot hold it) and unpaired UTF-16 surrogates. */
const UNSTORABLE_CHARACTER = /[\p{Cc}\p{Cs}]/u;

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new MalformedMessageError(`${what} is missing or empty`);
  if (value.length > MAX_ENVELOPE_TEXT_LENGTH)
    throw new MalformedMessageError(`${what} is ${value.length} characters long, more than ${MAX_ENVELOPE_TEXT_LENGTH}`);
  const bad = UNSTORABLE_CHARACTER.exec(value);
  if (bad) throw new MalformedMessageError(`${what} holds the character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
  return value;
}

function requireSchemaVersion(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new MalformedMessageError(`schema version must be a positive integer, got ${value}`);
  return value;
}

function requireTimestamp(value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new MalformedMessageError(`occurred-at is not a timestamp: "${value}"`);
  return value;
}

function checked(message: IntegrationMessage): IntegrationMessage {
  requireText(message.messageId, 'message id');
  requireText(message.type, 'message type');
  requireText(message.key, 'key');
  requireText(message.correlationId, 'correlation id');
  if (message.causationId !== null) requireText(message.causationId, 'causation id');
  requireSchemaVersion(message.schemaVersion);
  requireTimestamp(requireText(message.occurredAt, 'occurred-at'));
  if (message.actor) requireText(message.actor.userId, 'actor id');
  return message;
}

/**
 * The message as a record. `extraHeaders` ride along (dead-letter details, tracing) but may not
 * reuse an envelope header's name. Throws `MalformedMessageError` rather than sending something
 * no consumer could read.
 */
export function encodeMessage(message: IntegrationMessage, extraHeaders: MessageHeaders = {}): WireRecord {
  checked(message);
  const clash = Object.keys(extraHeaders).find((name) => ENVELOPE_HEADER_NAMES.has(name));
  if (clash !== undefined) throw new MalformedMessageError(`extra header "${clash}" would overwrite the envelope`);
  const value = JSON.stringify(message.payload) as string | undefined;
  if (value === undefined) throw new MalformedMessageError('payload is not JSON');
  const headers: Record<string, string> = {
    ...extraHeaders,
    [ENVELOPE_HEADERS.messageId]: message.messageId,
    [ENVELOPE_HEADERS.type]: message.type,
    [ENVELOPE_HEADERS.schemaVersion]: String(message.schemaVersion),
    [ENVELOPE_HEADERS.occurredAt]: message.occurredAt,
    [ENVELOPE_HEADERS.correlationId]: message.correlationId,
  };
  if (message.causationId !== null) headers[ENVELOPE_HEADERS.causationId] = message.causationId;
  if (message.actor) {
    headers[ENVELOPE_HEADERS.actorId] = message.actor.userId;
    headers[ENVELOPE_HEADERS.actorRole] = message.actor.role;
  }
  return { key: message.key, value, headers };
}

function actorOf(userId: string | undefined, role: string | undefined): { actor?: Actor } {
  if (userId === undefined && role === undefined) return {};
  if (!ROLES.includes(role as Role)) throw new MalformedMessageError('actor-role names no known role');
  return { actor: { userId: requireText(userId, ENVELOPE_HEADERS.actorId), role: role as Role } };
}

function parsePayload(value: string | null): JsonValue {
  if (value === null) throw new MalformedMessageError('value is empty');
  try {
    return JSON.parse(value) as JsonValue;
  } catch (error) {
    throw new MalformedMessageError(`value is not JSON (${(error as Error).message})`);
  }
}

/** The inverse of `encodeMessage`; headers that are not part of the envelope come back as `headers`. */
export function decodeMessage(record: ReceivedRecord): { message: IntegrationMessage; headers: MessageHeaders } {
  const header = (name: string) => record.headers[name];
  const schemaVersion = requireText(header(ENVELOPE_HEADERS.schemaVersion), ENVELOPE_HEADERS.schemaVersion);
  if (!/^[0-9]+$/.test(schemaVersion)) throw new MalformedMessageError(`schema version must be a positive integer, got "${schemaVersion}"`);
  const causationId = header(ENVELOPE_HEADERS.causationId);
  const message = checked({
    messageId: requireText(header(ENVELOPE_HEADERS.messageId), ENVELOPE_HEADERS.messageId),
    type: requireText(header(ENVELOPE_HEADERS.type), ENVELOPE_HEADERS.type),
    schemaVersion: Number(schemaVersion),
    key: requireText(record.key, 'key'),
    occurredAt: requireText(header(ENVELOPE_HEADERS.occurredAt), ENVELOPE_HEADERS.occurredAt),
    correlationId: requireText(header(ENVELOPE_HEADERS.correlationId), ENVELOPE_HEADERS.correlationId),
    causationId: causationId ?? null,
    payload: parsePayload(record.value),
    ...actorOf(header(ENVELOPE_HEADERS.actorId), header(ENVELOPE_HEADERS.actorRole)),
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.headers)) {
    if (value !== undefined && !ENVELOPE_HEADER_NAMES.has(name)) headers[name] = value;
  }
  return { message, headers };
}
