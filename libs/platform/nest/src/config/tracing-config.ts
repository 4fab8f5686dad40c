import type { TracingConfig } from '@yunghap/telemetry';
import { ConfigError } from './config-error';
import type { ServiceName } from './service-config';

/** The OTLP transport the services export with; the variables may name only this one. */
const OTLP_PROTOCOL = 'http/protobuf';

/** The specification's rule for every OTEL_* variable: an empty value is no value. */
function setting(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function disabled(env: NodeJS.ProcessEnv): boolean {
  const raw = setting(env, 'OTEL_SDK_DISABLED');
  if (raw === undefined || /^false$/i.test(raw)) return false;
  if (/^true$/i.test(raw)) return true;
  throw new ConfigError('OTEL_SDK_DISABLED', 'must be true or false', raw);
}

function httpUrl(variable: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, 'must be an http:// or https:// URL, e.g. http://127.0.0.1:4318', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(variable, 'must be an http:// or https:// URL (OTLP over HTTP)', raw);
  return url.href;
}

/** The traces endpoint: the signal's own variable as it is, or the base endpoint with `/v1/traces` added, as OTLP specifies. */
function tracesUrl(env: NodeJS.ProcessEnv): string | null {
  const traces = setting(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  if (traces !== undefined) return httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', traces);
  const base = setting(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (base === undefined) return null;
  return new URL('v1/traces', httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', base.endsWith('/') ? base : `${base}/`)).href;
}

function requireProtocol(env: NodeJS.ProcessEnv): void {
  for (const variable of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const protocol = setting(env, variable);
    if (protocol !== undefined && protocol !== OTLP_PROTOCOL)
      throw new ConfigError(variable, `must be ${OTLP_PROTOCOL}, the one OTLP transport the services export with`, protocol);
  }
}

/**
 * A service's tracing from the standard OpenTelemetry variables: spans go over OTLP/HTTP only when
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT` names a collector, and
 * never with `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. `service.name` is
 * `yunghap-<service>`, whatever `OTEL_SERVICE_NAME` says: in the single process the five services
 * share one environment and must still be told apart.
 * Example: `loadTracingConfig('grants', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })`
 *   → `{ serviceName: 'yunghap-grants', destination: { kind: 'otlp', url: 'http://127.0.0.1:4318/v1/traces' } }`
 */
export function loadTracingConfig(service: ServiceName, env: NodeJS.ProcessEnv): TracingConfig {
  const off: TracingConfig = { serviceName: `yunghap-${service}`, destination: null };
  if (disabled(env)) return off;
  const exporter = setting(env, 'OTEL_TRACES_EXPORTER') ?? 'otlp';
  if (exporter === 'none') return off;
  if (exporter !== 'otlp') throw new ConfigError('OTEL_TRACES_EXPORTER', 'must be otlp or none', exporter);
  const url = tracesUrl(env);
  if (url === null) return off;
  requireProtocol(env);
  return { ...off, destination: { kind: 'otlp', url } };
}
