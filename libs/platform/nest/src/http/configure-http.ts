import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { problemOf } from '../problem-details/problem-details.filter';
import { ProblemLocalizer } from '../problem-details/problem-localizer';
import { sendProblem } from '../problem-details/send-problem';
import { requestShapeGuard, REQUEST_LIMITS } from './request-limits';

/** Errors raised before Nest's router (the body parsers, the shape guard) as problem documents. */
const renderMiddlewareError =
  (localizer: ProblemLocalizer) =>
  (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) return next(error);
    sendProblem(response, localizer.answer(problemOf(error, request), request));
  };

/**
 * The HTTP edge every service shares, before `init()`: body size limits (413), JSON shape limits
 * (400), no `X-Powered-By`. Both the services and their test harness call it, so tests meet the
 * same edge as clients.
 */
export function configureHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.useBodyParser('json', { limit: REQUEST_LIMITS.bodyBytes });
  express.useBodyParser('urlencoded', { limit: REQUEST_LIMITS.bodyBytes, extended: false, parameterLimit: REQUEST_LIMITS.urlencodedParameters });
  express.use(requestShapeGuard);
  express.use(renderMiddlewareError(app.get(ProblemLocalizer)));
}
