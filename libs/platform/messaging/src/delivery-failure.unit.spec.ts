import { EventStoreUnavailableError } from '@yunghap/event-store';
import { DomainError } from '@yunghap/kernel';
import { classifyFailure } from './delivery-failure';
import { RefusedMessageError } from './messaging.errors';

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

  it('parks a decider’s refusal at once, wherever it sits in the causes, unless another message may lift it', () => {
    const refusal = new DomainError('ALLOCATION.UNKNOWN_ENGAGEMENT', 'not-found', 'No such engagement');
    const refused = new RefusedMessageError('message-1', refusal);
    expect(refused).toMatchObject({ code: 'ALLOCATION.UNKNOWN_ENGAGEMENT', messageId: 'message-1', refusal, retryable: false });
    expect(classifyFailure(refused)).toBe('refused');
    expect(classifyFailure(new Error('could not handle the answer', { cause: refused }))).toBe('refused');

    const mayPassLater = new RefusedMessageError('message-2', refusal, { retryBecause: 'the engagement may not be recorded yet' });
    expect(mayPassLater.retryable).toBe(true);
    expect(mayPassLater.message).toBe('ALLOCATION.UNKNOWN_ENGAGEMENT: No such engagement (retried: the engagement may not be recorded yet)');
    expect(classifyFailure(mayPassLater)).toBe('failed');
  });

  it('stops following a cycle of causes', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    first.cause = second;
    expect(classifyFailure(first)).toBe('failed');
  });
});
