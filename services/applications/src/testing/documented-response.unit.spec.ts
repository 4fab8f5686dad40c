import { OpenAPIObject } from '@nestjs/swagger';
import { violations } from './documented-response';

describe('violations of a documented response schema', () => {
  const document = {
    components: {
      schemas: {
        Call: {
          type: 'object',
          required: ['callId', 'version', 'closeReason'],
          properties: {
            callId: { type: 'string', pattern: '^[a-z0-9-]+$' },
            version: { type: 'integer', minimum: 1 },
            closeReason: { type: 'string', nullable: true },
            status: { type: 'string', enum: ['opened', 'closed-early'] },
            openedAt: { type: 'string', format: 'date-time' },
            details: { type: 'object', additionalProperties: true },
          },
        },
      },
    },
  } as unknown as OpenAPIObject;
  const call = { $ref: '#/components/schemas/Call' };

  it('finds none in a document that conforms', () => {
    expect(violations(document, call, { callId: 'call-1', version: 1, closeReason: null, status: 'opened', openedAt: '2026-03-02T00:00:00.000Z', details: { any: [1] } })).toEqual([]);
  });

  it('names each field undocumented, missing, null, of another type or shape', () => {
    const found = violations(document, call, { _id: 'call-1', callId: 'Call 1', version: 1.5, status: null, openedAt: 'monday' });
    expect(found).toEqual([
      '$.closeReason: required but missing',
      '$._id: not in the document',
      '$.callId: "Call 1" does not match ^[a-z0-9-]+$',
      '$.version: number where the document says integer',
      '$.status: null where the document does not allow it',
      '$.openedAt: "monday" is no date-time',
    ]);
    expect(violations(document, { type: 'array', items: call }, [{ callId: 'c', version: 0, closeReason: null }])).toEqual(['$[0].version: 0 < minimum 1']);
  });
});
