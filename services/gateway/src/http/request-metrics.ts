import type { HttpMetrics } from '@yunghap/platform-nest';
import type { NextFunction, Request, Response } from 'express';

/** A bounded label: the gateway's own routes by name, forwarded calls by service, the rest as the console's. */
function routeOf(path: string): string {
  const known = /^\/(api\/[a-z]+|auth\/[a-z-]+|dev-oidc|\.well-known|health|metrics)(?:\/|$)/.exec(path);
  return known ? `/${known[1]}` : 'console';
}

export function requestMetrics(metrics: HttpMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.duration.startTimer({ method: request.method, route: routeOf(request.path) });
    response.on('finish', () => {
      stop();
      metrics.requests.inc({ method: request.method, route: routeOf(request.path), status: String(response.statusCode) });
    });
    next();
  };
}
