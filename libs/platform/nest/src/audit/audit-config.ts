import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateNoteKeyPair, parseSignerKey, parseVerifierKey } from '@yunghap/transparency-log';
import { ConfigError } from '../config/config-error';

/**
 * How a service keeps its audit log (docs/audit.md): the deployment's signing key, which never
 * enters the database, the keys of earlier years, the witness folder and how often to sign.
 */
export interface AuditConfig {
  /**
   * The operator's signer key text (golang.org/x/mod/sumdb/note format; its name prefixes every
   * log's origin), or a development key to generate into `file` (null: one per process).
   */
  readonly signingKey: { readonly given: string } | { readonly developmentFile: string | null };
  /** Verifier keys of rotated-out signing keys, so that checkpoints they signed still verify. */
  readonly retiredKeys: readonly string[];
  /** The append-only checkpoint folder; null keeps witness entries in memory (a run that keeps nothing). */
  readonly witnessDir: string | null;
  readonly checkpointEveryEvents: number;
  readonly checkpointEveryMs: number;
  /** How often the whole log is checked against the witnesses (health and metrics). */
  readonly verifyEveryMs: number;
}

const DEVELOPMENT_KEY_NAME = 'yunghap.dev';
const DEVELOPMENT_KEY_FILE = 'audit-dev-signing.key';
let memoryKey: string | null = null;

function integer(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new ConfigError(variable, `must be an integer from ${min} to ${max}`, raw);
  return value;
}

/** The operator's key, checked (never echoed), from `AUDIT_SIGNING_KEY` or the file `AUDIT_SIGNING_KEY_FILE`. */
function givenKey(env: NodeJS.ProcessEnv): string | null {
  const file = env['AUDIT_SIGNING_KEY_FILE'];
  const text = env['AUDIT_SIGNING_KEY'] ?? (file ? readFileSync(file, 'utf8').trim() : null);
  if (text === null) return null;
  try {
    parseSignerKey(text);
  } catch (error) {
    throw new ConfigError(
      file ? 'AUDIT_SIGNING_KEY_FILE' : 'AUDIT_SIGNING_KEY',
      `is not a signer key (PRIVATE+KEY+<name>+<id>+<key>): ${(error as Error).message}`,
      '',
    );
  }
  return text;
}

/**
 * The key that signs: the operator's, or a development key kept beside the data (so a restart keeps signing with it, and every service of
 * the folder shares it), or one per process when nothing is kept. Created exclusively: the first of
 * several services starting at once writes it, the others read it.
 */
export function signingKeyOf(config: AuditConfig): string {
  if ('given' in config.signingKey) return config.signingKey.given;
  const file = config.signingKey.developmentFile;
  if (file === null) return (memoryKey ??= generateNoteKeyPair(DEVELOPMENT_KEY_NAME).signerKey);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${generateNoteKeyPair(DEVELOPMENT_KEY_NAME).signerKey}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * `AUDIT_SIGNING_KEY` / `AUDIT_SIGNING_KEY_FILE` (required with NODE_ENV=production; otherwise a
 * development key is generated into the data folder), `AUDIT_RETIRED_KEYS` (verifier keys, separated
 * by commas or white space), `AUDIT_WITNESS_DIR` (required in production; default `<data>/audit-witness`),
 * `AUDIT_CHECKPOINT_EVERY` (events, default 256), `AUDIT_CHECKPOINT_SECONDS` (default 60),
 * `AUDIT_VERIFY_MINUTES` (default 10).
 * `dataDir` is where development keys and witnesses go by default (null: nothing is kept), the
 * witnesses in a folder of the `namespace` when there is one.
 */
export function loadAuditConfig(env: NodeJS.ProcessEnv, dataDir: string | null, namespace: string | null = null): AuditConfig {
  const production = env['NODE_ENV'] === 'production';
  const given = givenKey(env);
  if (given === null && production) {
    throw new ConfigError(
      'AUDIT_SIGNING_KEY',
      'is required when NODE_ENV=production (or AUDIT_SIGNING_KEY_FILE): a development key never signs the audit log there',
      '',
    );
  }
  // Platforms sharing engines under namespaces (tests) are separate logs: each gets its own witness folder.
  const witnessDir = env['AUDIT_WITNESS_DIR']
    ? path.resolve(env['AUDIT_WITNESS_DIR'])
    : dataDir === null
      ? null
      : path.join(dataDir, 'audit-witness', ...(namespace ? [namespace] : []));
  if (production && !env['AUDIT_WITNESS_DIR']) {
    throw new ConfigError('AUDIT_WITNESS_DIR', 'is required when NODE_ENV=production: a folder the database administrators cannot write', '');
  }
  const retiredKeys = (env['AUDIT_RETIRED_KEYS'] ?? '').split(/[\s,]+/).filter(Boolean);
  for (const key of retiredKeys) {
    try {
      parseVerifierKey(key);
    } catch (error) {
      throw new ConfigError('AUDIT_RETIRED_KEYS', `holds something that is not a verifier key: ${(error as Error).message}`, key);
    }
  }
  return {
    signingKey: given !== null ? { given } : { developmentFile: dataDir === null ? null : path.join(dataDir, DEVELOPMENT_KEY_FILE) },
    retiredKeys,
    witnessDir,
    checkpointEveryEvents: integer(env, 'AUDIT_CHECKPOINT_EVERY', 256, 1, 1_000_000),
    checkpointEveryMs: integer(env, 'AUDIT_CHECKPOINT_SECONDS', 60, 1, 86_400) * 1_000,
    verifyEveryMs: integer(env, 'AUDIT_VERIFY_MINUTES', 10, 1, 10_080) * 60_000,
  };
}

/** For runtimes built without the environment (tests): a development key per process, nothing kept. */
export function memoryAuditConfig(): AuditConfig {
  return loadAuditConfig({}, null);
}
