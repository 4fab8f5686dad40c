import { HttpException } from '@nestjs/common';
import { FieldViolation } from './problem-details';

/** Thrown at the edge to answer with a problem; the filter renders it. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail: string,
    readonly errors?: readonly FieldViolation[],
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(detail, status);
  }

  static validation(errors: readonly FieldViolation[]): ProblemException {
    const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return new ProblemException(400, 'REQUEST.INVALID', `요청이 올바르지 않습니다: ${summary} (The request is invalid.)`, errors);
  }

  static notFound(what: string, id: string): ProblemException {
    return new ProblemException(404, `${what.toUpperCase()}.NOT_FOUND`, `요청한 ${what}이(가) 없습니다: ${id} (No ${what} with id ${id}.)`);
  }

  static forbidden(detail: string): ProblemException {
    return new ProblemException(403, 'ACCESS.FORBIDDEN', detail);
  }
}
