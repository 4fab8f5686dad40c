import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Projection } from '@yunghap/read-models';
import { SERVICE_CONSUMERS, SERVICE_RUNTIME } from './runtime.di-tokens';
import type { ConsumerDefinition, ServiceRuntime } from './service-runtime';

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let consumers: readonly ConsumerDefinition[] = [];
    try {
      consumers = this.moduleRef.get<readonly ConsumerDefinition[]>(SERVICE_CONSUMERS, { strict: false });
    } catch {
      // A service that consumes nothing provides no SERVICE_CONSUMERS.
    }
    await this.runtime.start(this.projections, consumers);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }
}
