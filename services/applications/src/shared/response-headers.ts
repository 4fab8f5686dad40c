import type { Response } from 'express';

// Response headers as the OpenAPI document states them (`headers` of an @Api…Response).

/** On every answer that carries one whole call or application. */
export const ETAG_HEADER = {
  ETag: {
    required: true,
    description: "자료의 버전입니다. 바꿀 때 If-Match로 보내십시오. (The resource's version; send it back in If-Match when changing it.)",
    schema: { type: 'string', pattern: '^"\\d+"$', example: '"3"' },
  },
};

/** On 201 Created. */
export const LOCATION_HEADER = {
  Location: {
    required: true,
    description: '만든 자료의 주소 (the path of the created resource)',
    schema: { type: 'string', example: '/api/applications/calls/call-2026-it-convergence' },
  },
};

/** Where the resource just created can be read. */
export function setLocation(response: Response, path: string): void {
  response.setHeader('Location', path);
}
