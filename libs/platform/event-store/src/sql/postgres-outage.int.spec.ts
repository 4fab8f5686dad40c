import { Client } from 'pg';
import pino, { Logger } from 'pino';
import { FaultProxy, localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { openPostgresEventStore } from '../open-event-store';
import { EventStoreUnavailableError } from '../store-failure';
import { testEvent } from '../testing/event-store.contract';
import { SqlEventStore } from './sql-event-store';

const engine = localEngines().postgres;
// A database of its own: NOTIFY is database-wide, and other suites' appends must not wake ours.
const database = uniqueName('es_outage').toLowerCase();
const schema = 'grants';
const applicationName = `yunghap-${schema}`;
const admin = new Client({ connectionString: engine.url, application_name: 'yunghap-outage-spec' });

function urlTo(port: number): string {
  const url = new URL(engine.url);
  url.port = String(port);
  url.pathname = `/${database}`;
  return url.toString();
}
const directUrl = urlTo(engine.port);

// Small bounds so that every outage below ends in about a second.
const timeouts = { connectMs: 1_000, statementMs: 500, idleInTransactionMs: 5_000 };
const listenRetry = { initialDelayMs: 50, maxDelayMs: 200 };

/** A wait that outlasts this gives up naming what it waited for, rather than as a bare test timeout. */
const PATIENCE_MS = 15_000;

/** Everything recorded so far, and a wait for a condition on it that is re-checked on each record. */
class Recorder<T> {
  readonly items: T[] = [];
  private waiters: { readonly holds: (items: readonly T[]) => boolean; readonly resolve: () => void }[] = [];

  record(item: T): void {
    this.items.push(item);
    this.waiters = this.waiters.filter((waiter) => !(waiter.holds(this.items) && (waiter.resolve(), true)));
  }

  async until(what: string, holds: (items: readonly T[]) => boolean): Promise<void> {
    if (holds(this.items)) return;
    let timer: NodeJS.Timeout | undefined;
    let resolveWaiter: () => void = () => undefined;
    const satisfied = new Promise<void>((resolve, reject) => {
      resolveWaiter = resolve;
      timer = setTimeout(() => reject(new Error(`never saw ${what} (recorded: ${JSON.stringify(this.items)})`)), PATIENCE_MS);
    });
    const waiter = { holds, resolve: resolveWaiter };
    this.waiters.push(waiter);
    try {
      await satisfied;
    } finally {
      clearTimeout(timer);
      this.waiters = this.waiters.filter((other) => other !== waiter);
    }
  }
}

type LogEntry = { readonly msg: string; readonly attempt?: number };

function recordingLogger(): { readonly logger: Logger; readonly logs: Recorder<LogEntry> } {
  const logs = new Recorder<LogEntry>();
  return { logger: pino({ level: 'info' }, { write: (line: string) => logs.record(JSON.parse(line) as LogEntry) }), logs };
}

const closers: (() => Promise<unknown>)[] = [];
const closeAfterTest = <R>(resource: R, close: (resource: R) => Promise<unknown>): R => {
  closers.push(() => close(resource));
  return resource;
};

async function startProxy(): Promise<{ readonly proxy: FaultProxy; readonly url: string }> {
  const proxy = closeAfterTest(await FaultProxy.start(engine), (opened) => opened.close());
  return { proxy, url: urlTo(proxy.port) };
}

async function openStore(connectionString: string, logger?: Logger): Promise<SqlEventStore> {
  const store = await openPostgresEventStore({ connectionString, schema, timeouts, listenRetry, logger });
  return closeAfterTest(store, (opened) => opened.close());
}

/** Counts the store's wake-ups for appends; the first comes once its LISTEN connection is up. */
function wakeUps(store: SqlEventStore): Recorder<null> {
  const wakes = new Recorder<null>();
  const stop = store.onOutboxAppended(() => wakes.record(null));
  closers.push(async () => stop());
  return wakes;
}

async function failureOf(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => new Error('expected the store to report an outage, but the call succeeded'),
    (error: unknown) => error,
  );
}

function expectOutage(error: unknown): void {
  expect(error).toBeInstanceOf(EventStoreUnavailableError);
  expect((error as Error).message).toContain(`/${database}, schema ${schema} is unavailable: `);
  // What the driver (or the ping's own deadline) reported is kept as the cause, for the logs.
  expect((error as Error).cause).toBeInstanceOf(Error);
  expect((error as Error).cause).not.toBeInstanceOf(EventStoreUnavailableError);
}

