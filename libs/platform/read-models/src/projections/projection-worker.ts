import type { Tracer } from '@opentelemetry/api';
import type { RecordedEvent } from '@yunghap/event-store';
import { inProjectionSpan, markFailed } from '@yunghap/telemetry';
import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { Checkpoints } from './checkpoints';
import { EventSource, LiveFeed } from './live-feed';
import { projectBatch } from './project-batch';
import { ProjectionError, ProjectionTimeoutError } from './projection.errors';
import { ProjectionRun } from './projection-run';
import { ProjectionState, ProjectionStatus, RetryStatus } from './projection-status';
import { Projected, Projection } from './projection';
import { RetryPolicy, retryDelayMs } from './retry-policy';

/**
 * Events read and projected at a time while catching up, and the most taken from the live
 * feed at once: with FerretDB a batch costs about one round trip per 50 changed documents, so
 * bigger batches mostly save the per-batch read and checkpoint write.
 */
export const BATCH_SIZE = 1_000;

/**
 * While following the live feed the checkpoint is saved at most this often, not after every
 * batch: a checkpoint write is as dear as the batch's own (FerretDB), and a replay from an older
 * checkpoint is harmless (each document's _position guard skips what it has seen) and short.
 */
export const LIVE_CHECKPOINT_INTERVAL_MS = 1_000;

/** What the worker's owner hears of each failed attempt. */
export interface RetryNotice {
  readonly attempt: number;
  readonly delayMs: number;
}

export interface ProjectionWorkerOptions {
  readonly retryPolicy: RetryPolicy;
  readonly onError: (error: ProjectionError, retry: RetryNotice) => void;
  readonly tracer?: Tracer;
  readonly reveal?: (events: readonly RecordedEvent[]) => Promise<readonly RecordedEvent[]>;
}

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
}

/**
 * Runs one projection: catches up from its checkpoint in batches, then follows the live feed;
 * after any failure (store, event store, or `apply`) waits with backoff and goes on from the
 * last event handled, until stopped.
 */
export class ProjectionWorker {
  private readonly collection: ReadModelCollection<Projected<ReadModelDocument>>;
  private run: ProjectionRun | null = null;
  private done: Promise<void> = Promise.resolve();
  /** Position of the last event handled, ahead of the saved checkpoint when a save failed. */
  private handledPosition = 0;
  private savedPosition = 0;
  private savedAt = 0;
  private state: ProjectionState = 'stopped';
  private catchUp = { from: 0, target: 0 };
  private retry: RetryStatus | null = null;
  /** A rebuild whose drop and checkpoint reset did not happen yet: done first by the next attempt. */
  private resetPending = false;
  private readonly waiters = new Set<Waiter>();
  /** start, stop and rebuild run one at a time, whoever calls them. */
  private lifecycle: Promise<void> = Promise.resolve();

  constructor(
    readonly projection: Projection,
    private readonly source: EventSource,
    readModels: ReadModelStore,
    private readonly checkpoints: Checkpoints,
    private readonly options: ProjectionWorkerOptions,
  ) {
    this.collection = readModels.collection(projection.collection);
  }

  get position(): number {
    return this.handledPosition;
  }

  status(head: number): ProjectionStatus {
    const base = { projection: this.projection.name, position: this.handledPosition, lag: Math.max(0, head - this.handledPosition) };
    switch (this.state) {
      case 'retrying':
        if (this.retry === null) throw new Error(`Projection ${this.projection.name} is retrying without a failure on record`);
        return { ...base, state: this.state, retry: this.retry };
      case 'catching-up': {
        const { from, target } = this.catchUp;
        const progress = target <= from ? 1 : Math.min(1, Math.max(0, (this.handledPosition - from) / (target - from)));
        return { ...base, state: this.state, target, progress };
      }
      case 'live':
      case 'stopped':
        return { ...base, state: this.state };
      default:
        return this.state satisfies never;
    }
  }

  /** Resumes from the saved checkpoint and keeps going, through failures, until `stop()`. */
  start(): Promise<void> {
    return this.serially(async () => this.launch());
  }

  /** Finishes the batch in hand and saves the checkpoint. */
  stop(): Promise<void> {
    return this.serially(() => this.halt());
  }

  /**
   * Drops the collection, resets the checkpoint and replays from position 0. When the reset
   * fails, the worker still runs and does it on its next attempt; the call rejects with why.
   */
  rebuild(): Promise<void> {
    return this.serially(async () => {
      await this.halt();
      // From here on the old position no longer describes the collection: waiters must wait.
      this.handledPosition = 0;
      this.resetPending = true;
      try {
        await this.reset();
      } finally {
        this.launch();
      }
    });
  }

