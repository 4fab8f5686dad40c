import type { EventStore } from '@yunghap/event-store';
import { ReadModelStore } from '../read-model-store.port';
import { Checkpoints } from './checkpoints';
import { ProjectionError } from './projection.errors';
import { Projection } from './projection';
import { ProjectionState, ProjectionWorker } from './projection-worker';

export interface ProjectionRunnerOptions {
  readonly eventStore: EventStore;
  /** Holds the projections' collections and their checkpoints (`_checkpoints`). */
  readonly readModels: ReadModelStore;
  readonly projections: readonly Projection[];
  /** Told when a projection stops on an error; it stays stopped until `start()` or `rebuild()`. */
  readonly onError?: (error: ProjectionError) => void;
}

export interface ProjectionStatus {
  readonly projection: string;
  readonly state: ProjectionState;
  /** Global position of the last event handled. */
  readonly position: number;
  /** How many positions the projection is behind the event store's head. */
  readonly lag: number;
  readonly error: ProjectionError | null;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 10_000;

/**
 * Keeps a service's projections up to date: each follows the event store from its own
 * checkpoint, catching up first and then live.
 * Example:
 *   const runner = new ProjectionRunner({ eventStore, readModels, projections: [grantsView] });
 *   await runner.start();
 *   const { lastPosition } = await eventStore.appendToStream(...);
 *   await runner.waitFor(lastPosition); // read your own write
 */
export class ProjectionRunner {
  private readonly workers: ReadonlyMap<string, ProjectionWorker>;

  constructor(private readonly options: ProjectionRunnerOptions) {
    const checkpoints = new Checkpoints(options.readModels);
    const workers = new Map<string, ProjectionWorker>();
    for (const projection of options.projections) {
      if (workers.has(projection.name)) throw new Error(`Two projections are named ${projection.name}: each needs its own checkpoint`);
      workers.set(
        projection.name,
        new ProjectionWorker(projection, options.eventStore, options.readModels, checkpoints, (error) => options.onError?.(error)),
      );
    }
    this.workers = workers;
  }

  async start(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.start()));
  }

  /** Lets each projection finish the event in hand and saves its checkpoint. */
  async stop(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
  }

  /** Drops the projection's collection and replays every event into it; resolves once replay has started. */
  async rebuild(projection: string): Promise<void> {
    await this.worker(projection).rebuild();
  }

  /**
   * Resolves once every projection has handled every event up to `position` (an append's
   * `lastPosition`), so a query after it sees that write. Rejects when a projection fails or
   * `timeoutMs` passes first.
   */
  async waitFor(position: number, options: { readonly timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
    await Promise.all([...this.workers.values()].map((worker) => worker.waitFor(position, timeoutMs)));
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.options.eventStore.headPosition();
    return [...this.workers.values()].map((worker) => ({
      projection: worker.projection.name,
      state: worker.state,
      position: worker.position,
      lag: Math.max(0, head - worker.position),
      error: worker.error,
    }));
  }

  private worker(projection: string): ProjectionWorker {
    const worker = this.workers.get(projection);
    if (worker === undefined) throw new Error(`No projection named ${projection}; known: ${[...this.workers.keys()].join(', ')}`);
    return worker;
  }
}
