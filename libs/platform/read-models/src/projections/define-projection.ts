import type { DomainEventShape, RecordedEvent, RecordedOf } from '@yunghap/event-store';
import { CollectionRef } from '../collection-ref';
import { ReadModelDocument } from '../read-model-store.port';
import { Projection, ProjectionIndex } from './projection';

/**
 * The event types a projection reads, as a record: listing `true` for every type of the union
 * (or `false` for one it deliberately ignores) makes a type the domain adds a compile error here.
 */
export type EventTypes<E extends DomainEventShape> = Readonly<Record<E['type'], boolean>>;

export interface ProjectionDefinition<E extends DomainEventShape, D extends ReadModelDocument> {
  /** Names the projection's checkpoint: renaming it replays everything. */
  readonly name: string;
  readonly collection: CollectionRef<D>;
  readonly handles: EventTypes<E>;
  /** The document the event changes, the documents when several, or null for none. */
  idOf(event: RecordedOf<E>): string | readonly string[] | null;
  /** Document `id` after the event, or null to delete it; `doc` is null when there is none yet. */
  evolve(doc: D | null, event: RecordedOf<E>, id: string): D | null;
  readonly indexes?: readonly ProjectionIndex[];
}

/**
 * A projection over one context's events, typed by them: the runner hands it only the types it
 * handles, so the one place that treats a recorded event as a domain event is here.
 */
export function defineProjection<E extends DomainEventShape, D extends ReadModelDocument>(definition: ProjectionDefinition<E, D>): Projection<D> {
  const handles = (Object.keys(definition.handles) as E['type'][]).filter((type) => definition.handles[type]);
  const handled = new Set<string>(handles);
  const typed = (event: RecordedEvent): RecordedOf<E> => {
    // The runner's own guard (projectBatch skips unhandled types); kept so a direct caller cannot slip one in.
    if (!handled.has(event.type)) throw new Error(`projection ${definition.name} does not handle ${event.type}`);
    return event as RecordedOf<E>;
  };
  return {
    name: definition.name,
    collection: definition.collection.name,
    handles,
    documentId: (event) => definition.idOf(typed(event)),
    apply: (doc, event, id) => definition.evolve(doc, typed(event), id),
    ...(definition.indexes && { indexes: definition.indexes }),
  };
}
