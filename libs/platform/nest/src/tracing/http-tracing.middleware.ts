import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import { contextFrom, ServiceTracing, traceContextIn } from '@yunghap/telemetry';
import type { NextFunction, Request, Response } from 'express';
import { SERVICE_TRACING } from '../bootstrap/platform.di-tokens';
import { routeOf } from '../http/route-of';
import { isOperationalRequest } from '../http/operational-paths';

/**
 * The answer's header naming the request's trace, as W3C Trace Context Level 2 calls it:
 * `traceresponse: 00-<trace id>-<span id of the request's span>-<flags>`.
 */
export const TRACE_RESPONSE_HEADER = 'traceresponse';

/**
 * One SERVER span per request, `<METHOD> <route>`, the child of the client's `traceparent` when it
 * sends one (a malformed one is ignored), active while the request is handled so that the command
 * and everything it causes join its trace. The answer names the trace in `traceresponse`.
 * Applied only while tracing is on.
 */
@Injectable()
export class HttpTracingMiddleware implements NestMiddleware {
  constructor(@Inject(SERVICE_TRACING) private readonly tracing: ServiceTracing) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const tracer = this.tracing.tracer;
    // The whole path: Nest mounts the middleware on its route, so `request.path` is relative to it.
    const path = request.originalUrl.split('?', 1)[0];
    if (tracer === undefined || isOperationalRequest(request)) return next();
    const parent = contextFrom(request.headers);
    const span = tracer.startSpan(
      request.method,
      { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_URL_PATH]: path } },
      parent,
    );
    const active = trace.setSpan(parent, span);
    const traceContext = traceContextIn(active);
    if (traceContext) response.setHeader(TRACE_RESPONSE_HEADER, traceContext.traceparent);
    const end = () => {
      const route = routeOf(request);
      span.updateName(`${request.method} ${route}`);
      span.setAttributes({ [ATTR_HTTP_ROUTE]: route, [ATTR_HTTP_RESPONSE_STATUS_CODE]: response.statusCode });
      // As the conventions have it for a server: a 4xx is the client's error, not the span's.
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    response.once('finish', end);
    // A client that goes away before the answer still ends the span, with what status was set.
    response.once('close', () => {
      if (!response.writableFinished) end();
    });
    context.with(active, next);
  }
}
