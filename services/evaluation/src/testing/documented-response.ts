import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Response } from 'supertest';

// Success answers checked against what the OpenAPI document promises. Only the keywords this
// service's response classes use are understood. An object schema with properties is taken as
// closed, so a field the document does not name (a stray `_id`) counts as a departure too.

type Schema = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolved(document: OpenAPIObject, schema: Schema): Schema {
  const ref = schema['$ref'];
  return typeof ref === 'string' ? (document.components?.schemas?.[ref.replace('#/components/schemas/', '')] as Schema) : schema;
}

/** One variant of a `oneOf`: by its discriminator when it has one, else the single one that fits. */
function oneOfDepartures(document: OpenAPIObject, schema: Schema, value: unknown, at: string): string[] {
  const variants = schema['oneOf'] as Schema[];
  const discriminator = schema['discriminator'] as { propertyName: string; mapping?: Record<string, string> } | undefined;
  if (discriminator) {
    const tag = (value as Record<string, unknown> | null)?.[discriminator.propertyName];
    const ref = discriminator.mapping?.[String(tag)];
    return ref ? departuresFrom(document, { $ref: ref }, value, at) : [`${at}: ${discriminator.propertyName} ${JSON.stringify(tag)} names no variant`];
  }
  const fitting = variants.filter((variant) => departuresFrom(document, variant, value, at).length === 0).length;
  return fitting === 1 ? [] : [`${at}: fits ${fitting} variants of oneOf, not exactly one`];
}

function objectDepartures(document: OpenAPIObject, schema: Schema, value: Record<string, unknown>, at: string): string[] {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const additional = schema['additionalProperties'] ?? (schema['properties'] ? false : true);
  const found = ((schema['required'] ?? []) as string[]).filter((name) => !(name in value)).map((name) => `${at}.${name}: required but missing`);
  for (const [name, item] of Object.entries(value)) {
    if (properties[name]) found.push(...departuresFrom(document, properties[name], item, `${at}.${name}`));
    else if (additional === false) found.push(`${at}.${name}: not in the document`);
    else if (typeof additional === 'object') found.push(...departuresFrom(document, additional as Schema, item, `${at}.${name}`));
  }
  return found;
}

/** Where `value` departs from `schema`, one line per departure with its JSON path; empty when it conforms. */
export function departuresFrom(document: OpenAPIObject, reference: Schema, value: unknown, at = '$'): string[] {
  const schema = resolved(document, reference);
  if (value === null) return schema['nullable'] === true ? [] : [`${at}: null where the document does not allow it`];
  if (Array.isArray(schema['oneOf'])) return oneOfDepartures(document, schema, value, at);
  if (Array.isArray(schema['allOf'])) return (schema['allOf'] as Schema[]).flatMap((part) => departuresFrom(document, part, value, at));
  const actual = typeOf(value);
  const type = schema['type'];
  if (type !== undefined && type !== actual && !(type === 'number' && actual === 'integer')) return [`${at}: ${actual} where the document says ${String(type)}`];
  const found: string[] = [];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) found.push(`${at}: ${JSON.stringify(value)} is none of ${JSON.stringify(schema['enum'])}`);
  if (schema['format'] === 'date-time' && typeof value === 'string' && !DATE_TIME.test(value)) found.push(`${at}: ${JSON.stringify(value)} is no date-time`);
  if (typeof value === 'number' && typeof schema['minimum'] === 'number' && value < schema['minimum']) found.push(`${at}: ${value} < minimum ${schema['minimum']}`);
  if (Array.isArray(value) && schema['items']) value.forEach((item, index) => found.push(...departuresFrom(document, schema['items'] as Schema, item, `${at}[${index}]`)));
  if (actual === 'object') found.push(...objectDepartures(document, schema, value as Record<string, unknown>, at));
  return found;
}

/** The service's OpenAPI document as Nest builds it from the decorators. */
export function documentOf(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, new DocumentBuilder().build());
}

/**
 * Where an answer departs from what the document says of its operation and status.
 * Example: `expect(departures(document, 'get', '/api/evaluation/committees/{committeeId}', res)).toEqual([])`.
 */
export function departures(document: OpenAPIObject, method: string, template: string, res: Response): string[] {
  const operation = (document.paths[template] as Record<string, { responses: Record<string, Schema> }> | undefined)?.[method];
  const documented = operation?.responses[String(res.status)];
  if (!documented) return [`${method.toUpperCase()} ${template} documents no ${res.status}`];
  const schema = (documented['content'] as Record<string, { schema: Schema }> | undefined)?.['application/json']?.schema;
  if (!schema) return res.text ? [`${method.toUpperCase()} ${template} ${res.status}: a body the document does not describe`] : [];
  return departuresFrom(document, schema, res.body);
}
