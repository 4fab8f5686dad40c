import { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createOpenApiDocument, SERVICE_CONFIG, ServiceConfig } from '@yunghap/platform-nest';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// Answers held against the OpenAPI 3.0 document by Ajv, after the document's schemas are
// translated to JSON Schema. The translation is stricter than OpenAPI on one point, on purpose:
// an object schema with properties and no `additionalProperties` is closed, so a field the
// document does not name (a stray `_id`) is a departure; a response class must name all it sends.

type Schema = Record<string, unknown>;
type DocumentedResponse = {
  readonly content?: Record<string, { readonly schema?: Schema }>;
  readonly headers?: Record<string, { readonly required?: boolean; readonly schema?: Schema }>;
};

/** What a conformance check reads of an HTTP answer; a supertest `Response` is one. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  /** The raw body, when it is text. */
  readonly text?: string;
}

const COMPONENTS = 'urn:yunghap:openapi-components';
const SCHEMA_REF = '#/components/schemas/';
const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties'];

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refOf(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF)) throw new Error(`${ref}: only ${SCHEMA_REF}… references are understood`);
  return `${COMPONENTS}#/$defs/${ref.slice(SCHEMA_REF.length)}`;
}

/** `{ oneOf, discriminator: { propertyName, mapping } }` as JSON Schema: the tag names the one variant that applies. */
function dispatch(rest: Schema, { propertyName, mapping }: { propertyName: string; mapping: Record<string, string> }): Schema {
  const { oneOf: _variants, ...others } = rest;
  const tags = Object.keys(mapping);
  return {
    ...others,
    type: 'object',
    required: [propertyName],
    allOf: [
      ...((others['allOf'] as Schema[] | undefined) ?? []),
      { properties: { [propertyName]: { enum: tags } } },
      ...tags.map((tag) => ({ if: { properties: { [propertyName]: { const: tag } }, required: [propertyName] }, then: { $ref: refOf(mapping[tag]) } })),
    ],
  };
}

/**
 * One OpenAPI 3.0 schema as JSON Schema: `$ref`s into the registered components, `nullable` as
 * "null, or else the schema" (Ajv's own `nullable` needs a `type` beside it, which `allOf`
 * wrappers lack), discriminator mappings as dispatch on the tag, and open objects closed.
 */
function toJsonSchema(schema: Schema): Schema {
  const converted: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-') || keyword === 'nullable' || keyword === 'discriminator') continue;
    if (keyword === '$ref' && typeof value === 'string') converted[keyword] = refOf(value);
    else if (SUBSCHEMA.includes(keyword) && isSchema(value)) converted[keyword] = toJsonSchema(value);
    else if (SUBSCHEMA_LISTS.includes(keyword) && Array.isArray(value)) converted[keyword] = value.map((part: Schema) => toJsonSchema(part));
    else if (SUBSCHEMA_MAPS.includes(keyword) && isSchema(value))
      converted[keyword] = Object.fromEntries(Object.entries(value).map(([name, part]) => [name, toJsonSchema(part as Schema)]));
    else converted[keyword] = value;
  }
  if (converted['properties'] !== undefined && converted['additionalProperties'] === undefined) converted['additionalProperties'] = false;
  const discriminator = schema['discriminator'] as { propertyName: string; mapping?: Record<string, string> } | undefined;
  const shaped =
    discriminator?.mapping && Array.isArray(converted['oneOf'])
      ? dispatch(converted, { propertyName: discriminator.propertyName, mapping: discriminator.mapping })
      : converted;
  return schema['nullable'] === true ? { if: { type: 'null' }, else: shaped } : shaped;
}

const validators = new WeakMap<OpenAPIObject, { readonly ajv: Ajv; readonly compiled: WeakMap<Schema, ValidateFunction> }>();

function validatorOf(document: OpenAPIObject, schema: Schema): ValidateFunction {
  let entry = validators.get(document);
  if (!entry) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strictTypes: false, strictTuples: false, strictRequired: false });
    addFormats(ajv);
    // OpenAPI's annotations, which JSON Schema does not know.
    ajv.addVocabulary(['example', 'xml', 'externalDocs']);
    const components = Object.entries(document.components?.schemas ?? {});
    ajv.addSchema({ $id: COMPONENTS, $defs: Object.fromEntries(components.map(([name, part]) => [name, toJsonSchema(part as Schema)])) });
    entry = { ajv, compiled: new WeakMap() };
    validators.set(document, entry);
  }
  let validate = entry.compiled.get(schema);
  if (!validate) {
    validate = entry.ajv.compile(toJsonSchema(schema));
    entry.compiled.set(schema, validate);
  }
  return validate;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `/scope/0/kind` → `$.scope[0].kind` (after `root`). */
