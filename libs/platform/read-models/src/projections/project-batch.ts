import type { RecordedEvent } from '@yunghap/event-store';
import { BulkOperation, ReadModelCollection, ReadModelDocument } from '../read-model-store.port';
import { DuplicateKeyError } from '../read-model.errors';
import { ProjectionError } from './projection.errors';
import { Projected, Projection } from './projection';
import { documentIdsOf, projectEventOn, withoutPosition } from './project-event';

export interface BatchOutcome {
  /** Position of the last event handled: the batch's last, or the one before `failure`. */
  readonly through: number;
  /** `apply` threw, or a document could not be written: the events from there on are not handled. */
  readonly failure: ProjectionError | null;
}

/** One document's part of a batch: as stored, and as the batch's events leave it. */
interface Touched<D extends ReadModelDocument> {
  readonly id: string;
  readonly stored: Projected<D> | null;
  current: D | null;
  /** Position of the last event applied to it in this batch; 0 while none was. */
  position: number;
}

function nextWrite<D extends ReadModelDocument>(touched: Touched<D>): BulkOperation<Projected<D>> | null {
  const { id, stored, current, position } = touched;
  if (current === null) return stored === null ? null : { deleteOne: { filter: { _id: id, _position: stored._position } } };
  const document: Projected<D> = { ...current, _position: position };
  if (stored === null) return { insertOne: { document } };
  return { replaceOne: { filter: { _id: id, _position: stored._position }, replacement: document } };
}

/**
 * Projects a batch of events (ascending positions, all after `after`) with one read of the
 * documents they touch and one unordered bulk write, each write guarded by the `_position` it
 * read, so replays and a second runner stay harmless as with `projectEvent`. A document whose
 * guarded write did not take (another runner wrote it, or a unique key refused it) is done
 * again event by event with `projectEventOn`, which re-reads it and skips what was applied.
 * On a failing `apply`, the documents are written as the events before it left them (an event
 * that changes several documents may then be in some of them: each skips it when it comes again).
 */
export async function projectBatch<D extends ReadModelDocument>(
  projection: Projection<D>,
  collection: ReadModelCollection<Projected<D>>,
  events: readonly RecordedEvent[],
  after: number,
): Promise<BatchOutcome> {
  const handles = new Set(projection.handles);
  const concerned = events.flatMap((event) => (handles.has(event.type) ? documentIdsOf(projection, event).map((id) => ({ event, id })) : []));
  const stored = new Map((await collection.findByIds([...new Set(concerned.map(({ id }) => id))])).map((document) => [document._id, document]));

  const touched = new Map<string, Touched<D>>();
  let failure: ProjectionError | null = null;
  let applied = concerned;
  for (const [index, { event, id }] of concerned.entries()) {
    const document = touched.get(id) ?? { id, stored: stored.get(id) ?? null, current: null, position: 0 };
    if (!touched.has(id)) {
      document.current = document.stored === null ? null : withoutPosition(document.stored);
      touched.set(id, document);
    }
    if (document.stored !== null && document.stored._position >= event.position) continue;
    try {
      const next = projection.apply(document.current, event, id);
      if (next !== null && next._id !== id) throw new Error(`apply returned a document with _id ${next._id} for document ${id}`);
      document.current = next;
      document.position = event.position;
    } catch (error) {
      failure = ProjectionError.onEvent(projection.name, event, error);
      applied = concerned.slice(0, index);
      break;
    }
  }

  const writes = [...touched.values()]
    .filter((document) => document.position > 0)
    .flatMap((document) => {
      const write = nextWrite(document);
      return write === null ? [] : [{ id: document.id, write }];
    });
  const result = await collection.bulkWrite(writes.map(({ write }) => write));
  const guarded = writes.filter(({ write }) => !('insertOne' in write)).length;
  const guardsHeld =
    result.matchedCount + result.deletedCount + result.duplicateKeys.filter((index) => !('insertOne' in writes[index].write)).length === guarded;
  // The counts do not say which guarded write missed, so all of them are checked on the slow path then.
  const redo = new Set([
    ...result.duplicateKeys.map((index) => writes[index].id),
    ...(guardsHeld ? [] : writes.filter(({ write }) => !('insertOne' in write)).map(({ id }) => id)),
  ]);

  let through = failure === null ? (events[events.length - 1]?.position ?? after) : positionBefore(events, failure.position, after);
  for (const { event, id } of applied) {
    if (!redo.has(id)) continue;
    try {
      await projectEventOn(projection, collection, event, id);
    } catch (error) {
      // A unique key the data breaks stays broken on every retry; anything else is the store's.
      if (!(error instanceof DuplicateKeyError)) throw error;
      failure = ProjectionError.onEvent(projection.name, event, error);
      through = positionBefore(events, event.position, after);
      break;
    }
  }
  return { through, failure };
}

function positionBefore(events: readonly RecordedEvent[], position: number, after: number): number {
  let before = after;
  for (const event of events) if (event.position < position) before = event.position;
  return before;
}
