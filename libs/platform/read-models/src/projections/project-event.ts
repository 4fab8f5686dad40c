import type { RecordedEvent } from '@yunghap/event-store';
import { ReadModelCollection, ReadModelDocument } from '../read-model-store.port';
import { DuplicateKeyError } from '../read-model.errors';
import { Projected, Projection } from './projection';

/**
 * A write that finds the document changed since it was read means another runner of the same
 * projection got there first; re-reading then usually shows the event already applied.
 */
const MAX_ATTEMPTS = 3;

/**
 * Applies one event to the document it concerns, guarded by the `_position` read: an event at
 * or before the document's `_position` was applied already and is skipped, so redelivery and
 * replays from an older checkpoint are idempotent.
 */
export async function projectEvent<D extends ReadModelDocument>(
  projection: Projection<D>,
  collection: ReadModelCollection<Projected<D>>,
  event: RecordedEvent,
): Promise<void> {
  for (const id of documentIdsOf(projection, event)) await projectEventOn(projection, collection, event, id);
}

/** The documents an event changes, as a list. */
export function documentIdsOf(projection: Projection<ReadModelDocument>, event: RecordedEvent): readonly string[] {
  const ids = projection.documentId(event);
  if (ids === null) return [];
  return typeof ids === 'string' ? [ids] : ids;
}

/** `projectEvent` for one of the event's documents. */
export async function projectEventOn<D extends ReadModelDocument>(
  projection: Projection<D>,
  collection: ReadModelCollection<Projected<D>>,
  event: RecordedEvent,
  id: string,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = await collection.findOne({ _id: id });
    if (stored !== null && stored._position >= event.position) return;
    try {
      if (await writeNext(projection, collection, id, stored, event)) return;
      if (attempt === MAX_ATTEMPTS) {
        throw new Error(`document ${id} changed under this runner ${MAX_ATTEMPTS} times: is another runner writing the same projection?`);
      }
    } catch (error) {
      if (!(error instanceof DuplicateKeyError) || attempt === MAX_ATTEMPTS) throw error;
    }
  }
}

/** Returns false when the document changed since it was read, so nothing was written. */
async function writeNext<D extends ReadModelDocument>(
  projection: Projection<D>,
  collection: ReadModelCollection<Projected<D>>,
  id: string,
  stored: Projected<D> | null,
  event: RecordedEvent,
): Promise<boolean> {
  const next = projection.apply(stored === null ? null : withoutPosition(stored), event, id);
  if (next === null) {
    if (stored === null) return true;
    return (await collection.deleteOne({ _id: id, _position: stored._position })).deletedCount === 1;
  }
  if (next._id !== id) throw new Error(`apply returned a document with _id ${next._id} for document ${id}`);
  const document: Projected<D> = { ...next, _position: event.position };
  if (stored === null) {
    await collection.insertOne(document);
    return true;
  }
  return (await collection.replaceOne({ _id: id, _position: stored._position }, document)).matchedCount === 1;
}

export function withoutPosition<D extends ReadModelDocument>(stored: Projected<D>): D {
  const { _position: _ignored, ...document } = stored;
  return document as unknown as D;
}
