import type { OpenAPIObject } from '@nestjs/swagger';
import { completeDocument } from './problem-responses';

type Operation = { responses: Record<string, { content: Record<string, { schema: unknown }> }>; description?: string; parameters?: unknown[] };

function documentWith(paths: OpenAPIObject['paths'], schemas: Record<string, object> = {}): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1' }, paths, components: { schemas } };
}

describe('the OpenAPI document completed with errors, roles, Idempotency-Key and the 202 contract', () => {
  const doc = completeDocument(
    documentWith(
      {
        '/api/x/{id}': {
          get: { 'x-roles': ['auditor'], parameters: [{ name: 'id', in: 'path', required: true }], responses: { '200': { description: 'ok' } } },
          post: { 'x-roles': ['finance'], requestBody: { content: {} }, responses: { '201': { description: 'made' } } },
        } as never,
        '/health': { get: { responses: { '200': { description: 'ok' } } } } as never,
      },
      { MoveRequest: { type: 'object', properties: { a: { type: 'string' } } }, View: { type: 'object', properties: {} } },
    ),
    new Set(['MoveRequest']),
  );
  const read = doc.paths['/api/x/{id}'].get as Operation;
  const write = doc.paths['/api/x/{id}'].post as Operation;

  it('documents every error a protected read can give as a problem document', () => {
    expect(Object.keys(read.responses).sort()).toEqual(['200', '400', '401', '403', '404', '503']);
    expect(read.responses['403'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/ProblemDetails' });
    expect(read.description).toContain('auditor');
  });

  it('lets a write answer 202 (recorded, pending) and a protected read take the position it gave', () => {
    expect(write.responses['202'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CommandPendingResponse' });
    expect(read.parameters).toContainEqual(expect.objectContaining({ name: 'Yunghap-Min-Position', in: 'header', required: false }));
    expect((doc.paths['/health'].get as Operation).parameters).toEqual([]);
  });

  it('adds body, conflict and rule errors and the Idempotency-Key header to a POST', () => {
    expect(Object.keys(write.responses).sort()).toEqual(['201', '202', '400', '401', '403', '404', '409', '413', '415', '422', '503']);
    expect(write.parameters).toEqual([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false })]);
  });

  it('leaves public operations without auth errors and closes validated request bodies only', () => {
    expect(Object.keys((doc.paths['/health'].get as Operation).responses).sort()).toEqual(['200', '503']);
    expect(doc.components?.schemas?.['MoveRequest']).toMatchObject({ additionalProperties: false });
    expect(doc.components?.schemas?.['View']).not.toHaveProperty('additionalProperties');
    expect(doc.components?.schemas?.['ProblemDetails']).toBeDefined();
  });
});
