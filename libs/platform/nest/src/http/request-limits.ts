import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from '../problem-details/problem.exception';

/** What one request may carry; larger bodies answer 413, deeper or longer JSON 400. */
export const REQUEST_LIMITS = {
  bodyBytes: 1024 * 1024,
  jsonDepth: 32,
  arrayLength: 1000,
  urlencodedParameters: 100,
} as const;

/**
 * PostgreSQL cannot keep U+0000 or half a surrogate pair in text or jsonb, and no person types
 * them: such text is refused at the edge rather than failing deep in a store.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function storableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** The first place a JSON body goes past the limits, walked without recursion (depth is the attack). */
function shapeViolation(body: unknown): { field: string; rule: string; message: string } | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string' && !storableText(value)) {
      return { field: path || '(body)', rule: 'storableText', message: 'text with a NUL character or an unpaired UTF-16 surrogate' };
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= REQUEST_LIMITS.jsonDepth) {
      return { field: path || '(body)', rule: 'maxDepth', message: `JSON nesting deeper than ${REQUEST_LIMITS.jsonDepth} levels` };
    }
    if (Array.isArray(value)) {
      if (value.length > REQUEST_LIMITS.arrayLength)
        return { field: path || '(body)', rule: 'maxArrayLength', message: `more than ${REQUEST_LIMITS.arrayLength} items` };
      value.forEach((item, index) => stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` }));
    } else {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

/** The path's segments as the router will hand them to handlers (percent-decoded). */
function pathSegments(path: string): Record<string, string> {
  const segments: Record<string, string> = {};
  path.split('/').forEach((segment, index) => {
    try {
      segments[`path[${index}]`] = decodeURIComponent(segment);
    } catch {
      segments[`path[${index}]`] = segment;
    }
  });
  return segments;
}

/** Refuses bodies whose shape would make validation recurse thousands of levels or loop for long, and text no store can keep. */
export function requestShapeGuard(request: Request, _response: Response, next: NextFunction): void {
  const violation = shapeViolation(request.body) ?? shapeViolation(request.query) ?? shapeViolation(pathSegments(request.path));
  if (!violation) return next();
  if (violation.rule === 'storableText') return next(ProblemException.validation([violation]));
  next(
    new ProblemException(
      400,
      'REQUEST.TOO_COMPLEX',
      `요청 본문의 구조가 허용 한도를 넘습니다: ${violation.field}. (The request body exceeds a structural limit: ${violation.field}: ${violation.message}.)`,
      [violation],
    ),
  );
}
