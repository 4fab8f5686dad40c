import { SubjectErasedError } from '@yunghap/personal-data';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ConcurrencyConflictError, isEventStoreUnavailable, WrongExpectedVersionError } from '@yunghap/event-store';
import { DomainError, DomainErrorKind } from '@yunghap/kernel';
import { isReadModelStoreUnavailable } from '@yunghap/read-models';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ReplayedResponse } from '../idempotency/replayed-response';
import { CommandPending, pendingAnswer } from '../runtime/command-pending';
import { ReadModelUnavailable } from '../runtime/read-model-unavailable';
import { ServiceLogger } from '../logging/service-logger';
import { allowedMethods } from './allowed-methods';
import { bodyParserProblem } from './body-parser-problem';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from './problem-details';
import { sendProblem } from './send-problem';
import { ProblemException } from './problem.exception';
import { ProblemLocalizer } from './problem-localizer';

const STATUS_OF_KIND: Record<DomainErrorKind, number> = { 'not-found': 404, conflict: 409, rule: 422, forbidden: 403 };

/** Thrown by handlers to surface a refused command; the filter maps its kind to a status. */
export class DomainRefusal extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** A 503 also tells when to come back (the Retry-After header), never in the body. */
type ProblemFields = Omit<ProblemDetails, 'type' | 'title' | 'instance'> & { readonly retryAfterSeconds?: number };

/** Seconds after which a client may retry a request the event store could not take. */
const STORE_RETRY_AFTER_SECONDS = 5;

function fromException(exception: unknown): ProblemFields {
  if (exception instanceof ProblemException) {
    return { status: exception.getStatus(), code: exception.code, detail: exception.message, errors: exception.errors, details: exception.details };
  }
  if (exception instanceof DomainRefusal) {
    const { error } = exception;
    return {
      status: STATUS_OF_KIND[error.kind],
      code: error.code,
      detail: error.message,
      details: Object.keys(error.details).length ? error.details : undefined,
    };
  }
  if (exception instanceof WrongExpectedVersionError || exception instanceof ConcurrencyConflictError) {
    return {
      status: 409,
      code: 'CONCURRENCY.CONFLICT',
      detail:
        '다른 사용자가 같은 자료를 동시에 바꾸었습니다. 다시 읽고 시도하십시오. (The resource was changed by someone else at the same time; read it again and retry.)',
    };
  }
  if (exception instanceof SubjectErasedError) {
    return {
      status: 409,
      code: 'PERSONAL_DATA.ERASED',
      detail: `이 사람의 개인정보는 파기되어 새로 기록할 수 없습니다. (The personal data of ${exception.erased.subject} was erased; nothing new is recorded for them.)`,
      details: { subject: exception.erased.subject, erasedAt: exception.erased.erasedAt },
    };
  }
  if (exception instanceof ReadModelUnavailable) {
    return { status: 503, code: 'READ_MODEL.UNAVAILABLE', detail: exception.detail, retryAfterSeconds: exception.retryAfterSeconds };
  }
  if (isReadModelStoreUnavailable(exception)) {
    return {
      status: 503,
      code: 'READ_MODEL.UNAVAILABLE',
      detail:
        '조회 모델 저장소에 지금 연결할 수 없습니다. 잠시 후 다시 시도하십시오. (The read-model store cannot be reached right now; retry after Retry-After.)',
      retryAfterSeconds: STORE_RETRY_AFTER_SECONDS,
    };
  }
  if (isEventStoreUnavailable(exception)) {
    return {
      status: 503,
      code: 'STORE.UNAVAILABLE',
      detail:
        '이벤트 저장소에 지금 연결할 수 없어 아무것도 기록하지 않았습니다. 잠시 후 다시 시도하십시오. (The event store cannot be reached right now; nothing was recorded. Retry after Retry-After.)',
      retryAfterSeconds: STORE_RETRY_AFTER_SECONDS,
    };
  }
  const parserProblem = bodyParserProblem(exception);
  if (parserProblem) return parserProblem;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, code: `HTTP.${status}`, detail: exception.message };
  }
  return { status: 500, code: 'INTERNAL', detail: '예기치 못한 오류가 났고 기록되었습니다. (An unexpected error occurred; it has been logged.)' };
}

function titleOf(status: number): string {
  return (HttpStatus[status] ?? 'Error')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^\w/, (c) => c.toUpperCase());
}

/** The problem document an exception becomes, and the Retry-After it is sent with, if any. */
function answerOf(exception: unknown, request: Pick<Request, 'originalUrl'>): { readonly problem: ProblemDetails; readonly retryAfterSeconds?: number } {
  const { retryAfterSeconds, ...fields } = fromException(exception);
  return { problem: { type: problemType(fields.code), title: titleOf(fields.status), instance: request.originalUrl, ...fields }, retryAfterSeconds };
}

/** The problem document an exception becomes, for the filter and for the Idempotency-Key log. */
export function problemOf(exception: unknown, request: Pick<Request, 'originalUrl'>): ProblemDetails {
  return answerOf(exception, request).problem;
}

/** Every error answer is an RFC 9457 problem document; 5xx details stay in the logs, not the body. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger: Logger;

  // Nest's static Logger is one per process; in the single-process mode it would name the wrong service.
  constructor(
    logger: ServiceLogger,
    private readonly adapterHost: HttpAdapterHost,
    private readonly localizer: ProblemLocalizer,
  ) {
    this.logger = logger.for('ProblemDetails');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (exception instanceof ReplayedResponse) {
      const { status, headers, body } = exception.response;
      response.status(status).set(headers).set('Idempotent-Replayed', 'true');
      response.type(status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json').send(body);
      return;
    }
    // A path Nest knows under other methods: 405 with the methods it does take (RFC 9110 §15.5.6).
    if (exception instanceof NotFoundException && !request.route) {
      const allow = allowedMethods(this.adapterHost.httpAdapter.getInstance(), request.path);
      if (allow.length > 0) {
        response.set('Allow', allow.join(', '));
        exception = new ProblemException(
          405,
          'HTTP.METHOD_NOT_ALLOWED',
          `이 주소는 ${request.method} 요청을 받지 않습니다: ${allow.join(', ')}만 됩니다. (${request.path} does not take ${request.method}; allowed: ${allow.join(', ')}.)`,
        );
      }
    }
    if (exception instanceof CommandPending) {
      const { status, headers, body } = pendingAnswer(exception, response);
      this.logger.warn({ err: exception.cause, position: exception.position, url: request.originalUrl }, 'command recorded; read models behind, answered 202');
      response.status(status).set(headers).type('application/json').send(body);
      return;
    }
    const { problem, retryAfterSeconds } = answerOf(exception, request);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, method: request.method, url: request.originalUrl }, 'request failed');
    }
    // A handler may name the resource before its command runs (for a 202); a refusal made none.
    response.removeHeader('Location');
    if (retryAfterSeconds !== undefined) response.set('Retry-After', String(retryAfterSeconds));
    sendProblem(response, this.localizer.answer(problem, request));
  }
}
