import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Response } from 'supertest';

// What the OpenAPI document promises about success answers, checked against real ones. Only the
// keywords the service's response classes use are understood; an object schema without
// `additionalProperties` is taken as closed, so a field the document does not name (a stray
// `_id`) is a violation too.

type Schema = Record<string, unknown>;

const FORMATS: Readonly<Record<string, RegExp>> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Where `value` breaks `schema`, one line per violation with its JSON path; empty when it conforms. */
export function violations(document: OpenAPIObject, schema: Schema, value: unknown, at = '$'): string[] {
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/components/schemas/', '');
    return violations(document, document.components?.schemas?.[name] as Schema, value, at);
  }
  if (Array.isArray(schema['allOf'])) return (schema['allOf'] as Schema[]).flatMap((part) => violations(document, part, value, at));
  if (value === null) return schema['nullable'] === true ? [] : [`${at}: null where the document does not allow it`];
  const actual = typeOf(value);
  const type = schema['type'];
  if (type !== undefined && type !== actual && !(type === 'number' && actual === 'integer')) return [`${at}: ${actual} where the document says ${String(type)}`];
  const found: string[] = [];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) found.push(`${at}: ${JSON.stringify(value)} is none of ${JSON.stringify(schema['enum'])}`);
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) found.push(`${at}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
    const format = FORMATS[String(schema['format'])];
    if (format && !format.test(value)) found.push(`${at}: ${JSON.stringify(value)} is no ${String(schema['format'])}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) found.push(`${at}: ${value} < minimum ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) found.push(`${at}: ${value} > maximum ${schema['maximum']}`);
  }
  if (Array.isArray(value) && schema['items']) value.forEach((item, index) => found.push(...violations(document, schema['items'] as Schema, item, `${at}[${index}]`)));
  if (actual === 'object') {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    const additional = schema['additionalProperties'] ?? (schema['properties'] ? false : true);
    for (const name of (schema['required'] ?? []) as string[]) if (!(name in (value as object))) found.push(`${at}.${name}: required but missing`);
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      if (properties[name]) found.push(...violations(document, properties[name], item, `${at}.${name}`));
      else if (additional === false) found.push(`${at}.${name}: not in the document`);
      else if (typeof additional === 'object') found.push(...violations(document, additional as Schema, item, `${at}.${name}`));
    }
  }
  return found;
}

/** The service's OpenAPI document as Nest builds it from the decorators. */
export function documentOf(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, new DocumentBuilder().build());
}

/**
 * Where a success answer departs from the document's response for its operation and status:
 * the body against the schema, and each required response header present and of its shape.
 * Example: `expect(departures(document, 'get', '/api/applications/calls/{callId}', res)).toEqual([])`.
 */
export function departures(document: OpenAPIObject, method: string, template: string, res: Response): string[] {
  const operation = (document.paths[template] as Record<string, { responses: Record<string, Schema> }> | undefined)?.[method];
  const documented = operation?.responses[String(res.status)];
  if (!documented) return [`${method.toUpperCase()} ${template} documents no ${res.status}`];
  const found: string[] = [];
  const schema = (documented['content'] as Record<string, { schema: Schema }> | undefined)?.['application/json']?.schema;
  if (schema) found.push(...violations(document, schema, res.body));
  else if (res.text) found.push(`${method.toUpperCase()} ${template} ${res.status}: a body the document does not describe`);
  for (const [name, header] of Object.entries((documented['headers'] ?? {}) as Record<string, Schema>)) {
    const value = res.headers[name.toLowerCase()] as string | undefined;
    if (value === undefined) {
      if (header['required'] === true) found.push(`header ${name}: required but missing`);
    } else {
      found.push(...violations(document, header['schema'] as Schema, value, `header ${name}`));
    }
  }
  return found;
}
