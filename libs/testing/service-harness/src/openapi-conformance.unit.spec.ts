import type { OpenAPIObject } from '@nestjs/swagger';
import { departures, departuresFrom, HttpAnswer } from './openapi-conformance';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// Shaped as @nestjs/swagger and the platform write them: nested classes behind `allOf`,
// `nullable` beside it, discriminated unions with a mapping, ETag and Location headers.
const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/x/committees/{committeeId}': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            headers: {
              ETag: { required: true, schema: { type: 'string', pattern: '^"\\d+"$' } },
              'Idempotent-Replayed': { schema: { type: 'string', enum: ['true'] } },
            },
            content: { 'application/json': { schema: ref('Committee') } },
          },
          '404': { description: 'none', content: { 'application/problem+json': { schema: ref('Problem') } } },
        },
      },
      delete: { responses: { '204': { description: 'gone' } } },
    },
    '/api/x/ledger': { get: { responses: { '200': { description: 'csv', content: { 'text/csv': { schema: { type: 'string' } } } } } } },
  },
  components: {
    schemas: {
      CenterScope: { type: 'object', properties: { kind: { type: 'string', enum: ['center'] }, centerId: { type: 'string' } }, required: ['kind', 'centerId'] },
      SharedScope: { type: 'object', properties: { kind: { type: 'string', enum: ['shared'] } }, required: ['kind'] },
      Closure: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
      Committee: {
        type: 'object',
        required: ['committeeId', 'size', 'formedAt', 'closedAt', 'closure', 'scope'],
        properties: {
          committeeId: { type: 'string', pattern: '^[a-z0-9.-]+$', example: 'c.jungbu' },
          size: { type: 'integer', minimum: 1 },
          formedAt: { type: 'string', format: 'date-time' },
          closedAt: { type: 'string', format: 'date-time', nullable: true },
          closure: { nullable: true, type: 'object', allOf: [ref('Closure')] },
          status: { type: 'string', enum: ['open', 'closed'] },
          details: { type: 'object', additionalProperties: true },
          scope: {
            oneOf: [ref('CenterScope'), ref('SharedScope')],
            discriminator: { propertyName: 'kind', mapping: { center: ref('CenterScope').$ref, shared: ref('SharedScope').$ref } },
          },
        },
      },
      Problem: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] },
    },
  },
} as unknown as OpenAPIObject;

const COMMITTEE = '/api/x/committees/{committeeId}';
const good = {
  committeeId: 'c.jungbu',
  size: 3,
  formedAt: '2025-03-01T09:00:00.000Z',
  closedAt: null,
  closure: null,
  status: 'open',
  details: { any: [1] },
  scope: { kind: 'center', centerId: 'jungbu' },
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return { status, body, text: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=utf-8', etag: '"3"', ...headers } };
}

describe('an answer held against its OpenAPI document', () => {
  it('finds nothing in answers as documented', () => {
    expect(departures(document, 'get', COMMITTEE, json(200, good))).toEqual([]);
    const closed = { ...good, closedAt: '2025-04-01T09:00:00+09:00', closure: { reason: '종료' }, scope: { kind: 'shared' } };
    expect(departures(document, 'GET', COMMITTEE, json(200, closed, { 'idempotent-replayed': 'true' }))).toEqual([]);
    expect(
      departures(document, 'get', COMMITTEE, {
        status: 404,
        body: { code: 'X' },
        text: '{"code":"X"}',
        headers: { 'content-type': 'application/problem+json' },
      }),
    ).toEqual([]);
    expect(departures(document, 'delete', COMMITTEE, { status: 204, body: {}, text: '', headers: {} })).toEqual([]);
    expect(
      departures(document, 'get', '/api/x/ledger', { status: 200, body: {}, text: 'a,b\r\n', headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    ).toEqual([]);
  });

  it('names a field the document does not, a missing one, and one of another type, format, pattern, range or value', () => {
    const { committeeId: _gone, ...withoutId } = good;
    const body = { ...withoutId, _id: 'c.jungbu', size: 2.5, formedAt: 'yesterday', status: 'paused' };
    expect(departures(document, 'get', COMMITTEE, json(200, body)).sort()).toEqual(
      [
        '$._id: not in the document',
        '$.committeeId: required but missing',
        '$.formedAt: "yesterday" is no date-time',
        '$.size: number where the document says integer',
        '$.status: "paused" is none of ["open","closed"]',
      ].sort(),
    );
    expect(departuresFrom(document, ref('Committee'), { ...good, committeeId: 'C 1', size: 0 }).sort()).toEqual([
      '$.committeeId: "C 1" does not match ^[a-z0-9.-]+$',
      '$.size: 0 must be >= 1',
    ]);
  });

  it('allows null only where the document says nullable, and holds a nullable object to its class', () => {
    expect(departuresFrom(document, ref('Committee'), { ...good, formedAt: null, scope: null }).sort()).toEqual([
      '$.formedAt: null where the document says string',
      '$.scope: null where the document says object',
    ]);
    expect(departuresFrom(document, ref('Committee'), { ...good, closure: { reason: 1, note: 'x' } }).sort()).toEqual([
      '$.closure.note: not in the document',
      '$.closure.reason: integer where the document says string',
    ]);
  });

  it('follows the discriminator to its one variant, and names a tag that maps to none', () => {
    expect(departuresFrom(document, ref('Committee'), { ...good, scope: { kind: 'shared', centerId: 'jungbu' } })).toEqual([
      '$.scope.centerId: not in the document',
    ]);
    expect(departuresFrom(document, ref('Committee'), { ...good, scope: { kind: 'region' } })).toEqual([
      '$.scope.kind: "region" is none of ["center","shared"]',
    ]);
    expect(departuresFrom(document, { type: 'array', items: ref('Committee') }, [good, { ...good, scope: { centerId: 'jungbu' } }])).toEqual([
      '$[1].scope.kind: required but missing',
    ]);
  });

  it('names a status, an operation or a media type the document does not give, and a body where it gives none', () => {
    expect(departures(document, 'get', COMMITTEE, json(409, { code: 'X' }))).toEqual(['GET /api/x/committees/{committeeId} documents no 409']);
    expect(departures(document, 'put', COMMITTEE, json(200, good))).toEqual(['PUT /api/x/committees/{committeeId} is not in the document']);
    expect(departures(document, 'get', COMMITTEE, { ...json(200, good), headers: { 'content-type': 'text/html', etag: '"3"' } })).toEqual([
      'GET /api/x/committees/{committeeId} 200: text/html where the document says application/json',
    ]);
    expect(departures(document, 'get', COMMITTEE, { status: 200, body: {}, text: '', headers: { etag: '"3"' } })).toEqual([
      'GET /api/x/committees/{committeeId} 200: no body where the document says application/json',
    ]);
    expect(departures(document, 'delete', COMMITTEE, json(204, good))).toEqual([
      'DELETE /api/x/committees/{committeeId} 204: a body (application/json) the document does not describe',
    ]);
  });

  it('names a required header missing and a header of another shape, and lets an optional one be absent', () => {
    const { etag: _etag, ...withoutETag } = json(200, good).headers;
    expect(departures(document, 'get', COMMITTEE, { ...json(200, good), headers: withoutETag })).toEqual(['header ETag: required but missing']);
    expect(departures(document, 'get', COMMITTEE, json(200, good, { etag: 'W/3', 'idempotent-replayed': 'yes' })).sort()).toEqual([
      'header ETag: "W/3" does not match ^"\\d+"$',
      'header Idempotent-Replayed: "yes" is none of ["true"]',
    ]);
  });
});
