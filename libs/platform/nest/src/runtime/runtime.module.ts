import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import type { Projection } from '@yunghap/read-models';
import type { ServiceTracing } from '@yunghap/telemetry';
import { SERVICE_TRACING } from '../bootstrap/platform.di-tokens';
import { ServiceConfig } from '../config/service-config';
import { HEALTH_PROBES } from '../health/health.di-tokens';
import { CommandExecutor } from './command-executor';
import { HttpMetrics } from '../metrics/http-metrics';
import { RuntimeMetrics } from '../metrics/runtime-metrics';
import { ReadGateInterceptor } from './read-gate.interceptor';
import { runtimeHealthProbe } from './runtime-health';
import { RuntimeLifecycle, SERVICE_PROJECTIONS } from './runtime-lifecycle';
import { RuntimeConfig } from './runtime-config';
import { SERVICE_RUNTIME } from './runtime.di-tokens';
import { ServiceLogger } from '../logging/service-logger';
import { RuntimeOverrides, ServiceRuntime } from './service-runtime';
import { AuditKeysController, auditLogController } from '../audit/audit-log.http.controller';
import type { PersonalDataPolicy } from '@yunghap/personal-data';
import { privacyErasureController } from '../privacy/privacy-erasure.http.controller';

export interface RuntimeDefinition {
  readonly projections: readonly Projection[];
  /** Which event fields hold personal data: sealed per person, erasable (`/api/<service>/privacy/erasure`). */
  readonly personalData?: PersonalDataPolicy;
  readonly runtime: RuntimeConfig;
  readonly overrides?: RuntimeOverrides;
}

/** The service's event store, read models, bus, projections and consumers, as Nest providers. */
@Module({})
export class RuntimeModule {
  static forService(config: ServiceConfig, definition: RuntimeDefinition): DynamicModule {
    return {
      module: RuntimeModule,
      global: true,
      controllers: [auditLogController(config.service), AuditKeysController, ...(definition.personalData ? [privacyErasureController(config.service)] : [])],
      providers: [
        {
          provide: SERVICE_RUNTIME,
          inject: [ServiceLogger, SERVICE_TRACING],
          useFactory: (logger: ServiceLogger, tracing: ServiceTracing) =>
            ServiceRuntime.open(config.service, definition.runtime, logger.pino, definition.overrides, tracing.tracer, definition.personalData),
        },
        { provide: SERVICE_PROJECTIONS, useValue: definition.projections },
        {
          provide: HEALTH_PROBES,
          inject: [SERVICE_RUNTIME],
          useFactory: (runtime: ServiceRuntime) => [runtimeHealthProbe(runtime)],
        },
        {
          provide: RuntimeMetrics,
          inject: [HttpMetrics, SERVICE_RUNTIME],
          useFactory: (metrics: HttpMetrics, runtime: ServiceRuntime) => new RuntimeMetrics(metrics.registry, runtime),
        },
        RuntimeLifecycle,
        CommandExecutor,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ReadGateInterceptor },
      ],
      exports: [SERVICE_RUNTIME, CommandExecutor, HEALTH_PROBES, RuntimeMetrics],
    };
  }
}
