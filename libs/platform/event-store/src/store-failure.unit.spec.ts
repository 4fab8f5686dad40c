import { DatabaseError } from 'pg';
import { WrongExpectedVersionError } from './errors';
import { asEventStoreUnavailable, EventStoreUnavailableError, isEventStoreUnavailable, isUnstorableData } from './store-failure';

/** A server error as node-postgres parses it off the wire. */
function serverError(code: string, message: string, severity: 'ERROR' | 'FATAL' = 'ERROR'): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  return Object.assign(error, { code, severity });
}

/** A socket error as Node raises it (net.Socket's 'error'). */
function socketError(code: string, syscall: string, message: string): Error {
  return Object.assign(new Error(message), { code, syscall, errno: -1 });
}

// The shapes observed from node-postgres 8 against PostgreSQL on loopback, directly and through a fault proxy.
const outages: readonly (readonly [string, unknown])[] = [
  ['connection refused', socketError('ECONNREFUSED', 'connect', 'connect ECONNREFUSED 127.0.0.1:55432')],
  ['connection reset', socketError('ECONNRESET', 'read', 'read ECONNRESET')],
  ['host not found', socketError('ENOTFOUND', 'getaddrinfo', 'getaddrinfo ENOTFOUND postgres.internal')],
  ['server closed the connection', new Error('Connection terminated unexpectedly')],
  ['pool connect timeout', new Error('Connection terminated due to connection timeout')],
  ['client connect timeout', new Error('timeout expired')],
  ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
  ['no answer to a query', new Error('Query read timeout')],
  ['query on a failed client', new Error('Client has encountered a connection error and is not queryable')],
  ['pg_terminate_backend or shutdown', serverError('57P01', 'terminating connection due to administrator command', 'FATAL')],
  ['crash shutdown', serverError('57P02', 'terminating connection because of crash of another server process', 'FATAL')],
  ['server starting up', serverError('57P03', 'the database system is starting up', 'FATAL')],
  ['statement timeout', serverError('57014', 'canceling statement due to statement timeout')],
  ['idle in transaction timeout', serverError('25P03', 'terminating connection due to idle-in-transaction timeout', 'FATAL')],
  ['too many connections', serverError('53300', 'sorry, too many clients already', 'FATAL')],
  ['connection failure', serverError('08006', 'connection failure')],
  ['already classified', EventStoreUnavailableError.because('PostgreSQL schema grants', new Error('Query read timeout'))],
];

const refusals: readonly (readonly [string, unknown])[] = [
  ['NUL byte in text', serverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')],
  ['NUL escape in jsonb', serverError('22P05', 'unsupported Unicode escape sequence')],
  ['unique violation', serverError('23505', 'duplicate key value violates unique constraint "es_events_pkey"')],
  ['store function refusal', serverError('YH001', 'wrong expected version')],
  ['syntax error', serverError('42601', 'syntax error at or near "SELEC"')],
  ['domain conflict', new WrongExpectedVersionError('grant-1', 2, 3)],
  ['our own closed pool', new Error('Cannot use a pool after calling end on the pool')],
  // The same words inside a longer message are not node-postgres's: only its own errors count.
  ['a message that only mentions a timeout', new Error('validation failed: timeout expired for field deadline')],
  ['not an error at all', 'Connection terminated'],
];

describe('classifying failures of the event store', () => {
  it.each(outages)('%s is an outage', (_name, error) => {
    expect(isEventStoreUnavailable(error)).toBe(true);
    expect(isUnstorableData(error)).toBe(false);
  });

  it.each(refusals)('%s is not an outage', (_name, error) => {
    expect(isEventStoreUnavailable(error)).toBe(false);
  });

  it('treats only data exceptions (SQLSTATE class 22) as unstorable', () => {
    expect(isUnstorableData(serverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'))).toBe(true);
    expect(isUnstorableData(serverError('22P05', 'unsupported Unicode escape sequence'))).toBe(true);
    expect(isUnstorableData(serverError('23505', 'duplicate key value'))).toBe(false);
    expect(isUnstorableData(new Error('Connection terminated unexpectedly'))).toBe(false);
  });
});

describe('asEventStoreUnavailable', () => {
  it('wraps an outage, naming the store and the cause and keeping the original error', () => {
    const cause = serverError('57P01', 'terminating connection due to administrator command', 'FATAL');

    const wrapped = asEventStoreUnavailable(cause, 'PostgreSQL 127.0.0.1:55432/yunghap, schema grants');

    expect(wrapped).toBeInstanceOf(EventStoreUnavailableError);
    expect((wrapped as Error).message).toBe(
      'Event store PostgreSQL 127.0.0.1:55432/yunghap, schema grants is unavailable: terminating connection due to administrator command',
    );
    expect((wrapped as Error).cause).toBe(cause);
  });

  it('leaves refusals and errors already wrapped as they are', () => {
    const conflict = new WrongExpectedVersionError('grant-1', 2, 3);
    const unstorable = serverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00');
    const wrapped = EventStoreUnavailableError.because('PGlite in memory', new Error('Query read timeout'));

    expect(asEventStoreUnavailable(conflict, 'PGlite in memory')).toBe(conflict);
    expect(asEventStoreUnavailable(unstorable, 'PGlite in memory')).toBe(unstorable);
    expect(asEventStoreUnavailable(wrapped, 'another store')).toBe(wrapped);
  });
});