function pathOf(root: string, pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((at, segment) => (/^\d+$/.test(segment) ? `${at}[${segment}]` : `${at}.${segment}`), root);
}

function lineOf(error: ErrorObject, root: string): string | null {
  const at = pathOf(root, error.instancePath);
  const value = JSON.stringify(error.data);
  switch (error.keyword) {
    case 'if':
      return null; // the failing `then`/`else` has said where
    case 'required':
      return `${at}.${String(error.params['missingProperty'])}: required but missing`;
    case 'additionalProperties':
      return `${at}.${String(error.params['additionalProperty'])}: not in the document`;
    case 'type':
      return `${at}: ${typeOf(error.data)} where the document says ${String(error.params['type'])}`;
    case 'enum':
      return `${at}: ${value} is none of ${JSON.stringify(error.params['allowedValues'])}`;
    case 'format':
      return `${at}: ${value} is no ${String(error.params['format'])}`;
    case 'pattern':
      return `${at}: ${value} does not match ${String(error.params['pattern'])}`;
    default:
      return `${at}: ${value} ${error.message ?? `breaks ${error.keyword}`}`;
  }
}

/**
 * Where `value` departs from `schema` (a schema of `document`, or a `$ref` into it), one line per
 * departure with its JSON path from `root`; empty when it conforms.
 * Example: `departuresFrom(document, { $ref: '#/components/schemas/CallResponse' }, res.body)`.
 */
export function departuresFrom(document: OpenAPIObject, schema: object, value: unknown, root = '$'): string[] {
  const validate = validatorOf(document, schema as Schema);
  if (validate(value)) return [];
  const lines = (validate.errors ?? []).map((error) => lineOf(error, root)).filter((line): line is string => line !== null);
  return [...new Set(lines)];
}

/**
 * The service's OpenAPI document exactly as it serves it at `/api/docs-json` (with the
 * platform's additions: limits, errors, roles, links), built from the running test app.
 */
export function documentOf(app: INestApplication): OpenAPIObject {
  return createOpenApiDocument(app, app.get<ServiceConfig>(SERVICE_CONFIG).service);
}

function mediaTypeOf(answer: HttpAnswer): string | undefined {
  const header = answer.headers['content-type'];
  return typeof header === 'string' ? header.split(';')[0].trim().toLowerCase() : undefined;
}

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

/**
 * Where an answer departs from what the document says its operation answers with that status:
 * the status documented at all, the media type, the body against its schema, and each documented
 * header (present when required, of its schema when sent). Empty when it conforms.
 * Example: `expect(departures(document, 'get', '/api/grants/lines/{lineId}', res)).toEqual([])`.
 */
export function departures(document: OpenAPIObject, method: string, template: string, answer: HttpAnswer): string[] {
  const operation = `${method.toUpperCase()} ${template}`;
  const responses = (document.paths[template] as Record<string, { responses?: Record<string, DocumentedResponse> }> | undefined)?.[method.toLowerCase()]
    ?.responses;
  if (!responses) return [`${operation} is not in the document`];
  const documented = responses[String(answer.status)];
  if (!documented) return [`${operation} documents no ${answer.status}`];
  const found: string[] = [];
  const content = documented.content ?? {};
  const mediaType = mediaTypeOf(answer) ?? 'no content type';
  // supertest leaves `text` undefined for a binary body
  const hasBody = answer.text === undefined ? answer.headers['content-type'] !== undefined : answer.text !== '';
  if (Object.keys(content).length === 0) {
    if (hasBody) found.push(`${operation} ${answer.status}: a body (${mediaType}) the document does not describe`);
  } else if (!hasBody || !content[mediaType]) {
    found.push(`${operation} ${answer.status}: ${hasBody ? mediaType : 'no body'} where the document says ${Object.keys(content).join(', ')}`);
  } else {
    const schema = content[mediaType].schema;
    if (schema && isJson(mediaType)) found.push(...departuresFrom(document, schema, answer.body));
  }
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const value = answer.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required === true) found.push(`header ${name}: required but missing`);
    } else if (header.schema) {
      found.push(...departuresFrom(document, header.schema, value, `header ${name}`));
    }
  }
  return found;
}
