import type { OpenAPIObject } from '@nestjs/swagger';
import request, { Response } from 'supertest';
import { bootstrap } from '../main';

// What the OpenAPI document promises about success answers, held against real ones. Only the
// keywords the response classes use are understood. `nullable` reads as schemathesis reads it (the
// schema, or null). An object schema with properties and no `additionalProperties` is taken as
// closed, so a field the document does not name (a stray `_id`) is a departure too.

type Schema = Record<string, unknown>;

const FORMATS: Readonly<Record<string, RegExp>> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolve(document: OpenAPIObject, schema: Schema): Schema {
  const ref = schema['$ref'];
  return typeof ref === 'string' ? resolve(document, document.components?.schemas?.[ref.split('/').pop() as string] as Schema) : schema;
}

/** Where `value` departs from `schema`, one line each with its JSON path; empty when it conforms. */
export function violations(document: OpenAPIObject, given: Schema, value: unknown, at = '$'): string[] {
  const schema = resolve(document, given);
  if (value === null) return schema['nullable'] === true ? [] : [`${at}: null where the document does not allow it`];
  const found = ((schema['allOf'] ?? []) as Schema[]).flatMap((part) => violations(document, part, value, at));
  const actual = typeOf(value);
  const type = schema['type'];
  if (type !== undefined && type !== actual && !(type === 'number' && actual === 'integer')) return [...found, `${at}: ${actual} where the document says ${String(type)}`];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) found.push(`${at}: ${JSON.stringify(value)} is none of ${JSON.stringify(schema['enum'])}`);
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value)) found.push(`${at}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
    const format = FORMATS[String(schema['format'])];
    if (format && !format.test(value)) found.push(`${at}: ${JSON.stringify(value)} is no ${String(schema['format'])}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) found.push(`${at}: ${value} below the minimum ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) found.push(`${at}: ${value} above the maximum ${schema['maximum']}`);
  }
  if (Array.isArray(value) && schema['items']) value.forEach((item, index) => found.push(...violations(document, schema['items'] as Schema, item, `${at}[${index}]`)));
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    const additional = schema['additionalProperties'] ?? (schema['properties'] ? false : true);
    for (const name of (schema['required'] ?? []) as string[]) if (!(name in record)) found.push(`${at}.${name}: required but missing`);
    for (const [name, item] of Object.entries(record)) {
      if (properties[name]) found.push(...violations(document, properties[name], item, `${at}.${name}`));
      else if (additional === false) found.push(`${at}.${name}: not in the document`);
      else if (typeof additional === 'object') found.push(...violations(document, additional as Schema, item, `${at}.${name}`));
    }
  }
  return found;
}

/**
 * The document exactly as the running service serves it at /api/docs-json (with the platform's
 * additions: limits, errors, roles), from an instance of its own on a free port, in memory.
 */
export async function servedDocument(): Promise<OpenAPIObject> {
  const running = await bootstrap({ env: { GRANTS_PORT: '0', YUNGHAP_DATA_DIR: 'memory', LOG_LEVEL: 'silent' }, shutdownHooks: false });
  try {
    return (await request(running.app.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenAPIObject;
  } finally {
    await running.app.close();
  }
}

/**
 * Where an answer departs from what the document says its operation answers with that status:
 * the status documented at all, the media type, the body against its schema, the headers.
 * Example: `expect(departures(document, 'get', '/api/grants/lines/{lineId}', res)).toEqual([])`.
 */
export function departures(document: OpenAPIObject, method: string, template: string, res: Response): string[] {
  const operation = (document.paths[template] as Record<string, { responses: Record<string, Schema> }> | undefined)?.[method];
  const documented = operation?.responses[String(res.status)];
  if (!documented) return [`${method.toUpperCase()} ${template} documents no ${res.status}`];
  const content = (documented['content'] ?? {}) as Record<string, { schema: Schema }>;
  const mediaType = String(res.headers['content-type'] ?? '').split(';')[0];
  if (!content[mediaType]) return [`${method.toUpperCase()} ${template} ${res.status}: ${mediaType} is not documented (${Object.keys(content).join(', ')})`];
  const found = mediaType === 'application/json' ? violations(document, content[mediaType].schema, res.body) : [];
  for (const [name, header] of Object.entries((documented['headers'] ?? {}) as Record<string, Schema>)) {
    const value = res.headers[name.toLowerCase()] as string | undefined;
    if (value === undefined) found.push(`header ${name}: documented but missing`);
    else found.push(...violations(document, header['schema'] as Schema, value, `header ${name}`));
  }
  return found;
}
