import type { Request, Response } from 'express';
import { ProblemException } from '../problem-details/problem.exception';
import { requestShapeGuard, REQUEST_LIMITS } from './request-limits';

function guard(body: unknown, path = '/api/x', query: Record<string, unknown> = {}): unknown {
  let passed: unknown = 'not called';
  requestShapeGuard({ body, path, query } as unknown as Request, {} as Response, (error?: unknown) => (passed = error));
  return passed;
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

describe('JSON shape limits', () => {
  it('lets ordinary bodies through, nesting up to the limit included', () => {
    expect(guard({ members: [{ firm: '1248100998' }], amountWon: 1 })).toBeUndefined();
    expect(guard(nested(REQUEST_LIMITS.jsonDepth))).toBeUndefined();
    expect(guard(undefined)).toBeUndefined();
  });

  it('refuses 5,000 levels of nesting with a 400 naming the rule, without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
    const error = guard(deep) as ProblemException;
    expect(error).toBeInstanceOf(ProblemException);
    expect(error.getStatus()).toBe(400);
    expect(error.errors?.[0]).toMatchObject({ rule: 'maxDepth' });
  });

  it('refuses an array longer than the limit and names where it is', () => {
    const error = guard({ criteria: Array.from({ length: REQUEST_LIMITS.arrayLength + 1 }, () => 1) }) as ProblemException;
    expect(error.errors?.[0]).toMatchObject({ field: 'criteria', rule: 'maxArrayLength' });
  });

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00y'],
  ])('refuses text with %s, naming the field', (_what, text) => {
    const error = guard({ task: { title: text } }) as ProblemException;
    expect(error.errors?.[0]).toMatchObject({ field: 'task.title', rule: 'storableText' });
  });

  it('checks the query and the percent-decoded path too', () => {
    expect((guard(undefined, '/api/grants/audit/trace/a%00b') as ProblemException).errors?.[0]).toMatchObject({ rule: 'storableText' });
    expect((guard(undefined, '/api/x', { field: 'a\u0000' }) as ProblemException).errors?.[0]).toMatchObject({ field: 'field', rule: 'storableText' });
    expect(guard(undefined, '/api/centers/centers/%ED%98%B8%EB%82%A8')).toBeUndefined();
  });

  it('keeps Hangul and characters outside the BMP', () => {
    expect(guard({ name: '남양부직포 😀 𠀀' })).toBeUndefined();
  });
});
