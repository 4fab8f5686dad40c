import type { JsonValue } from '@yunghap/event-store';

/**
 * JSON with object keys in code-unit order and no spaces: one text for one value, whatever order
 * the database hands keys back in (jsonb sorts them its own way). Strings and numbers are written
 * as JSON.stringify writes them; events hold integers and short strings, never -0 or NaN.
 * Example: `canonicalJson({ b: 1, a: [true, null] })` → `{"a":[true,null],"b":1}`
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // A key whose value is undefined is left out, as JSON.stringify leaves it out.
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}
