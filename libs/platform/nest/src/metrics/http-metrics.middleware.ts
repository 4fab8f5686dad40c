import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { routeOf } from '../http/route-of';
import { HttpMetrics } from './http-metrics';

/** Counts and times every request by its route pattern (not its raw URL, to keep label sets small). */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: HttpMetrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const stop = this.metrics.duration.startTimer();
    response.on('finish', () => {
      const route = routeOf(request);
      stop({ method: request.method, route });
      this.metrics.requests.inc({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  }
}