  /** Resolves once every event up to `position` is projected; a failing projection only makes it time out. */
  waitFor(position: number, timeoutMs: number): Promise<void> {
    if (this.handledPosition >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new ProjectionTimeoutError(this.projection.name, position, this.handledPosition, timeoutMs));
      }, timeoutMs);
      const waiter: Waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.add(waiter);
    });
  }

  private serially(operation: () => Promise<void>): Promise<void> {
    const run = this.lifecycle.then(operation);
    this.lifecycle = run.catch(() => undefined);
    return run;
  }

  private launch(): void {
    if (this.run !== null) return;
    const run = (this.run = new ProjectionRun());
    this.state = 'catching-up';
    this.catchUp = { from: this.handledPosition, target: this.handledPosition };
    this.done = this.attempts(run);
  }

  private async halt(): Promise<void> {
    const run = this.run;
    if (run === null) return;
    this.run = null;
    await run.stop();
    await this.done;
    this.state = 'stopped';
    this.retry = null;
    await this.saveCheckpoint();
  }

  private async attempts(run: ProjectionRun): Promise<void> {
    let attempt = 0;
    while (!run.stopped) {
      try {
        await this.follow(run, () => {
          attempt = 0;
          this.retry = null;
          if (this.state === 'retrying') this.state = 'catching-up';
        });
        return;
      } catch (error) {
        if (run.stopped) return;
        attempt += 1;
        const failure = error instanceof ProjectionError ? error : ProjectionError.afterPosition(this.projection.name, this.handledPosition, error);
        const delayMs = retryDelayMs(this.options.retryPolicy, attempt);
        this.state = 'retrying';
        this.retry = { attempt, error: failure, lastError: failure.message, nextRetryAt: new Date(Date.now() + delayMs).toISOString() };
        this.options.onError(failure, { attempt, delayMs });
        await run.sleep(delayMs);
      }
    }
  }

  /** Catches up in batches, then follows the live feed; returns when stopped, throws on a failure. */
  private async follow(run: ProjectionRun, progressed: () => void): Promise<void> {
    if (!run.prepared) {
      if (this.resetPending) await this.reset();
      for (const index of this.projection.indexes ?? []) await this.collection.createIndex(index.keys, index.options);
      this.handledPosition = this.savedPosition = await this.checkpoints.load(this.projection.name);
      run.prepared = true;
    }
    this.catchUp = { from: this.handledPosition, target: await this.source.headPosition() };
    for (;;) {
      if (run.stopped) return;
      const events = await this.source.readAll({ after: this.handledPosition, maxCount: BATCH_SIZE });
      await this.handle(events);
      progressed();
      if (events.length < BATCH_SIZE) break;
    }

    // Checked with no await before the feed exists, so a stop() meanwhile cannot miss closing it.
    if (run.stopped) return;
    this.state = 'live';
    const feed = run.following(new LiveFeed(this.source, this.handledPosition, BATCH_SIZE));
    try {
      for (;;) {
        const events = await feed.take(BATCH_SIZE);
        if (run.stopped || events.length === 0) return;
        await this.handle(events);
      }
    } finally {
      await feed.close();
    }
  }

  private async handle(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { through, failure } = await inProjectionSpan(this.options.tracer, this.projection.name, events, async (span) => {
      const shown = this.options.reveal ? await this.options.reveal(events) : events;
      const outcome = await projectBatch(this.projection, this.collection, shown, this.handledPosition);
      if (outcome.failure !== null) markFailed(span, outcome.failure);
      return outcome;
    });
    this.advance(through);
    if (this.state !== 'live' || failure !== null || Date.now() - this.savedAt >= LIVE_CHECKPOINT_INTERVAL_MS) await this.saveCheckpoint();
    if (failure !== null) throw failure;
  }

  private async reset(): Promise<void> {
    await this.collection.drop();
    await this.checkpoints.save(this.projection.name, 0);
    this.savedPosition = 0;
    this.resetPending = false;
  }

  private advance(position: number): void {
    this.handledPosition = position;
    for (const waiter of this.waiters) {
      if (waiter.position > position) continue;
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }

  private async saveCheckpoint(): Promise<void> {
    const position = this.handledPosition;
    if (position === this.savedPosition) return;
    await this.checkpoints.save(this.projection.name, position);
    this.savedPosition = position;
    this.savedAt = Date.now();
  }
}
