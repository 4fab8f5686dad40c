import type { Tracer } from '@opentelemetry/api';
import type { RecordedEvent } from '@yunghap/event-store';
import { ReadModelStore } from '../read-model-store.port';
import { Checkpoints } from './checkpoints';
import { EventSource } from './live-feed';
import { ProjectionError } from './projection.errors';
import { ProjectionState, ProjectionStatus } from './projection-status';
import { Projection } from './projection';
import { ProjectionWorker, RetryNotice } from './projection-worker';
import { DEFAULT_RETRY_POLICY, RetryPolicy } from './retry-policy';

export interface ProjectionRunnerOptions {
  /** Any `EventStore`; only reading, subscribing and the head position are used. */
  readonly eventStore: EventSource;
  /** Holds the projections' collections and their checkpoints (`_checkpoints`). */
  readonly readModels: ReadModelStore;
  readonly projections: readonly Projection[];
  /**
   * Told of every failed attempt of a projection (the store unreachable, or `apply` throwing on
   * an event); the projection tries again by itself after `retry.delayMs`.
   */
  readonly onError?: (error: ProjectionError, retry: RetryNotice) => void;
  /** Backoff between attempts; defaults to 250 ms doubling to 15 s, with jitter. */
  readonly retryPolicy?: Partial<RetryPolicy>;
  /** Each projected batch in a span `project <name>` (see `inProjectionSpan`); none without. */
  readonly tracer?: Tracer;
  /**
   * What the projections see of each batch, when the store holds something they must not see as
   * stored: personal data sealed under a person's key, opened (or shown erased) here.
   */
  readonly reveal?: (events: readonly RecordedEvent[]) => Promise<readonly RecordedEvent[]>;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 10_000;

/**
 * Keeps a service's projections up to date: each follows the event store from its own
 * checkpoint, catching up first and then live, and outlives outages of either store.
 * Example:
 *   const runner = new ProjectionRunner({ eventStore, readModels, projections: [grantsView] });
 *   await runner.start();
 *   const { lastPosition } = await eventStore.appendToStream(...);
 *   await runner.waitFor(lastPosition); // read your own write
 *   (await runner.status()).every((status) => status.state === 'live'); // reads are current
 */
export class ProjectionRunner {
  private readonly workers: ReadonlyMap<string, ProjectionWorker>;

  constructor(private readonly options: ProjectionRunnerOptions) {
    const checkpoints = new Checkpoints(options.readModels);
    const retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
    const workers = new Map<string, ProjectionWorker>();
    for (const projection of options.projections) {
      if (workers.has(projection.name)) throw new Error(`Two projections are named ${projection.name}: each needs its own checkpoint`);
      workers.set(
        projection.name,
        new ProjectionWorker(projection, options.eventStore, options.readModels, checkpoints, {
          retryPolicy,
          onError: (error, retry) => options.onError?.(error, retry),
          tracer: options.tracer,
          reveal: options.reveal,
        }),
      );
    }
    this.workers = workers;
  }

  /** Starts every projection; resolves at once, their catch-up goes on in the background (see `waitFor`). */
  async start(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.start()));
  }

  /** Lets each projection finish the batch in hand and saves its checkpoint. */
  async stop(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
  }

  /** Drops the projection's collection and replays every event into it; resolves once replay has started. */
  async rebuild(projection: string): Promise<void> {
    await this.worker(projection).rebuild();
  }

  /**
   * Resolves once every projection has handled every event up to `position` (an append's
   * `lastPosition`), so a query after it sees that write; with `eventTypes` (what the append
   * wrote), only the projections that read one of them: a view that reads none cannot show the
   * write, and need not hold up its answer. Rejects with `ProjectionTimeoutError` when `timeoutMs`
   * passes first; a projection that is retrying does not reject it sooner.
   */
  async waitFor(position: number, options: { readonly timeoutMs?: number; readonly eventTypes?: readonly string[] } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
    const { eventTypes } = options;
    const concerned = [...this.workers.values()].filter(
      (worker) => eventTypes === undefined || worker.projection.handles.some((type) => eventTypes.includes(type)),
    );
    await Promise.all(concerned.map((worker) => worker.waitFor(position, timeoutMs)));
  }

  /** One status per projection, in the order given; reads the event store's head for the lag. */
  /** Each projection's status; `head` (the event store's, when the caller has it) measures the lag. */
  async status(head?: number): Promise<ProjectionStatus[]> {
    const known = head ?? (await this.options.eventStore.headPosition());
    return [...this.workers.values()].map((worker) => worker.status(known));
  }

  /** Each projection's state alone, without asking the event store: what gating a read needs, even while the store is down. */
  states(): { readonly projection: string; readonly state: ProjectionState }[] {
    return [...this.workers.values()].map((worker) => ({ projection: worker.projection.name, state: worker.status(worker.position).state }));
  }

  private worker(projection: string): ProjectionWorker {
    const worker = this.workers.get(projection);
    if (worker === undefined) throw new Error(`No projection named ${projection}; known: ${[...this.workers.keys()].join(', ')}`);
    return worker;
  }
}
