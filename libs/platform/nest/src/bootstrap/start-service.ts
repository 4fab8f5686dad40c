import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadServiceConfig, ServiceName } from '../config/service-config';
import { configureHttp } from '../http/configure-http';
import { setupOpenApi } from '../openapi/setup-openapi';
import { loadRuntimeConfig } from '../runtime/runtime-config';
import type { RuntimeOverrides } from '../runtime/service-runtime';
import { ServiceLogger } from '../logging/service-logger';
import { ServiceModuleFactory } from './service-setup';

export interface RunningService {
  readonly name: ServiceName;
  readonly app: INestApplication;
  readonly url: string;
}

export interface BootstrapOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Off when several services share one process: the launcher closes them all on a signal. */
  readonly shutdownHooks?: boolean;
  readonly runtimeOverrides?: RuntimeOverrides;
}

/** Starts one service; the single-process launcher calls all five of these in one process. */
export type ServiceBootstrap = (options?: BootstrapOptions) => Promise<RunningService>;

/**
 * Builds a service's bootstrap from its root module factory, and runs it when the calling
 * file is the process entry point (`node main.js`), so the same file serves both run modes.
 * Example: `export const bootstrap = serviceEntry('grants', GrantsModule.register, module);`
 */
export function serviceEntry(name: ServiceName, rootModule: ServiceModuleFactory, entryModule: NodeJS.Module): ServiceBootstrap {
  const bootstrap: ServiceBootstrap = async ({ env = process.env, shutdownHooks = true, runtimeOverrides } = {}) => {
    const config = loadServiceConfig(name, env);
    // Everything is read from the env the launcher handed over, the module's own settings included.
    const app = await NestFactory.create(rootModule(config, { env, runtime: loadRuntimeConfig(env), overrides: runtimeOverrides }), { bufferLogs: true });
    const logger = app.get(ServiceLogger);
    app.useLogger(logger);
    if (shutdownHooks) app.enableShutdownHooks();
    configureHttp(app);
    setupOpenApi(app, name);
    if (config.auth.acceptsDevelopmentTokens && config.auth.usesDevelopmentSecret) {
      logger.pino.warn('JWT_SECRET is not set: development tokens are checked with the development secret (never in production)');
    }
    if (!config.auth.gatewayKeys) logger.pino.info('AUTH_JWKS_URL is not set: only development tokens (HS256) are accepted');
    await app.listen(config.port, config.host);
    const url = await app.getUrl();
    logger.pino.info({ url }, 'service listening');
    return { name, app, url };
  };
  if (require.main === entryModule) {
    bootstrap().catch((error: unknown) => {
      process.stderr.write(`${name}: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
  }
  return bootstrap;
}
