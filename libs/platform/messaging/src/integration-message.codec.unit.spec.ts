import { contextTopic, deadLetterTopic } from './integration-message';
import { decodeMessage, encodeMessage, ReceivedRecord } from './integration-message.codec';
import { MalformedMessageError } from './messaging.errors';
import { testMessage } from './testing/test-messages';

describe('integration message on the wire', () => {
  const message = testMessage('award-7', { amountWon: 480_000_000, consortium: ['㈜융합', 'Hanbit Labs'], approved: true, note: null });

  it('carries the envelope in headers and the bare payload as the JSON value', () => {
    const record = encodeMessage(message, { 'trace-id': 'trace-1' });

    expect(record).toEqual({
      key: 'award-7',
      value: JSON.stringify(message.payload),
      headers: {
        'trace-id': 'trace-1',
        'message-id': message.messageId,
        'message-type': 'grants.AwardApproved',
        'schema-version': '1',
        'occurred-at': message.occurredAt,
        'correlation-id': message.correlationId,
        'causation-id': message.causationId,
      },
    });
    expect(decodeMessage(record)).toEqual({ message, headers: { 'trace-id': 'trace-1' } });
  });

  it('leaves the causation header out when there is no cause, and reads its absence back as null', () => {
    const first = { ...message, causationId: null };
    const record = encodeMessage(first);
    expect(record.headers).not.toHaveProperty('causation-id');
    expect(decodeMessage(record).message).toEqual(first);
  });

  it.each<[string, Partial<typeof message>, RegExp]>([
    ['an empty id', { messageId: '' }, /message id is missing/],
    ['an empty key', { key: '' }, /key is missing/],
    ['a schema version of 0', { schemaVersion: 0 }, /schema version must be a positive integer/],
    ['a fractional schema version', { schemaVersion: 1.5 }, /schema version must be a positive integer/],
    ['an occurred-at that is no timestamp', { occurredAt: 'yesterday' }, /occurred-at is not a timestamp/],
    ['an empty causation id', { causationId: '' }, /causation id is missing/],
    ['a payload that is not JSON', { payload: undefined as never }, /payload is not JSON/],
  ])('refuses to encode a message with %s', (_case, change, reason) => {
    expect(() => encodeMessage({ ...message, ...change })).toThrow(reason);
    expect(() => encodeMessage({ ...message, ...change })).toThrow(MalformedMessageError);
  });

  it('carries who decided, when a person did, and refuses an actor with an unknown role', () => {
    const decided = { ...message, actor: { userId: 'fin-lee', role: 'finance' as const } };
    const record = encodeMessage(decided);

    expect(record.headers).toMatchObject({ 'actor-id': 'fin-lee', 'actor-role': 'finance' });
    expect(decodeMessage(record).message).toEqual(decided);
    expect(decodeMessage(encodeMessage(message)).message).not.toHaveProperty('actor');
    expect(() => decodeMessage({ ...record, headers: { ...record.headers, 'actor-role': 'king' } })).toThrow(MalformedMessageError);
  });

  it('accepts ids of the longest length allowed, and characters beyond the BMP in pairs', () => {
    const roomy = { ...message, messageId: 'm'.repeat(200), correlationId: '융합-𝒳' };
    expect(decodeMessage(encodeMessage(roomy)).message).toEqual(roomy);
  });

  it('refuses extra headers that would overwrite the envelope', () => {
    expect(() => encodeMessage(message, { 'message-type': 'grants.AwardRevoked' })).toThrow(/"message-type" would overwrite the envelope/);
  });

  const valid = (): ReceivedRecord => encodeMessage(message);
  it.each<[string, (record: ReceivedRecord) => ReceivedRecord, RegExp]>([
    ['without a message id header', (r) => ({ ...r, headers: { ...r.headers, 'message-id': undefined } }), /message-id is missing/],
    ['without a key', (r) => ({ ...r, key: null }), /key is missing/],
    ['with a tombstone value', (r) => ({ ...r, value: null }), /value is empty/],
    ['with a value that is not JSON', (r) => ({ ...r, value: '{"amountWon":' }), /value is not JSON/],
    [
      'with a schema version that is not a number',
      (r) => ({ ...r, headers: { ...r.headers, 'schema-version': 'v2' } }),
      /schema version must be a positive integer, got "v2"/,
    ],
    ['whose message id holds a NUL', (r) => ({ ...r, headers: { ...r.headers, 'message-id': 'award\u00007' } }), /message-id holds the character U\+0000 at 5/],
    [
      'whose correlation id holds a lone surrogate',
      (r) => ({ ...r, headers: { ...r.headers, 'correlation-id': 'corr-\ud800' } }),
      /correlation-id holds the character U\+D800 at 5/,
    ],
    [
      'whose message id is 201 characters long',
      (r) => ({ ...r, headers: { ...r.headers, 'message-id': 'm'.repeat(201) } }),
      /message-id is 201 characters long, more than 200/,
    ],
    [
      'whose actor id holds a line break',
      (r) => ({ ...r, headers: { ...r.headers, 'actor-id': 'fin\nlee', 'actor-role': 'finance' } }),
      /actor-id holds the character U\+000A/,
    ],
  ])('refuses to decode a record %s', (_case, damage, reason) => {
    expect(() => decodeMessage(damage(valid()))).toThrow(reason);
  });
});

describe('topic names', () => {
  it('gives each context its events topic and each topic its dead-letter topic', () => {
    expect(contextTopic('grants')).toBe('yunghap.grants.events');
    expect(deadLetterTopic(contextTopic('evaluation'))).toBe('yunghap.evaluation.events.dlq');
  });

  it('refuses a context name that would make an odd topic', () => {
    expect(() => contextTopic('Grants')).toThrow(RangeError);
    expect(() => contextTopic('grants.events')).toThrow(RangeError);
    expect(() => contextTopic('')).toThrow(RangeError);
  });
});
