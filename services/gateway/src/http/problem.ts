import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException, problemType } from '@yunghap/platform-nest';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';

type Problem = Pick<ProblemDetails, 'status' | 'code' | 'detail'>;

export const NOT_SIGNED_IN: Problem = {
  status: 401,
  code: 'AUTH.NOT_SIGNED_IN',
  detail: '로그인이 필요합니다. (You need to sign in.)',
};

export const NO_ACTIVE_ROLE: Problem = {
  status: 401,
  code: 'AUTH.NO_ROLE',
  detail:
    '이 계정에는 아직 역할이 없습니다. 신청기업으로 등록하거나 담당자에게 문의하십시오. (This account has no role yet: register as an applicant or ask your program contact.)',
};

export const IDENTITY_UNAVAILABLE: Problem = {
  status: 503,
  code: 'AUTH.IDENTITY_UNAVAILABLE',
  detail: '지금은 역할을 확인할 수 없습니다. 잠시 후 다시 시도하십시오. (Your roles cannot be checked right now; retry shortly.)',
};

const TOO_MANY_SIGN_INS: Problem = {
  status: 429,
  code: 'AUTH.TOO_MANY_ATTEMPTS',
  detail: '로그인 시도가 너무 많습니다. 1분 뒤 다시 시도하십시오. (Too many sign-in attempts; retry in a minute.)',
};

const titleOf = (status: number) =>
  (HttpStatus[status] ?? 'Error')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^\w/, (c) => c.toUpperCase());

/** Answers with an RFC 9457 problem document, as the services do. */
export function sendProblem(request: Request, response: Response, { status, code, detail }: Problem): void {
  const problem: ProblemDetails = { type: problemType(code), title: titleOf(status), status, detail, instance: request.originalUrl, code };
  response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

function problemOf(exception: unknown): Problem {
  if (exception instanceof ThrottlerException) return TOO_MANY_SIGN_INS;
  if (exception instanceof ProblemException) return { status: exception.getStatus(), code: exception.code, detail: exception.message };
  if (exception instanceof HttpException) return { status: exception.getStatus(), code: `HTTP.${exception.getStatus()}`, detail: exception.message };
  return { status: 500, code: 'INTERNAL', detail: '예기치 못한 오류가 났고 기록되었습니다. (An unexpected error occurred; it has been logged.)' };
}

/** Every error of the gateway's own routes as a problem document; 5xx causes go to the log only. */
@Catch()
export class GatewayProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = problemOf(exception);
    if (problem.status >= 500) this.logger.error({ err: exception, method: request.method, url: request.originalUrl }, 'request failed');
    if (response.headersSent) return;
    sendProblem(request, response, problem);
  }
}
