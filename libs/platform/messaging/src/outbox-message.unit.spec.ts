import { PendingOutboxMessage } from '@yunghap/event-store';
import { fromOutboxMessage, toOutboxMessage } from './outbox-message';
import { testMessage } from './testing/test-messages';

describe('integration messages in the outbox', () => {
  const topic = 'yunghap.grants.events';
  const asPending = (row: ReturnType<typeof toOutboxMessage>): PendingOutboxMessage => ({
    ...row,
    headers: row.headers ?? {},
    outboxId: 41,
    createdAt: '2026-03-02T09:00:01.000Z',
  });

  it('comes out of the outbox as the message that went in, with its extra headers', () => {
    const message = testMessage('award-7', { amountWon: 480_000_000 });
    const row = toOutboxMessage(topic, message, { 'trace-id': 'trace-1' });

    expect(row).toMatchObject({ messageId: message.messageId, topic, key: 'award-7', type: message.type, payload: message.payload });
    expect(fromOutboxMessage(asPending(row))).toEqual({ topic, message, headers: { 'trace-id': 'trace-1' } });
  });

  it('refuses a row whose headers do not carry the envelope', () => {
    const row = { ...toOutboxMessage(topic, testMessage('award-7')), headers: {} };
    expect(() => fromOutboxMessage(asPending(row))).toThrow(/schema-version is missing/);
  });
});
