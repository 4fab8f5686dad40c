import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

type Schema = Record<string, unknown>;

/** Where `@ApiProperty` keeps a property's options (@nestjs/swagger's API_MODEL_PROPERTIES, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** The JSON-Schema keywords class-validator's rules translate to, which the document must show. */
const LIMIT_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'enum',
  'format',
] as const;

function limitsOf(schema: Schema): Schema {
  const limits: Schema = {};
  for (const keyword of LIMIT_KEYWORDS) if (schema[keyword] !== undefined) limits[keyword] = schema[keyword];
  if (schema['type'] === 'integer') limits['type'] = 'integer';
  // IsISO8601 takes a date or a date-time; documenting date-time keeps generated values valid.
  const alternatives = schema['oneOf'] as Schema[] | undefined;
  if (alternatives?.some((alternative) => alternative['format'] === 'date-time')) limits['format'] = 'date-time';
  return limits;
}

/** Item rules (`{ each: true }`) of an array of scalars; nested classes keep their own `$ref`. */
function itemsOf(schema: Schema, existing: Schema): Schema | null {
  const items = schema['items'] as Schema | undefined;
  if (!items || items['$ref'] || !existing['isArray']) return null;
  const type = existing['type'];
  const itemType = type === String ? 'string' : type === Number ? (items['type'] === 'integer' ? 'integer' : 'number') : type === Boolean ? 'boolean' : null;
  if (itemType === null) return null;
  return { ...limitsOf(items), type: itemType };
}

/**
 * Copies every request class's validation rules (lengths, patterns, ranges, integers, enums,
 * item rules) into its `@ApiProperty` metadata before the document is built, so the OpenAPI
 * document states exactly the limits the validation pipe enforces, from the one source.
 */
export function mirrorValidationRules(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<new (...args: never[]) => unknown, unknown[]> };
  for (const target of storage.validationMetadatas.keys()) {
    // Per class, not per name: in the single-process mode two services may each have a `…Request` of one name.
    const properties = (targetConstructorToSchema(target, { refPointerPrefix: '#/components/schemas/' }) as Schema)['properties'] as
      Record<string, Schema> | undefined;
    if (!properties) continue;
    for (const [property, schema] of Object.entries(properties)) {
      const existing = Reflect.getMetadata(API_MODEL_PROPERTIES, target.prototype, property) as Schema | undefined;
      if (!existing) continue;
      const items = itemsOf(schema, existing);
      const merged: Schema = items
        ? { ...existing, type: 'array', isArray: undefined, items, ...pick(limitsOf(schema), ['minItems', 'maxItems', 'uniqueItems']) }
        : { ...existing, ...limitsOf(schema) };
      if (merged['enum'] !== undefined && existing['enum'] === undefined && merged['type'] === undefined) merged['type'] = 'string';
      Reflect.defineMetadata(API_MODEL_PROPERTIES, merged, target.prototype, property);
    }
  }
}

function pick(schema: Schema, keys: readonly string[]): Schema {
  return Object.fromEntries(keys.filter((key) => schema[key] !== undefined).map((key) => [key, schema[key]]));
}

/** Names of the classes the validation pipe checks: their documents refuse unknown properties too. */
export function validatedClassNames(): Set<string> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<new (...args: never[]) => unknown, unknown[]> };
  return new Set([...storage.validationMetadatas.keys()].map((target) => target.name));
}
