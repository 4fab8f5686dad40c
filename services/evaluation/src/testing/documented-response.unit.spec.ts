import { OpenAPIObject } from '@nestjs/swagger';
import { departuresFrom } from './documented-response';

const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Center: { type: 'object', properties: { kind: { type: 'string', enum: ['center'] }, centerId: { type: 'string' } }, required: ['kind', 'centerId'] },
      Shared: { type: 'object', properties: { kind: { type: 'string', enum: ['shared'] } }, required: ['kind'] },
      Committee: {
        type: 'object',
        properties: {
          committeeId: { type: 'string' },
          size: { type: 'integer' },
          formedAt: { type: 'string', format: 'date-time' },
          closedAt: { type: 'string', nullable: true },
          scope: { oneOf: [{ $ref: '#/components/schemas/Center' }, { $ref: '#/components/schemas/Shared' }], discriminator: { propertyName: 'kind', mapping: { center: '#/components/schemas/Center', shared: '#/components/schemas/Shared' } } },
        },
        required: ['committeeId', 'size', 'formedAt', 'closedAt', 'scope'],
      },
    },
  },
} as unknown as OpenAPIObject;

const committee = { $ref: '#/components/schemas/Committee' };
const good = { committeeId: 'c.jungbu', size: 3, formedAt: '2025-03-01T09:00:00.000Z', closedAt: null, scope: { kind: 'center', centerId: 'jungbu' } };

describe('departures of a body from its documented schema', () => {
  it('finds none in a body as documented', () => {
    expect(departuresFrom(document, committee, good)).toEqual([]);
    expect(departuresFrom(document, committee, { ...good, scope: { kind: 'shared' } })).toEqual([]);
  });

  it('names a field the document does not, a missing one, a null it does not allow and a wrong type or format', () => {
    const { committeeId: _gone, ...withoutId } = good;
    expect(departuresFrom(document, committee, { ...withoutId, _id: 'c.jungbu', size: 2.5, formedAt: 'yesterday', scope: null })).toEqual([
      '$.committeeId: required but missing',
      '$.size: number where the document says integer',
      '$.formedAt: "yesterday" is no date-time',
      '$.scope: null where the document does not allow it',
      '$._id: not in the document',
    ]);
  });

  it('follows the discriminator of a oneOf, and names a variant it does not know', () => {
    expect(departuresFrom(document, committee, { ...good, scope: { kind: 'shared', centerId: 'jungbu' } })).toEqual(['$.scope.centerId: not in the document']);
    expect(departuresFrom(document, committee, { ...good, scope: { kind: 'region' } })).toEqual(['$.scope: kind "region" names no variant']);
  });
});
