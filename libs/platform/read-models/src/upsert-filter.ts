import { Filter } from './read-model-store.port';
import { UpsertWithoutIdError } from './read-model.errors';

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const [first] = Object.keys(value);
  return first !== undefined && first.startsWith('$');
}

/**
 * The top-level equality conditions of a filter, by field path: what an upsert copies into
 * the document it creates. Conditions nested in `$and` are left out, as FerretDB does.
 */
export function filterEqualities(filter: Filter): Record<string, unknown> {
  const equalities: Record<string, unknown> = {};
  for (const [path, condition] of Object.entries(filter)) {
    if (path.startsWith('$')) continue;
    if (!isOperatorObject(condition)) equalities[path] = condition;
    else if ('$eq' in condition) equalities[path] = condition['$eq'];
  }
  return equalities;
}

/** The `_id` an upsert with this filter would create; both adapters refuse upserts without one. */
export function upsertId(collection: string, filter: Filter): string {
  const id = filterEqualities(filter)['_id'];
  if (typeof id !== 'string') throw new UpsertWithoutIdError(collection);
  return id;
}
