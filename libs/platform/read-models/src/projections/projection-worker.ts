import type { EventStore, RecordedEvent, Subscription } from '@yunghap/event-store';
import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { Checkpoints } from './checkpoints';
import { ProjectionError, ProjectionTimeoutError } from './projection.errors';
import { Projected, Projection } from './projection';
import { projectEvent } from './project-event';

export type ProjectionState = 'stopped' | 'running' | 'failed';

/** Events between checkpoint saves while catching up. */
const CHECKPOINT_EVERY = 1_000;

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Runs one projection: its subscription, its checkpoint, and who waits for it. */
export class ProjectionWorker {
  private readonly handled: ReadonlySet<string>;
  private readonly collection: ReadModelCollection<Projected<ReadModelDocument>>;
  private subscription: Subscription | null = null;
  private failure: ProjectionError | null = null;
  /** Position of the last event handled, ahead of the saved checkpoint between saves. */
  private handledPosition = 0;
  private savedPosition = 0;
  /** Checkpoint writes run one after another, so a late one never overwrites a newer one. */
  private checkpointWrites: Promise<void> = Promise.resolve();
  private readonly waiters = new Set<Waiter>();
  /** start, stop and rebuild run one at a time, whoever calls them. */
  private lifecycle: Promise<void> = Promise.resolve();

  constructor(
    readonly projection: Projection,
    private readonly eventStore: EventStore,
    readModels: ReadModelStore,
    private readonly checkpoints: Checkpoints,
    private readonly onError: (error: ProjectionError) => void,
  ) {
    this.handled = new Set(projection.handles);
    this.collection = readModels.collection(projection.collection);
  }

  get position(): number {
    return this.handledPosition;
  }

  get state(): ProjectionState {
    if (this.failure) return 'failed';
    return this.subscription ? 'running' : 'stopped';
  }

  get error(): ProjectionError | null {
    return this.failure;
  }

  /** Resumes from the saved checkpoint; a failed projection starts again from there too. */
  start(): Promise<void> {
    return this.serially(() => this.subscribe());
  }

  /** Finishes the event in hand and saves the checkpoint. */
  stop(): Promise<void> {
    return this.serially(() => this.unsubscribe());
  }

  /** Drops the collection, resets the checkpoint and replays from position 0. */
  rebuild(): Promise<void> {
    return this.serially(async () => {
      await this.unsubscribe();
      // From here on the old position no longer describes the collection: waiters must wait.
      this.handledPosition = 0;
      await this.collection.drop();
      await this.checkpoints.save(this.projection.name, 0);
      await this.subscribe();
    });
  }

  /** Resolves once every event up to `position` is projected; rejects if the projection fails first. */
  waitFor(position: number, timeoutMs: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
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
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
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

  private async subscribe(): Promise<void> {
    if (this.subscription) return;
    this.failure = null;
    for (const index of this.projection.indexes ?? []) await this.collection.createIndex(index.keys, index.options);
    this.handledPosition = this.savedPosition = await this.checkpoints.load(this.projection.name);
    this.subscription = this.eventStore.subscribeToAll({
      after: this.handledPosition,
      onEvent: (event) => this.handle(event),
      onCaughtUp: () => this.caughtUp(),
      onError: (error) => this.fail(error instanceof ProjectionError ? error : this.stoppedBy(error)),
    });
  }

  private async unsubscribe(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
    await this.saveCheckpoint();
  }

  private async handle(event: RecordedEvent): Promise<void> {
    if (this.handled.has(event.type)) {
      try {
        await projectEvent(this.projection, this.collection, event);
      } catch (error) {
        throw ProjectionError.onEvent(this.projection.name, event, error);
      }
    }
    this.advance(event.position);
    // Saved every so many events and whenever caught up: a replay from an older checkpoint is
    // harmless (each document's _position guard skips what it has seen), a write per event is not.
    if (this.handledPosition - this.savedPosition >= CHECKPOINT_EVERY) await this.saveCheckpoint();
  }

  private caughtUp(): void {
    this.saveCheckpoint().catch((error: unknown) => this.fail(this.stoppedBy(error)));
  }

  private advance(position: number): void {
    this.handledPosition = position;
    for (const waiter of this.waiters) {
      if (waiter.position > position) continue;
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }

  private saveCheckpoint(): Promise<void> {
    const write = this.checkpointWrites.then(async () => {
      const position = this.handledPosition;
      if (position === this.savedPosition) return;
      await this.checkpoints.save(this.projection.name, position);
      this.savedPosition = position;
    });
    // The caller of this write hears of its failure; the chain itself must go on.
    this.checkpointWrites = write.catch(() => undefined);
    return write;
  }

  private stoppedBy(error: unknown): ProjectionError {
    return ProjectionError.afterPosition(this.projection.name, this.handledPosition, error);
  }

  private fail(error: ProjectionError): void {
    this.failure = error;
    const subscription = this.subscription;
    this.subscription = null;
    void subscription?.stop();
    // Keep what was handled before the failure, so a restart resumes right at the failing event.
    void this.saveCheckpoint()
      .catch(() => undefined)
      .then(() => {
        for (const waiter of this.waiters) waiter.reject(error);
        this.waiters.clear();
        this.onError(error);
      });
  }
}
