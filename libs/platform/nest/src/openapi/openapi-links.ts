import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = { $ref?: string; type?: string; items?: Schema; properties?: Record<string, Schema> };
type Operation = {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }>; links?: Record<string, unknown> }>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function resolve(document: OpenAPIObject, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] as Schema | undefined;
}

/**
 * Where an id sits in an object body (`/centerId`). Lists are left out (an empty one has no first
 * item to follow), and so are ids that may be null.
 */
function idPointers(document: OpenAPIObject, schema: Schema | undefined): Map<string, string> {
  const pointers = new Map<string, string>();
  const body = resolve(document, schema);
  if (body?.type === 'array') return pointers;
  for (const [property, value] of Object.entries(body?.properties ?? {})) {
    if (/Id$/.test(property) && !(value as { nullable?: boolean }).nullable) pointers.set(property, `/${property}`);
  }
  return pointers;
}

/**
 * OpenAPI links from every create or update whose success body carries an id (`centerId`,
 * `grantId`…) to every operation that takes that id as a path parameter, so a stateful client or fuzzer can
 * chain create → read → act without being told the ids.
 */
export function addIdLinks(document: OpenAPIObject): void {
  const consumers: { operationId: string; params: string[] }[] = [];
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      const params = (operation?.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
      if (operation?.operationId && params.length > 0) consumers.push({ operationId: operation.operationId, params });
    }
  }
  for (const item of Object.values(document.paths)) {
    for (const method of ['post', 'put'] as const) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        if (!/^2/.test(status)) continue;
        const pointers = idPointers(document, response.content?.['application/json']?.schema);
        if (pointers.size === 0) continue;
        for (const consumer of consumers) {
          if (consumer.operationId === operation?.operationId || !consumer.params.every((param) => pointers.has(param))) continue;
          const parameters = Object.fromEntries(consumer.params.map((param) => [`path.${param}`, `$response.body#${pointers.get(param)}`]));
          (response.links ??= {})[consumer.operationId] = { operationId: consumer.operationId, parameters };
        }
      }
    }
  }
}
