import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { LoggerModule } from 'nestjs-pino';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ServiceConfig } from '../config/service-config';
import { HealthModule } from '../health/health.module';
import { HttpMetrics } from '../metrics/http-metrics';
import { HttpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsController } from '../metrics/metrics.controller';
import { ProblemDetailsFilter } from '../problem-details/problem-details.filter';
import { createValidationPipe } from '../problem-details/validation.pipe';
import { SERVICE_CONFIG } from './platform.di-tokens';

/**
 * What every service gets: typed config, structured logs, bearer-token auth with roles on every
 * route, validation and RFC 9457 errors, `GET /health` and `GET /metrics`.
 */
@Module({})
export class PlatformModule implements NestModule {
  static forService(config: ServiceConfig): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            base: { service: config.service },
            autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
            redact: ['req.headers.authorization'],
          },
        }),
        JwtModule.register({ secret: config.auth.jwtSecret, verifyOptions: { algorithms: ['HS256'] } }),
        HealthModule,
      ],
      controllers: [MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: HttpMetrics, useValue: new HttpMetrics(config.service) },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_CONFIG, HttpMetrics],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
