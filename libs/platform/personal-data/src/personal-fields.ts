import type { JsonValue } from '@yunghap/event-store';
import { PersonalKeyStore, SubjectKey } from './personal-key-store.port';
import { ErasedValue, isErasedValue, isSealedValue, openValue, sealValue } from './sealed-value';

/** A field of an event's data that holds a person's data, and whose it is. */
export interface PersonalField {
  /** Keys from the data's root, e.g. `['representative', 'name']`. */
  readonly path: readonly string[];
  readonly subject: string;
}

type JsonObject = { [key: string]: JsonValue };
export const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const isContainer = (value: JsonValue | undefined): value is JsonObject | JsonValue[] => isObject(value) || Array.isArray(value);

/** A key of an object, or an index (as text) of a list. */
function childOf(node: JsonValue | undefined, key: string): JsonValue | undefined {
  if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : undefined;
  return isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/**
 * `data` with each field of `fields` that is present sealed under its person's key (made on first
 * use). The rest is left as it is; `data` itself is not changed.
 * Example: `await sealFields(data, [{ path: ['representative', 'phone'], subject: 'person:rep-7' }], keys)`
 */
export async function sealFields(data: JsonValue, fields: readonly PersonalField[], keys: PersonalKeyStore): Promise<JsonValue> {
  const copy = structuredClone(data);
  // One key store call per person, however many of their fields the data holds.
  const keyOf = new Map<string, Promise<SubjectKey>>();
  for (const { path, subject } of fields) {
    const parent = path.slice(0, -1).reduce<JsonValue | undefined>((node, key) => childOf(node, key), copy);
    const last = path[path.length - 1];
    if (!isContainer(parent) || childOf(parent, last) === undefined || isSealedValue(childOf(parent, last))) continue;
    if (!keyOf.has(subject)) keyOf.set(subject, keys.keyOf(subject));
    (parent as Record<string, JsonValue>)[last] = sealValue(
      childOf(parent, last) as JsonValue,
      await (keyOf.get(subject) as Promise<SubjectKey>),
    ) as unknown as JsonValue;
  }
  return copy;
}

/**
 * `data` with every sealed value opened, or shown as erased where its person's key was destroyed
 * (as `{ "$erased": … }`, or as `erased` renders it). Each person's key is looked up once per call.
 */
export async function openFields(data: JsonValue, keys: PersonalKeyStore, erased?: (value: ErasedValue) => JsonValue): Promise<JsonValue> {
  const found = new Map<string, Awaited<ReturnType<PersonalKeyStore['find']>>>();
  const open = async (node: JsonValue): Promise<JsonValue> => {
    if (isSealedValue(node)) {
      const subject = node.$personal.subject;
      if (!found.has(subject)) found.set(subject, await keys.find(subject));
      const key = found.get(subject) ?? null;
      if (key === null) throw new RangeError(`No key for ${subject}: the key store is not the one these events were sealed with`);
      const opened = openValue(node, key);
      return isErasedValue(opened) ? (erased?.(opened) ?? (opened as unknown as JsonValue)) : opened;
    }
    if (Array.isArray(node)) return Promise.all(node.map(open));
    if (isObject(node)) return Object.fromEntries(await Promise.all(Object.entries(node).map(async ([key, value]) => [key, await open(value)] as const)));
    return node;
  };
  return open(data);
}
