/**
 * The event store could not be reached, or did not answer within its timeout. Nothing is known
 * about an append that failed this way: callers answer "try again later" (HTTP 503, a Kafka
 * redelivery), never "refused", and never park the message that met it.
 */
export class EventStoreUnavailableError extends Error {
  constructor(message: string, options: { readonly cause: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }

  /** "Event store <store> is unavailable: <the cause's message>", the cause kept for the logs. */
  static because(store: string, cause: unknown): EventStoreUnavailableError {
    return new EventStoreUnavailableError(`Event store ${store} is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Node's socket errors that mean "the server is gone or unreachable", not "the request was wrong". */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATE classes and codes of an unavailable server: 08 connection exceptions, 57P01–57P03
 * (administrator shutdown, crash shutdown, cannot connect now), 53 insufficient resources
 * (too many connections, out of memory), 57014 a statement cancelled by its timeout, 25P03 a
 * session the server closed for idling in a transaction (rolled back, so safe to try again).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || code.startsWith('53') || ['57P01', '57P02', '57P03', '57014', '25P03'].includes(code);
}

/**
 * node-postgres reports a dropped connection and its own timeouts without a code: a connection
 * lost ("Connection terminated unexpectedly", "… due to connection timeout"), a client opened
 * outside a pool that timed out connecting ("timeout expired"), a pool that found no connection
 * in time, a query that got no answer (query_timeout), a client whose connection had failed.
 */
const DRIVER_OUTAGE_MESSAGE =
  /^Connection terminated|^timeout expired$|timeout exceeded when trying to connect|^Query read timeout$|Client has encountered a connection error/;

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** True for an outage of the store (any driver's wording), false for a refusal of the data. */
export function isEventStoreUnavailable(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  const code = codeOf(error);
  if (code !== undefined && (NETWORK_CODES.has(code) || isUnavailableSqlState(code))) return true;
  return error instanceof Error && code === undefined && DRIVER_OUTAGE_MESSAGE.test(error.message);
}

/**
 * `error` as an EventStoreUnavailableError naming `store` when it is an outage, otherwise
 * unchanged, so a refusal (a conflict, unstorable data) keeps its own type.
 */
export function asEventStoreUnavailable(error: unknown, store: string): unknown {
  if (error instanceof EventStoreUnavailableError || !isEventStoreUnavailable(error)) return error;
  return EventStoreUnavailableError.because(store, error);
}

/**
 * True when the store refused the data itself (SQLSTATE class 22, data exception: a NUL byte
 * in text, an invalid byte sequence, a number out of range). Trying the same data again can
 * never succeed, so a message carrying it is parked rather than redelivered.
 */
export function isUnstorableData(error: unknown): boolean {
  return codeOf(error)?.startsWith('22') ?? false;
}
