import { catchUpSubscription, RecordedEvent } from '@yunghap/event-store';
import { recordedEvent } from '../testing/recorded-event';
import { eventually } from '@yunghap/testing';
import { InMemoryReadModelStore } from '../in-memory/in-memory-read-model-store.adapter';
import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { EventSource } from './live-feed';
import { Projection } from './projection';
import { ProjectionError } from './projection.errors';
import { ProjectionRunner } from './projection-runner';
import { retryDelayMs } from './retry-policy';

interface Visits extends ReadModelDocument {
  readonly visits: number;
}

/** An event log in memory, served the way the SQL event stores serve theirs. */
class EventLog implements EventSource {
  private readonly events: RecordedEvent[] = [];
  private readonly listeners = new Set<() => void>();

  append(streamId: string, count = 1): number {
    for (let n = 0; n < count; n += 1) {
      const position = this.events.length + 1;
      this.events.push(recordedEvent(position, streamId, 'Visited'));
    }
    for (const listener of this.listeners) listener();
    return this.events.length;
  }

  async readAll(options: { after?: number; maxCount?: number } = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    return this.events.slice(after, after + (options.maxCount ?? this.events.length));
  }

  async headPosition(): Promise<number> {
    return this.events.length;
  }

  subscribeToAll: EventSource['subscribeToAll'] = (options) =>
    catchUpSubscription(
      {
        readAll: (range) => this.readAll(range),
        onAppended: (listener) => {
          this.listeners.add(listener);
          return () => this.listeners.delete(listener);
        },
      },
      options,
      { batchSize: 500, pollIntervalMs: 50 },
    );
}

/** The in-memory store with a switch that makes every collection operation fail, as an outage would. */
function switchable(store: ReadModelStore): { readonly store: ReadModelStore; down: boolean } {
  const outage = { down: false, store };
  outage.store = {
    ...store,
    collection: <T extends ReadModelDocument>(name: string) =>
      new Proxy(store.collection<T>(name), {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) =>
            outage.down ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:27017')) : (value as (...a: unknown[]) => unknown).apply(target, args);
        },
      }) as ReadModelCollection<T>,
  };
  return outage;
}

const visits: Projection<Visits> = {
  name: 'visits',
  collection: 'visits',
  handles: ['Visited'],
  documentId: (event) => event.streamId,
  apply: (doc, event) => ({ _id: event.streamId, visits: (doc?.visits ?? 0) + 1 }),
};

describe('ProjectionRunner states', () => {
  let log: EventLog;
  let readModels: InMemoryReadModelStore;
  let outage: { readonly store: ReadModelStore; down: boolean };
  let runner: ProjectionRunner;
  const failures: ProjectionError[] = [];

  beforeEach(() => {
    log = new EventLog();
    readModels = new InMemoryReadModelStore();
    outage = switchable(readModels);
    failures.length = 0;
    runner = new ProjectionRunner({
      eventStore: log,
      readModels: outage.store,
      projections: [visits],
      onError: (error) => failures.push(error),
      retryPolicy: { initialDelayMs: 10, maxDelayMs: 40, random: () => 0.5 },
    });
  });

  afterEach(() => runner.stop());

  const state = async () => (await runner.status())[0];

  it('catches up in batches, then goes live and follows', async () => {
    log.append('a', 1_500);
    expect(await state()).toEqual({ projection: 'visits', state: 'stopped', position: 0, lag: 1_500 });
    await runner.start();
    await eventually(async () => ((await state())?.state === 'live' ? true : undefined), 5_000, 'live');
    expect(await state()).toEqual({ projection: 'visits', state: 'live', position: 1_500, lag: 0 });

    const next = log.append('b');
    await runner.waitFor(next);
    expect(await readModels.collection<Visits>('visits').find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', visits: 1_500, _position: 1_500 },
      { _id: 'b', visits: 1, _position: next },
    ]);
  });

  it('retries through a store outage without rejecting waiters, then catches up and goes live', async () => {
    log.append('a');
    await runner.start();
    await eventually(async () => ((await state())?.state === 'live' ? true : undefined), 5_000, 'live');

    outage.down = true;
    const last = log.append('a', 3);
    const waiting = runner.waitFor(last, { timeoutMs: 5_000 });
    await eventually(
      async () => {
        const status = await state();
        return status?.state === 'retrying' && status.retry.attempt >= 3 ? status : undefined;
      },
      5_000,
      'three failed attempts',
    );
    const status = await state();
    expect(status).toMatchObject({ state: 'retrying', position: 1, lag: 3, retry: { lastError: expect.stringContaining('ECONNREFUSED') } });
    expect(failures[0]).toMatchObject({ projection: 'visits', position: 1, eventType: null });

    outage.down = false;
    await waiting;
    await eventually(async () => ((await state())?.state === 'live' ? true : undefined), 5_000, 'live again');
    expect(await readModels.collection<Visits>('visits').findOne({ _id: 'a' })).toEqual({ _id: 'a', visits: 4, _position: last });
  });

  it('finishes a rebuild that met an outage by itself once the store is back', async () => {
    const last = log.append('a', 2);
    await runner.start();
    await runner.waitFor(last);

    outage.down = true;
    await expect(runner.rebuild('visits')).rejects.toThrow('ECONNREFUSED');
    await readModels.collection<Visits>('visits').insertOne({ _id: 'stray', visits: 9 });
    outage.down = false;

    await runner.waitFor(last);
    expect(await readModels.collection<Visits>('visits').find({})).toEqual([{ _id: 'a', visits: 2, _position: last }]);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the initial delay up to the cap, keeping between half and all of it', () => {
    const policy = (random: number) => ({ initialDelayMs: 250, maxDelayMs: 15_000, random: () => random });
    expect([1, 2, 3, 7, 8, 20].map((attempt) => retryDelayMs(policy(0.999_999), attempt))).toEqual([250, 500, 1_000, 15_000, 15_000, 15_000]);
    expect([1, 2, 3, 7].map((attempt) => retryDelayMs(policy(0), attempt))).toEqual([125, 250, 500, 7_500]);
  });
});
