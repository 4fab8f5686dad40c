import type { OpenAPIObject } from '@nestjs/swagger';

// Shared by this service's HTTP specs only.

interface Schema {
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
  readonly type?: string;
  readonly format?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly minimum?: number;
  readonly maximum?: number;
}

const FORMATS: Readonly<Record<string, RegExp>> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

function scalarDepartures(schema: Schema, value: unknown, path: string): string[] {
  const ok =
    schema.type === 'string' ? typeof value === 'string' && (!schema.format || !FORMATS[schema.format] || FORMATS[schema.format].test(value))
    : schema.type === 'integer' ? Number.isSafeInteger(value) && (schema.minimum === undefined || (value as number) >= schema.minimum) && (schema.maximum === undefined || (value as number) <= schema.maximum)
    : schema.type === 'number' ? typeof value === 'number'
    : typeof value === 'boolean';
  return ok ? [] : [`${path}: ${JSON.stringify(value)} is not a ${schema.format ?? schema.type} as documented`];
}

/**
 * Every way `value` departs from `schema` of `document`, as paths with reasons; none when it
 * conforms. Stricter than JSON Schema on purpose: a property the schema does not name counts,
 * since a response class must document all the fields the API really sends.
 */
export function departures(document: OpenAPIObject, schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.$ref) return departures(document, document.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] as Schema, value, path);
  if (value === null) return schema.nullable ? [] : [`${path}: null, but not documented as nullable`];
  if (schema.allOf) return schema.allOf.flatMap((part) => departures(document, part, value, path));
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
  if (schema.type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    return value.flatMap((item, index) => departures(document, schema.items ?? {}, item, `${path}[${index}]`));
  }
  if (schema.type !== 'object' && !schema.properties) return scalarDepartures(schema, value, path);
  if (typeof value !== 'object' || value === undefined || Array.isArray(value)) return [`${path}: not an object`];
  if (schema.additionalProperties === true) return [];
  const properties = schema.properties ?? {};
  const fields = value as Record<string, unknown>;
  return [
    ...(schema.required ?? []).filter((name) => !(name in fields)).map((name) => `${path}.${name}: required, but missing`),
    ...Object.keys(fields).filter((name) => !(name in properties)).map((name) => `${path}.${name}: sent, but not documented`),
    ...Object.entries(fields).flatMap(([name, field]) => (properties[name] ? departures(document, properties[name], field, `${path}.${name}`) : [])),
  ];
}

/** The documented JSON schema of `method route`'s answer with `status`, e.g. `('post', '/api/mentoring/mentors', 201)`. */
export function responseSchema(document: OpenAPIObject, method: string, route: string, status: number): Schema | undefined {
  const operation = (document.paths[route] as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }> | undefined)?.[method];
  return operation?.responses?.[String(status)]?.content?.['application/json']?.schema;
}
