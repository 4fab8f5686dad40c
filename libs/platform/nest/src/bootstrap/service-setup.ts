import type { DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '../config/service-config';
import type { RuntimeConfig } from '../runtime/runtime-config';
import type { RuntimeOverrides } from '../runtime/service-runtime';

/**
 * What a service's root module is handed besides its config: the environment the service was
 * started with (the launcher's, not necessarily `process.env`) and the runtime read from it.
 * A module reads its own settings from `env`, never from `process.env`.
 */
export interface ServiceSetup {
  readonly env: NodeJS.ProcessEnv;
  readonly runtime: RuntimeConfig;
  readonly overrides?: RuntimeOverrides;
}

/** A service's root module factory, e.g. `GrantsModule.register`. */
export type ServiceModuleFactory = (config: ServiceConfig, setup: ServiceSetup) => DynamicModule;