beforeAll(async () => {
  await requireEngine(engine);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe('the PostgreSQL event store through outages', () => {
  it('survives the server terminating all its connections, idle ones included, and appends again', async () => {
    const { logger, logs } = recordingLogger();
    const store = await openStore(directUrl, logger);
    // Listening, so that its connection is among those the server terminates.
    await wakeUps(store).until('the LISTEN connection up', (items) => items.length === 1);
    const streamId = `grant-${uniqueName('restart')}`;
    const first = testEvent('GrantProposed');
    await store.appendToStream(streamId, [first], { expectedVersion: 'no-stream' });
    // Several pooled connections, idle once these answer.
    await Promise.all([store.readStream(streamId), store.headPosition(), store.readAll({ maxCount: 1 })]);

    const { rows } = await admin.query<{ application_name: string }>(
      'SELECT application_name, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name IN ($2, $3)',
      [database, applicationName, `${applicationName}-listen`],
    );
    const pooled = rows.filter((row) => row.application_name === applicationName).length;
    await logs.until(
      `${pooled} dropped idle connections logged`,
      (items) => items.filter((entry) => entry.msg === 'PostgreSQL dropped an idle connection').length === pooled,
    );
    await logs.until('the LISTEN connection restored', (items) => items.some((entry) => entry.msg === 'PostgreSQL LISTEN connection restored'));
    const second = testEvent('GrantApproved');
    await store.appendToStream(streamId, [second], { expectedVersion: 1 });

    expect(pooled).toBeGreaterThan(0);
    expect(rows.map((row) => row.application_name)).toContain(`${applicationName}-listen`);
    expect((await store.readStream(streamId)).map((event) => event.eventId)).toEqual([first.eventId, second.eventId]);
  });

  it('reports a refusing server as unavailable, then appends once it is back', async () => {
    const { proxy, url } = await startProxy();
    const store = await openStore(url);
    const streamId = `grant-${uniqueName('refused')}`;
    const first = testEvent('GrantProposed');
    const second = testEvent('GrantApproved');
    await store.appendToStream(streamId, [first], { expectedVersion: 'no-stream' });

    proxy.refuse();
    const appendFailure = await failureOf(store.appendToStream(streamId, [second], { expectedVersion: 1 }));
    const readFailure = await failureOf(store.readStream(streamId));
    const pingFailure = await failureOf(store.ping());
    proxy.restore();
    await store.appendToStream(streamId, [second], { expectedVersion: 1 });
    const answer = await store.ping();

    expectOutage(appendFailure);
    expectOutage(readFailure);
    expectOutage(pingFailure);
    expect(answer.latencyMs).toBeGreaterThanOrEqual(0);
    expect((await store.readStream(streamId)).map((event) => event.eventId)).toEqual([first.eventId, second.eventId]);
  });

  it('ends every call on a frozen server with "unavailable", and neither loses nor duplicates an append after it thaws', async () => {
    const { proxy, url } = await startProxy();
    const store = await openStore(url);
    const streamId = `grant-${uniqueName('frozen')}`;
    const messageId = uniqueName('message');
    const first = testEvent('GrantProposed');
    const second = testEvent('GrantApproved');
    await store.appendToStream(streamId, [first], { expectedVersion: 'no-stream' });

    proxy.freeze();
    const failures = await Promise.all([
      failureOf(store.appendToStream(streamId, [second], { expectedVersion: 1 })),
      failureOf(store.runOnce('outage-consumer', messageId, (session) => session.appendToStream(streamId, [second], { expectedVersion: 1 }))),
      failureOf(store.ping(300)),
      failureOf(store.headPosition()),
    ]);
    proxy.restore();
    // Whether the frozen append reached the server is unknown: the caller retries the same events,
    // which the store recognises by their ids.
    await store.appendToStream(streamId, [second], { expectedVersion: 1 });
    const redelivered = await store.runOnce('outage-consumer', messageId, async () => 'handled');

    failures.forEach(expectOutage);
    expect((await store.readStream(streamId)).map((event) => event.eventId)).toEqual([first.eventId, second.eventId]);
    expect(redelivered).toEqual({ processed: true, result: 'handled' });
  });

  it('wakes a subscriber for another process’s append after its LISTEN connection was cut and refused for a while', async () => {
    const { proxy, url } = await startProxy();
    const { logger, logs } = recordingLogger();
    const subscriber = await openStore(url, logger);
    const writer = await openStore(directUrl);
    const wakes = wakeUps(subscriber);
    await wakes.until('the LISTEN connection up', (items) => items.length === 1);

    proxy.refuse();
    await logs.until('a third attempt to reconnect', (items) =>
      items.some((entry) => entry.msg === 'PostgreSQL LISTEN connection down; retrying' && entry.attempt === 3),
    );
    proxy.restore();
    // Woken once on reconnecting: appends made while it was away were never announced.
    await wakes.until('a wake-up on reconnecting', (items) => items.length === 2);
    await writer.appendToStream(`grant-${uniqueName('notified')}`, [testEvent('GrantProposed')], { expectedVersion: 'no-stream' });
    await wakes.until('a wake-up for the other store’s append', (items) => items.length === 3);

    expect(logs.items.filter((entry) => entry.msg === 'PostgreSQL LISTEN connection restored')).toHaveLength(1);
  });

  it('fails to open against a refusing server with "unavailable" and leaves nothing open', async () => {
    const { proxy, url } = await startProxy();
    proxy.refuse();

    const failure = await failureOf(openPostgresEventStore({ connectionString: url, schema, timeouts }));

    expectOutage(failure);
  });

  it('closes while the server is frozen, dropping the connections it cannot end politely', async () => {
    const { proxy, url } = await startProxy();
    const store = await openPostgresEventStore({ connectionString: url, schema, timeouts, listenRetry });
    const wakes = wakeUps(store);
    await wakes.until('the LISTEN connection up', (items) => items.length === 1);
    await store.headPosition();

    proxy.freeze();

    // The leak detector of the test environment fails this file if a socket was left open.
    await expect(store.close()).resolves.toBeUndefined();
  });
});
