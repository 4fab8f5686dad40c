import { randomUUID } from 'node:crypto';
import pino, { Logger } from 'pino';
import { EventStoreSession, JsonValue, NewEvent } from '@yunghap/event-store';
import { IntegrationMessage } from '../integration-message';

export function testMessage(key: string, payload: JsonValue = {}, type = 'grants.AwardApproved'): IntegrationMessage {
  return {
    messageId: randomUUID(),
    type,
    schemaVersion: 1,
    key,
    occurredAt: '2026-03-02T09:00:00.000Z',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    payload,
  };
}

/** A domain event as a service would append it, for effects and for appends that carry an outbox. */
export function newEvent(type: string, data: JsonValue = {}, correlationId: string = randomUUID(), causationId: string | null = null): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: { actor: { userId: 'system', role: 'system' }, correlationId, causationId, occurredAt: '2026-03-02T09:00:00.000Z', schemaVersion: 1 },
  };
}

/** Where `recordEffect` leaves its mark: one stream per message key. */
export const effectStream = (message: IntegrationMessage) => `effect-${message.key}`;

/** The effect of the test handlers: one event with a fresh id, so a second run would show as a second event. */
export async function recordEffect(message: IntegrationMessage, session: EventStoreSession): Promise<void> {
  const event = newEvent('MessageHandled', { messageId: message.messageId }, message.correlationId, message.messageId);
  await session.appendToStream(effectStream(message), [event], { expectedVersion: 'any' });
}

export interface LogEntry {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

/** A real pino logger whose JSON lines are kept, so tests can check what was logged and with which fields. */
export function capturingLogger(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => entries.push(JSON.parse(line) as LogEntry) });
  return { logger, entries };
}

export const PINO_LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;
