import { createSecretKey } from 'node:crypto';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { startTracing } from '@yunghap/telemetry';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ServiceConfig } from '../config/service-config';
import { HealthModule } from '../health/health.module';
import { ServiceLogger } from '../logging/service-logger';
import pinoHttp from 'pino-http';
import { HttpMetrics } from '../metrics/http-metrics';
import { HttpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsController } from '../metrics/metrics.controller';
import { ProblemDetailsFilter } from '../problem-details/problem-details.filter';
import { createValidationPipe } from '../problem-details/validation.pipe';
import { HttpTracingMiddleware } from '../tracing/http-tracing.middleware';
import { SERVICE_CONFIG, SERVICE_TRACING } from './platform.di-tokens';
import { isOperationalRequest } from '../http/operational-paths';

/**
 * What every service gets: typed config, structured logs, bearer-token auth with roles on every
 * route, validation and RFC 9457 errors, `GET /health` and `GET /metrics`, and traces when configured.
 */
@Module({})
export class PlatformModule implements NestModule {
  constructor(private readonly logger: ServiceLogger) {}

  static forService(config: ServiceConfig): DynamicModule {
    const logger = new ServiceLogger(config);
    // A key object made once: given the secret as a string, jsonwebtoken first tries to read it
    // as a PEM public key on every request, and that failed attempt was a twentieth of a
    // service's CPU under load.
    const tokenKey = createSecretKey(Buffer.from(config.auth.jwtSecret));
    return {
      module: PlatformModule,
      global: true,
      imports: [JwtModule.register({ secretOrKeyProvider: () => tokenKey, verifyOptions: { algorithms: ['HS256'] } }), HealthModule],
      controllers: [MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: ServiceLogger, useValue: logger },
        // Shut down by the runtime after it stopped: its relay and consumers make spans until then.
        { provide: SERVICE_TRACING, useValue: startTracing(config.tracing, logger.pino) },
        { provide: HttpMetrics, useValue: new HttpMetrics(config.service) },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_CONFIG, HttpMetrics, ServiceLogger, SERVICE_TRACING],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const requestLog = pinoHttp({ logger: this.logger.pino, autoLogging: { ignore: isOperationalRequest } });
    // Tracing first: the request log and everything after it run inside the request's span.
    consumer.apply(HttpTracingMiddleware, requestLog, HttpMetricsMiddleware).forRoutes('*');
  }
}
