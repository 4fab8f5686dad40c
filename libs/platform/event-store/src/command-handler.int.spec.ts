import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { Decider, DomainCommand, DomainError } from '@yunghap/kernel';
import { inSpan, startTracing } from '@yunghap/telemetry';
import pino from 'pino';
import { handleCommand } from './command-handler';
import { ConcurrencyConflictError } from './errors';
import { openPgliteEventStore } from './open-event-store';
import { SqlEventStore } from './sql/sql-event-store';

// A budget line in miniature: the shape of every real decider, small enough to read in one go.
type LineCommand = DomainCommand<'Open', { amount: number }> | DomainCommand<'Commit', { amount: number }>;
type LineEvent = { type: 'Opened'; data: { amount: number } } | { type: 'Committed'; data: { amount: number } };
interface LineState {
  readonly open: boolean;
  readonly available: number;
}

const line: Decider<LineCommand, LineEvent, LineState> = {
  initialState: () => ({ open: false, available: 0 }),
  evolve: (state, event) =>
    event.type === 'Opened' ? { open: true, available: event.data.amount } : { ...state, available: state.available - event.data.amount },
  decide: (command, state) => {
    if (command.type === 'Open')
      return state.open ? new DomainError('LINE.ALREADY_OPEN', 'conflict', 'already open') : [{ type: 'Opened', data: command.data }];
    if (command.data.amount > state.available) {
      return new DomainError('LINE.INSUFFICIENT', 'rule', 'not enough left', { available: state.available });
    }
    return [{ type: 'Committed', data: command.data }];
  },
};

const metadata = { now: '2026-04-01T00:00:00.000Z', actor: { userId: 'pm-lee', role: 'program-manager' as const }, correlationId: 'corr-1' };
const open = (amount: number): LineCommand => ({ type: 'Open', data: { amount }, metadata });
const commit = (amount: number): LineCommand => ({ type: 'Commit', data: { amount }, metadata });

describe('handleCommand (on the PGlite event store)', () => {
  let store: SqlEventStore;
  beforeAll(async () => (store = await openPgliteEventStore()));
  afterAll(() => store.close());

  it('appends the decided events with the command metadata and returns the new state', async () => {
    const result = await handleCommand(store, 'line-a', open(1_000), line);

    expect(result).toMatchObject({ ok: true, state: { open: true, available: 1_000 }, version: 1 });
    const [stored] = await store.readStream('line-a');
    expect(stored.metadata).toMatchObject({ actor: metadata.actor, correlationId: 'corr-1', occurredAt: metadata.now, schemaVersion: 1 });
  });

  it('returns a refused command as a typed domain error and appends nothing', async () => {
    const result = await handleCommand(store, 'line-a', commit(5_000), line);

    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'LINE.INSUFFICIENT', kind: 'rule', details: { available: 1_000 } }) });
    expect(await store.readStream('line-a')).toHaveLength(1);
  });

  it('never overspends under concurrent commands: losers re-read and decide again', async () => {
    await handleCommand(store, 'line-b', open(10_000), line);

    const results = await Promise.all(Array.from({ length: 15 }, () => handleCommand(store, 'line-b', commit(1_000), line, { maxAttempts: 20 })));

    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(5).fill('LINE.INSUFFICIENT'));
    const events = await store.readStream('line-b');
    expect(events.filter((e) => e.type === 'Committed')).toHaveLength(10);
  });

  it('gives up with a ConcurrencyConflictError after the bounded attempts', async () => {
    await handleCommand(store, 'line-c', open(10_000), line);
    let raced = false;
    // A session whose every append is preceded by a competing write: the race is lost each time.
    const contested = {
      readStream: store.readStream.bind(store),
      appendToStream: async (...args: Parameters<SqlEventStore['appendToStream']>) => {
        await handleCommand(store, 'line-c', commit(1), line);
        raced = true;
        return store.appendToStream(...args);
      },
    };

    await expect(handleCommand(contested, 'line-c', commit(1), line, { maxAttempts: 2 })).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(raced).toBe(true);
  });

  it('writes integration messages to the outbox in the same append', async () => {
    await handleCommand(store, 'line-d', open(500), line, {
      outbox: (events, state, { streamId, version }) => [
        {
          messageId: '00000000-0000-4000-8000-000000000001',
          topic: 'yunghap.grants.events',
          key: streamId,
          type: 'LineOpened',
          payload: { available: state.available, version, events: events.length },
        },
      ],
    });

    const pending = await store.pendingOutbox(10);
    expect(pending).toEqual([expect.objectContaining({ key: 'line-d', type: 'LineOpened', payload: { available: 500, version: 1, events: 1 } })]);
    await store.markPublished(pending.map((row) => row.outboxId));
  });

  it('keeps the span a command runs in with its events and outbox rows, and nothing outside a span', async () => {
    const tracing = startTracing(
      { serviceName: 'yunghap-grants', destination: { kind: 'exporter', exporter: new InMemorySpanExporter() } },
      pino({ level: 'silent' }),
    );
    const message = {
      messageId: '00000000-0000-4000-8000-000000000002',
      topic: 'yunghap.grants.events',
      key: 'line-e',
      type: 'LineOpened',
      payload: {},
      headers: { 'x-kept': 'yes' },
    };
    const span = await inSpan(tracing.tracer, 'command Open', {}, async (active) => {
      await handleCommand(store, 'line-e', open(500), line, { outbox: () => [message] });
      return active.spanContext();
    });
    await tracing.shutdown();
    const traceparent = `00-${span.traceId}-${span.spanId}-01`;

    const [event] = await store.readStream('line-e');
    expect(event.metadata.traceContext).toEqual({ traceparent });
    expect((await store.pendingOutbox(10)).map((row) => row.headers)).toEqual([{ 'x-kept': 'yes', traceparent }]);

    await handleCommand(store, 'line-f', open(500), line);
    expect((await store.readStream('line-f'))[0].metadata).not.toHaveProperty('traceContext');
  });
});
