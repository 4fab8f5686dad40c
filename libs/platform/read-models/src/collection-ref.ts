import { ReadModelCollection, ReadModelDocument, ReadModelStore } from './read-model-store.port';

/**
 * A collection by name and document type, declared once beside the projection that fills it,
 * so readers cannot pair a name with the wrong type.
 * Example:
 *   export const APPLICATIONS = collectionRef<ApplicationView>('applications');
 *   const view = await APPLICATIONS.in(runtime.readModels).findOne({ _id: applicationId });
 */
export interface CollectionRef<D extends ReadModelDocument> {
  readonly name: string;
  in(store: ReadModelStore): ReadModelCollection<D>;
}

export function collectionRef<D extends ReadModelDocument>(name: string): CollectionRef<D> {
  return { name, in: (store) => store.collection<D>(name) };
}
