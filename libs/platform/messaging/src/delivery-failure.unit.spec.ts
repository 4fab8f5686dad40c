import { EventStoreUnavailableError } from '@yunghap/event-store';
import { classifyFailure } from './delivery-failure';

/** node-postgres reports the server's SQLSTATE as `code`. */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('classifying a failed delivery', () => {
  it.each<[string, unknown, ReturnType<typeof classifyFailure>]>([
    ['the store reported unavailable', new EventStoreUnavailableError('PostgreSQL is unavailable', { cause: new Error('ECONNREFUSED') }), 'unavailable'],
    ['a statement timeout', pgError('57014', 'canceling statement due to statement timeout'), 'unavailable'],
    ['a dropped connection', new Error('Connection terminated unexpectedly'), 'unavailable'],
    ['a NUL in text (22021)', pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), 'unstorable'],
    ['a \\u0000 in JSON (22P05)', pgError('22P05', 'unsupported Unicode escape sequence'), 'unstorable'],
    ['a handler’s own error', new RangeError('amountWon must be positive'), 'failed'],
    ['a value that is no error', 'boom', 'failed'],
  ])('%s', (_case, error, expected) => {
    expect(classifyFailure(error)).toBe(expected);
  });

  it('looks through the causes a handler wrapped around the store’s error', () => {
    const wrapped = new Error('could not record the allocation', { cause: new Error('append failed', { cause: pgError('08006', 'connection failure') }) });
    expect(classifyFailure(wrapped)).toBe('unavailable');
  });

  it('never takes an outage for a refusal, whatever the consumer refuses', () => {
    const refuseAll = () => true;
    expect(classifyFailure(pgError('57P01', 'terminating connection due to administrator command'), refuseAll)).toBe('unavailable');
    expect(classifyFailure(new TypeError('payload.amountWon is not a number'), refuseAll)).toBe('refused');
    expect(classifyFailure(new TypeError('payload.amountWon is not a number'), (error) => error instanceof RangeError)).toBe('failed');
  });

  it('stops following a cycle of causes', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    first.cause = second;
    expect(classifyFailure(first)).toBe('failed');
  });
});
