import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { startTracing } from '@yunghap/telemetry';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { TokenVerifier } from '../auth/token-verifier';
import { ServiceConfig } from '../config/service-config';
import { HealthModule } from '../health/health.module';
import { ServiceLogger } from '../logging/service-logger';
import pinoHttp from 'pino-http';
import { HttpMetrics } from '../metrics/http-metrics';
import { HttpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsController } from '../metrics/metrics.controller';
import { ProblemDetailsFilter } from '../problem-details/problem-details.filter';
import type { ProblemCatalogue } from '../problem-details/problem-catalogue';
import { ProblemLocalizer } from '../problem-details/problem-localizer';
import { createValidationPipe } from '../problem-details/validation.pipe';
import { HttpTracingMiddleware } from '../tracing/http-tracing.middleware';
import { SERVICE_CONFIG, SERVICE_TRACING } from './platform.di-tokens';
import { isOperationalRequest } from '../http/operational-paths';

/** What a service adds to the platform. */
export interface PlatformOptions {
  /** Korean and English for the service's refusals whose own message is English only (see docs/api.md). */
  readonly problemCatalogue?: ProblemCatalogue;
}

/**
 * What every service gets: typed config, structured logs, bearer-token auth with roles on every
 * route, validation and RFC 9457 errors in the caller's language, `GET /health` and
 * `GET /metrics`, and traces when configured.
 */
@Module({})
export class PlatformModule implements NestModule {
  constructor(private readonly logger: ServiceLogger) {}

  static forService(config: ServiceConfig, options: PlatformOptions = {}): DynamicModule {
    const logger = new ServiceLogger(config);
    return {
      module: PlatformModule,
      global: true,
      imports: [HealthModule],
      controllers: [MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: ServiceLogger, useValue: logger },
        // Shut down by the runtime after it stopped: its relay and consumers make spans until then.
        { provide: SERVICE_TRACING, useValue: startTracing(config.tracing, logger.pino) },
        { provide: HttpMetrics, useValue: new HttpMetrics(config.service) },
        { provide: TokenVerifier, useValue: new TokenVerifier(config.auth) },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: ProblemLocalizer, useValue: new ProblemLocalizer(options.problemCatalogue) },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_CONFIG, HttpMetrics, ServiceLogger, SERVICE_TRACING, ProblemLocalizer],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const requestLog = pinoHttp({ logger: this.logger.pino, autoLogging: { ignore: isOperationalRequest } });
    // Tracing first: the request log and everything after it run inside the request's span.
    consumer.apply(HttpTracingMiddleware, requestLog, HttpMetricsMiddleware).forRoutes('*');
  }
}
