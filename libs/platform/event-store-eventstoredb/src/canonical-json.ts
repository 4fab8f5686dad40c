/**
 * JSON with every object's keys in a fixed order, so that equal values hash equally whatever
 * order their keys were built in. It goes through JSON.stringify, so it drops and converts
 * exactly what storing the value as JSON does: a value reads back with the same canonical form.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (isPlainObject(item) ? sortKeys(item) : item));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, object[key]]),
  );
}
