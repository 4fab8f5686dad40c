import type { ProblemDetails } from './problem-details';

/** The errors body-parser raises (`type` and `status` on the error), as problems of the client. */
const PARSER_PROBLEMS: Readonly<Record<string, { status: number; code: string; detail: string }>> = {
  'entity.too.large': { status: 413, code: 'REQUEST.TOO_LARGE', detail: '요청 본문이 너무 큽니다. (The request body is larger than this service accepts.)' },
  'entity.parse.failed': { status: 400, code: 'REQUEST.MALFORMED_JSON', detail: '요청 본문이 올바른 JSON이 아닙니다. (The request body is not valid JSON.)' },
  'encoding.unsupported': {
    status: 415,
    code: 'REQUEST.UNSUPPORTED_ENCODING',
    detail: '지원하지 않는 본문 인코딩입니다. (The body encoding is not supported.)',
  },
  'charset.unsupported': {
    status: 415,
    code: 'REQUEST.UNSUPPORTED_CHARSET',
    detail: '지원하지 않는 문자 집합입니다: UTF-8을 쓰십시오. (The charset is not supported; send UTF-8.)',
  },
  'request.size.invalid': {
    status: 400,
    code: 'REQUEST.SIZE_MISMATCH',
    detail: '본문 길이가 Content-Length와 다릅니다. (The body length does not match Content-Length.)',
  },
  'request.aborted': { status: 400, code: 'REQUEST.ABORTED', detail: '요청이 중간에 끊겼습니다. (The request was aborted.)' },
};

export function bodyParserProblem(exception: unknown): Omit<ProblemDetails, 'type' | 'title' | 'instance'> | null {
  if (typeof exception !== 'object' || exception === null || !('type' in exception)) return null;
  const known = PARSER_PROBLEMS[String((exception as { type: unknown }).type)];
  if (!known) return null;
  const limit = (exception as { limit?: unknown }).limit;
  return typeof limit === 'number' ? { ...known, details: { limitBytes: limit } } : known;
}
