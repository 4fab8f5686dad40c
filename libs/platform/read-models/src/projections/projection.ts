import type { RecordedEvent } from '@yunghap/event-store';
import { IndexKeys, IndexOptions, ReadModelDocument } from '../read-model-store.port';

export interface ProjectionIndex {
  readonly keys: IndexKeys;
  readonly options?: IndexOptions;
}

/**
 * How one collection of read models follows the events. Pure, so that it can be dropped and
 * replayed from position 0 at any time; the collection belongs to this projection alone.
 * Services define theirs with `defineProjection`, which types the events; this is what it makes.
 * Example:
 *   const grantsView: Projection<GrantView> = {
 *     name: 'grants-view', collection: 'grants', handles: ['GrantAwarded', 'GrantWithdrawn'],
 *     documentId: (event) => event.streamId,
 *     apply: (doc, event) => event.type === 'GrantWithdrawn' ? null : { _id: event.streamId, status: 'awarded' },
 *   };
 */
export interface Projection<D extends ReadModelDocument = ReadModelDocument> {
  /** Names the projection's checkpoint: renaming it replays everything. */
  readonly name: string;
  readonly collection: string;
  /** Event types it reads; the others only advance its checkpoint. */
  readonly handles: readonly string[];
  /**
   * The `_id` of the document an event changes, or of each when it changes several (one per
   * firm of an application, say), or null when it changes none.
   */
  documentId(event: RecordedEvent): string | readonly string[] | null;
  /**
   * The document `id` after the event (with that `_id`), or null to delete it. `doc` is null
   * when there is none yet; it never carries the runner's `_position`.
   */
  apply(doc: D | null, event: RecordedEvent, id: string): D | null;
  /** Created at start and again after a rebuild, since dropping the collection drops them. */
  readonly indexes?: readonly ProjectionIndex[];
}

/** A projected document as stored: with the global position of the last event applied to it. */
export type Projected<D extends ReadModelDocument> = D & { readonly _position: number };
