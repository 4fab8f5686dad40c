import { IHeaders, KafkaMessage } from 'kafkajs';
import { MalformedMessageError } from '../messaging.errors';
import { fromKafkaMessage } from './kafka-record';

/** A record as kafkajs hands it over (the record-batch form, the one with headers). */
const received = (parts: { key?: Buffer; value?: Buffer; headers?: IHeaders }): KafkaMessage => ({
  key: parts.key ?? Buffer.from('award-1'),
  value: parts.value ?? Buffer.from('{}'),
  headers: parts.headers ?? {},
  timestamp: '0',
  attributes: 0,
  offset: '0',
});
// ED A0 80: U+D800 encoded as if it were a character, which UTF-8 forbids.
const surrogateBytes = Buffer.from([0x61, 0xed, 0xa0, 0x80]);

describe('Kafka record as text', () => {
  it('reads UTF-8 keys, values and headers, the last of a repeated header winning', () => {
    const record = fromKafkaMessage(
      received({ value: Buffer.from('{"note":"융합"}'), headers: { 'message-id': [Buffer.from('first'), Buffer.from('second')], 'trace-id': 't-1' } }),
    );
    expect(record).toEqual({ key: 'award-1', value: '{"note":"융합"}', headers: { 'message-id': 'second', 'trace-id': 't-1' } });
  });

  it.each([
    ['a header', { headers: { 'message-id': surrogateBytes } }, /header message-id is not valid UTF-8/],
    ['the key', { key: surrogateBytes }, /key is not valid UTF-8/],
    ['the value', { value: Buffer.from([0x7b, 0xff, 0x7d]) }, /value is not valid UTF-8/],
  ])('refuses %s that is not UTF-8 rather than repair it', (_part, parts, reason) => {
    expect(() => fromKafkaMessage(received(parts))).toThrow(MalformedMessageError);
    expect(() => fromKafkaMessage(received(parts))).toThrow(reason);
  });

  it('drops a trace header that is not UTF-8 and keeps the message: the message starts a new trace', () => {
    const record = fromKafkaMessage(received({ headers: { 'message-id': 'm-1', traceparent: surrogateBytes, tracestate: 'vendor=1' } }));
    expect(record.headers).toEqual({ 'message-id': 'm-1', traceparent: undefined, tracestate: 'vendor=1' });
  });

  it('repairs what it is told to, for readers that must see every record', () => {
    expect(fromKafkaMessage(received({ key: surrogateBytes }), (bytes) => bytes.toString('utf8')).key).toBe('a\ufffd\ufffd\ufffd');
  });
});
