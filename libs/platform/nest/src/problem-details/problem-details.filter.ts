import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { ConcurrencyConflictError, WrongExpectedVersionError } from '@yunghap/event-store';
import { DomainError, DomainErrorKind } from '@yunghap/kernel';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ServiceLogger } from '../logging/service-logger';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from './problem-details';
import { ProblemException } from './problem.exception';

const STATUS_OF_KIND: Record<DomainErrorKind, number> = { 'not-found': 404, conflict: 409, rule: 422, forbidden: 403 };

/** Thrown by handlers to surface a refused command; the filter maps its kind to a status. */
export class DomainRefusal extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

function fromException(exception: unknown): Omit<ProblemDetails, 'type' | 'title' | 'instance'> {
  if (exception instanceof ProblemException) {
    return { status: exception.getStatus(), code: exception.code, detail: exception.message, errors: exception.errors, details: exception.details };
  }
  if (exception instanceof DomainRefusal) {
    const { error } = exception;
    return { status: STATUS_OF_KIND[error.kind], code: error.code, detail: error.message, details: Object.keys(error.details).length ? error.details : undefined };
  }
  if (exception instanceof WrongExpectedVersionError || exception instanceof ConcurrencyConflictError) {
    return { status: 409, code: 'CONCURRENCY.CONFLICT', detail: 'The resource was changed by someone else at the same time; read it again and retry.' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, code: `HTTP.${status}`, detail: exception.message };
  }
  return { status: 500, code: 'INTERNAL', detail: 'An unexpected error occurred; it has been logged.' };
}

/** Every error answer is an RFC 9457 problem document; 5xx details stay in the logs, not the body. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger: Logger;

  // Nest's static Logger is one per process; in the single-process mode it would name the wrong service.
  constructor(logger: ServiceLogger) {
    this.logger = logger.for('ProblemDetails');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = fromException(exception);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, method: request.method, url: request.originalUrl }, 'request failed');
    }
    const body: ProblemDetails = {
      type: problemType(problem.code),
      title: (HttpStatus[problem.status] ?? 'Error').replace(/_/g, ' ').toLowerCase().replace(/^\w/, (c) => c.toUpperCase()),
      instance: request.originalUrl,
      ...problem,
    };
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
