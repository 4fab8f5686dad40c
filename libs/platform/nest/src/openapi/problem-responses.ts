import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency-key';
import { MIN_POSITION_HEADER, PENDING_RETRY_AFTER_SECONDS } from '../runtime/command-pending';
import { addIdLinks } from './openapi-links';

type Operation = Record<string, unknown> & {
  parameters?: Record<string, unknown>[];
  responses?: Record<string, unknown>;
  description?: string;
  requestBody?: unknown;
};

const PROBLEM_SCHEMAS = {
  FieldViolation: {
    type: 'object',
    required: ['field', 'rule', 'message'],
    properties: {
      field: { type: 'string', example: 'members[1].registrationNumber' },
      rule: { type: 'string', example: 'isBusinessRegistrationNumber' },
      message: { type: 'string' },
    },
  },
  ProblemDetails: {
    type: 'object',
    description: 'RFC 9457 problem document; `code` is stable, `detail` is Korean first, then English.',
    required: ['type', 'title', 'status', 'detail', 'code'],
    properties: {
      type: { type: 'string', example: 'urn:yunghap:problem:request.invalid' },
      title: { type: 'string', example: 'Bad request' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
      instance: { type: 'string' },
      code: { type: 'string', example: 'REQUEST.INVALID' },
      errors: { type: 'array', items: { $ref: '#/components/schemas/FieldViolation' } },
      details: { type: 'object', additionalProperties: true },
    },
  },
};

const PENDING_SCHEMA = {
  CommandPendingResponse: {
    type: 'object',
    description:
      '명령은 기록되었으나 조회 모델이 아직 반영하지 않음: 다시 보내지 말고 Location을 Yunghap-Min-Position 헤더와 함께 읽으십시오. ' +
      '(Recorded, not yet readable: do not resend; read Location with the Yunghap-Min-Position header.)',
    required: ['status', 'position', 'detail'],
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: ['pending'] },
      position: { type: 'integer', minimum: 1, description: '명령이 남긴 마지막 이벤트의 전역 위치 (global position of the last event the command recorded)' },
      location: { type: 'string', description: '만들어진 자원의 주소, 있을 때 (the created resource, when there is one)' },
      detail: { type: 'string' },
    },
  },
};

const PENDING_RESPONSE = {
  description: `기록됨, 조회 반영 대기 (recorded; read models pending): ${PENDING_RETRY_AFTER_SECONDS} s 후 다시 읽기 (read again after Retry-After)`,
  headers: {
    'Retry-After': { schema: { type: 'integer' } },
    Location: { schema: { type: 'string' }, description: '만든 자원, 있을 때 (the created resource, when there is one)' },
  },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/CommandPendingResponse' } } },
};

const MIN_POSITION_PARAMETER = {
  name: 'Yunghap-Min-Position',
  in: 'header',
  required: false,
  description:
    '202 응답의 position: 조회 모델이 이 위치까지 반영한 뒤에 답합니다(그 전에는 503과 Retry-After). ' +
    "(A 202 answer's position: the read answers once the read models include it, 503 with Retry-After until then.)",
  schema: { type: 'integer', minimum: 0, maximum: 999_999_999_999_999 },
};

const MEANING: Readonly<Record<string, string>> = {
  '400': '요청이 잘못됨: 필드와 규칙은 errors에 (invalid request; errors names each field and rule)',
  '401': '인증 토큰 없음 또는 무효 (missing or invalid bearer token)',
  '403': '역할 또는 범위(센터, 위원회, 기업) 밖 (role or scope not allowed)',
  '404': '대상이 없음 (no such resource)',
  '409': '동시 변경, 상태 충돌 또는 같은 키의 요청이 처리 중 (concurrent change, state conflict, or the same Idempotency-Key still running)',
  '413': '본문이 1 MiB를 넘음 (body larger than 1 MiB)',
  '415': '지원하지 않는 문자 집합 또는 인코딩 (unsupported charset or encoding)',
  '422': '업무 규칙 위반 또는 Idempotency-Key 재사용 (a business rule refused it, or the Idempotency-Key was used for another request)',
  '503': '저장소 또는 읽기 모델을 쓸 수 없음: Retry-After 후 재시도 (event store or read model unavailable; retry after Retry-After)',
};

function problemResponse(status: string): Record<string, unknown> {
  return { description: MEANING[status], content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
}

function errorStatuses(method: string, operation: Operation): string[] {
  const statuses = ['503'];
  const roles = operation['x-roles'];
  if (Array.isArray(roles)) statuses.push('401', '403');
  const hasInput = (operation.parameters ?? []).length > 0 || operation.requestBody !== undefined;
  if (hasInput) statuses.push('400');
  if (hasInput || method !== 'get') statuses.push('404');
  if (operation.requestBody !== undefined) statuses.push('413', '415');
  if (method !== 'get') statuses.push('409', '422');
  return statuses;
}

const IDEMPOTENCY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    '같은 키로 24시간 안에 다시 보내면 첫 응답을 그대로 돌려줍니다(Idempotent-Replayed: true); 다른 본문에 같은 키는 422. (A repeat within 24 h returns the first answer unchanged; the same key with another body is 422.)',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[!-~]{1,255}$' },
};

/**
 * Makes the generated document tell the whole truth about errors and access: the problem
 * schema on every error an operation can give, the roles (`x-roles`, also in the description),
 * `Idempotency-Key` on every POST, request bodies closed to unknown properties, and links
 * from the operations that return an id to those that take it.
 */
export function completeDocument(document: OpenAPIObject, validatedClasses: ReadonlySet<string>): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  document.components.schemas = { ...schemas, ...PROBLEM_SCHEMAS, ...PENDING_SCHEMA };
  for (const [name, schema] of Object.entries(schemas)) {
    if (validatedClasses.has(name) && 'properties' in schema) Object.assign(schema, { additionalProperties: false });
  }
  for (const item of Object.values(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, Operation>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = value;
      const roles = operation['x-roles'];
      // Parameters first: the error statuses depend on whether the operation takes any input.
      const parameters = (operation.parameters ??= []);
      if (method === 'post' && !parameters.some((parameter) => String(parameter['name']).toLowerCase() === IDEMPOTENCY_HEADER))
        parameters.push(IDEMPOTENCY_PARAMETER);
      if (method === 'get' && Array.isArray(roles) && !parameters.some((parameter) => String(parameter['name']).toLowerCase() === MIN_POSITION_HEADER)) {
        parameters.push(MIN_POSITION_PARAMETER);
      }
      const responses = (operation.responses ??= {});
      for (const status of errorStatuses(method, operation)) responses[status] ??= problemResponse(status);
      // Writes may answer 202 (recorded, not yet readable); reads then take its position.
      if (method !== 'get' && Array.isArray(roles)) responses['202'] ??= PENDING_RESPONSE;
      if (Array.isArray(roles)) operation.description = [operation.description, `역할 (roles): ${roles.join(', ')}`].filter(Boolean).join('\n\n');
    }
  }
  addIdLinks(document);
  return document;
}
