import type { TracingConfig } from '@yunghap/telemetry';
import { AuthConfig, loadAuthConfig } from '../auth/auth.config';
import { ConfigError } from './config-error';
import { loadTracingConfig } from './tracing-config';

/** The five services and the port each listens on unless its `<NAME>_PORT` variable says otherwise. */
export const SERVICE_DEFAULT_PORTS = {
  applications: 3001,
  evaluation: 3002,
  grants: 3003,
  mentoring: 3004,
  centers: 3005,
} as const;

export type ServiceName = keyof typeof SERVICE_DEFAULT_PORTS;

export interface ServiceConfig {
  readonly service: ServiceName;
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly auth: AuthConfig;
  readonly tracing: TracingConfig;
}

const LOG_LEVELS: readonly ServiceConfig['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parsePort(variable: string, raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(variable, 'must be an integer port between 0 and 65535 (0 picks a free port)', raw);
  }
  return port;
}

/**
 * Reads a service's configuration once, at start-up, and fails fast naming the variable.
 * Example: `loadServiceConfig('grants', process.env)` → `{ service: 'grants', port: 3003, … }`.
 */
export function loadServiceConfig(service: ServiceName, env: NodeJS.ProcessEnv): ServiceConfig {
  const portVariable = `${service.toUpperCase()}_PORT`;
  const rawPort = env[portVariable];
  const port = rawPort === undefined ? SERVICE_DEFAULT_PORTS[service] : parsePort(portVariable, rawPort);

  const host = env['YUNGHAP_HOST'] ?? '127.0.0.1';

  const rawLevel = env['LOG_LEVEL'] ?? 'info';
  if (!LOG_LEVELS.includes(rawLevel as ServiceConfig['logLevel'])) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`, rawLevel);
  }

  return { service, port, host, logLevel: rawLevel as ServiceConfig['logLevel'], auth: loadAuthConfig(env), tracing: loadTracingConfig(service, env) };
}
