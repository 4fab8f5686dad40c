import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Projection } from '@yunghap/read-models';
import type { ServiceTracing } from '@yunghap/telemetry';
import { SERVICE_TRACING } from '../bootstrap/platform.di-tokens';
import { SERVICE_CONSUMERS, SERVICE_RUNTIME, SERVICE_STARTUP_TASKS } from './runtime.di-tokens';
import type { ConsumerDefinition } from '../consumers/consumer-definition';
import type { ServiceRuntime, StartupTask } from './service-runtime';

export const SERVICE_PROJECTIONS = Symbol('SERVICE_PROJECTIONS');

/**
 * Starts the runtime once every handler exists, and stops it when the application closes. The
 * consumers are looked up across the whole application: the service module provides them.
 */
@Injectable()
export class RuntimeLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(SERVICE_PROJECTIONS) private readonly projections: readonly Projection[],
    private readonly moduleRef: ModuleRef,
    @Inject(SERVICE_TRACING) private readonly tracing: ServiceTracing,
  ) {}

  /** Returns at once: the runtime starts in the background while HTTP already answers (see ServiceRuntime.start). */
  onApplicationBootstrap(): void {
    this.runtime.start(this.projections, this.optional<ConsumerDefinition>(SERVICE_CONSUMERS), this.optional<StartupTask>(SERVICE_STARTUP_TASKS));
  }

  /** A service that consumes nothing (or seeds nothing) simply does not provide the token. */
  private optional<T>(token: symbol): readonly T[] {
    try {
      return this.moduleRef.get<readonly T[]>(token, { strict: false });
    } catch {
      return [];
    }
  }

  /** Tracing last: the runtime's relay and consumers make spans until they stop. */
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
    await this.tracing.shutdown();
  }
}
