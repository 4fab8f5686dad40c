import path from 'node:path';
import { ConfigError } from '../config/config-error';
import { AuditConfig, loadAuditConfig } from '../audit/audit-config';
import { loadPrivacyConfig, PrivacyConfig } from '../privacy/privacy-config';

/**
 * Where a service keeps its events, read models and messages.
 * - `single-process`: PGlite files under `<dataDir>/<service>` (or in memory when `dataDir` is
 *   null), read models in memory rebuilt at start, one in-process bus shared by the process.
 * - `distributed`: PostgreSQL (one schema per service), MongoDB-wire read models (one database
 *   per service), Kafka.
 */
export type RuntimeConfig = (
  | { readonly mode: 'single-process'; readonly dataDir: string | null }
  | {
      readonly mode: 'distributed';
      readonly postgresUrl: string;
      readonly mongoUrl: string;
      readonly kafkaBrokers: readonly string[];
      /** Keeps one platform's schemas, databases, topics and groups apart from another's on shared engines. */
      readonly namespace: string | null;
    }
) & {
  /** How long a command waits to read its own write before answering 202 (default 3 s; 0: always 202 at once). */
  readonly readYourWritesMs?: number;
  /** The audit log's keys and witnesses; absent: a development key per process and witnesses in memory. */
  readonly audit?: AuditConfig;
  /** The per-person keys of personal data; absent: in memory under a KEK per process. */
  readonly privacy?: PrivacyConfig;
};

export const DEFAULT_READ_YOUR_WRITES_MS = 3_000;

function required(env: NodeJS.ProcessEnv, variable: string, example: string): string {
  const value = env[variable];
  if (!value) throw new ConfigError(variable, `is required in the distributed mode, e.g. ${example}`, value ?? '');
  return value;
}

function readYourWritesMs(env: NodeJS.ProcessEnv): number {
  const raw = env['READ_YOUR_WRITES_TIMEOUT_MS'];
  if (raw === undefined) return DEFAULT_READ_YOUR_WRITES_MS;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0 || value > 60_000)
    throw new ConfigError('READ_YOUR_WRITES_TIMEOUT_MS', 'must be an integer number of milliseconds from 0 to 60000', raw);
  return value;
}

/**
 * `READ_YOUR_WRITES_TIMEOUT_MS` (default 3000); `YUNGHAP_MODE` (default single-process); `YUNGHAP_DATA_DIR` (default ./data, `memory` for
 * none); in the distributed mode `POSTGRES_URL`, `MONGO_URL`, `KAFKA_BROKERS` and optionally
 * `YUNGHAP_NAMESPACE`; the audit log's settings (loadAuditConfig) and personal data's (loadPrivacyConfig).
 */
export function loadRuntimeConfig(env: NodeJS.ProcessEnv): RuntimeConfig {
  const mode = env['YUNGHAP_MODE'] ?? 'single-process';
  if (mode === 'single-process') {
    const dir = env['YUNGHAP_DATA_DIR'] ?? './data';
    const dataDir = dir === 'memory' ? null : path.resolve(dir);
    return { mode, dataDir, readYourWritesMs: readYourWritesMs(env), audit: loadAuditConfig(env, dataDir), privacy: loadPrivacyConfig(env, { dataDir }) };
  }
  if (mode === 'distributed') {
    const brokers = required(env, 'KAFKA_BROKERS', '127.0.0.1:9092')
      .split(',')
      .map((b) => b.trim());
    if (brokers.some((b) => !/^[\w.-]+:\d+$/.test(b))) throw new ConfigError('KAFKA_BROKERS', 'must be a comma-separated list of host:port', brokers.join(','));
    const namespace = env['YUNGHAP_NAMESPACE'] ?? null;
    if (namespace !== null && !/^[a-z][a-z0-9]{0,30}$/.test(namespace)) {
      throw new ConfigError('YUNGHAP_NAMESPACE', 'must be lower-case letters and digits, starting with a letter (at most 31)', namespace);
    }
    const postgresUrl = required(env, 'POSTGRES_URL', 'postgres://yunghap@127.0.0.1:55432/yunghap');
    const dataDir = path.resolve(env['YUNGHAP_DATA_DIR'] ?? './data');
    return {
      mode,
      namespace,
      postgresUrl,
      mongoUrl: required(env, 'MONGO_URL', 'mongodb://127.0.0.1:27017'),
      kafkaBrokers: brokers,
      readYourWritesMs: readYourWritesMs(env),
      // The development key and witness folder of a local distributed run, shared by its processes.
      audit: loadAuditConfig(env, dataDir, namespace),
      privacy: loadPrivacyConfig(env, { postgresUrl, namespace, dataDir }),
    };
  }
  throw new ConfigError('YUNGHAP_MODE', 'must be single-process or distributed', mode);
}
