import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseRetentionDays, RetentionDays } from '@yunghap/personal-data';
import { ConfigError } from '../config/config-error';

const KEK_SIZE = 32;
const DEVELOPMENT_KEK_FILE = 'personal-data-dev.kek';

/** Where a service's per-person keys live: never in its event store's database or schema. */
export type KeyStoreLocation =
  | { readonly kind: 'memory' }
  | { readonly kind: 'pglite'; readonly dir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schemaPrefix: string };

/** How a service keeps personal data (docs/audit.md, erasure): the KEK, its key store and the retention periods. */
export interface PrivacyConfig {
  /** The key-encryption key, or a development one to generate into `developmentFile` (null: one per process). */
  readonly kek: { readonly given: Uint8Array } | { readonly developmentFile: string | null };
  readonly keyStore: KeyStoreLocation;
  readonly retentionDays: RetentionDays;
}

let memoryKek: Uint8Array | null = null;

function givenKek(env: NodeJS.ProcessEnv): Uint8Array | null {
  const file = env['PERSONAL_DATA_KEK_FILE'];
  const text = env['PERSONAL_DATA_KEK'] ?? (file ? readFileSync(file, 'utf8').trim() : null);
  if (text === null) return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== KEK_SIZE || bytes.toString('base64') !== text) {
    throw new ConfigError(
      file ? 'PERSONAL_DATA_KEK_FILE' : 'PERSONAL_DATA_KEK',
      `must hold the base64 of ${KEK_SIZE} random bytes (openssl rand -base64 32)`,
      '',
    );
  }
  return new Uint8Array(bytes);
}

/**
 * The KEK: the operator's, or a development one kept beside the data (created exclusively, so the
 * folder's services share it and a restart still opens the keys), or one per process.
 */
export function kekOf(config: PrivacyConfig): Uint8Array {
  if ('given' in config.kek) return config.kek.given;
  const file = config.kek.developmentFile;
  if (file === null) return (memoryKek ??= new Uint8Array(randomBytes(KEK_SIZE)));
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(KEK_SIZE).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

/**
 * `PERSONAL_DATA_KEK` / `PERSONAL_DATA_KEK_FILE` (required with NODE_ENV=production; otherwise a
 * development KEK is generated into the data folder), `PERSONAL_DATA_RETENTION_DAYS`
 * (`applicant=1825,mentor=1095,…` over the defaults), and where the keys are kept: in the
 * single-process mode PGlite files under `PERSONAL_DATA_DIR` (default `<data>/personal-keys`), in
 * the distributed mode a schema `<service>_personal_keys` on `PERSONAL_DATA_POSTGRES_URL` (default
 * `POSTGRES_URL`; production gives it a database and credentials of its own).
 */
export function loadPrivacyConfig(
  env: NodeJS.ProcessEnv,
  place: { readonly dataDir: string | null } | { readonly postgresUrl: string; readonly namespace: string | null; readonly dataDir: string },
): PrivacyConfig {
  const given = givenKek(env);
  if (given === null && env['NODE_ENV'] === 'production') {
    throw new ConfigError(
      'PERSONAL_DATA_KEK',
      'is required when NODE_ENV=production (or PERSONAL_DATA_KEK_FILE): personal data is never sealed with a development key there',
      '',
    );
  }
  let retentionDays: RetentionDays;
  try {
    retentionDays = parseRetentionDays(env['PERSONAL_DATA_RETENTION_DAYS'] ?? '');
  } catch (error) {
    throw new ConfigError('PERSONAL_DATA_RETENTION_DAYS', (error as Error).message, env['PERSONAL_DATA_RETENTION_DAYS'] ?? '');
  }
  const dataDir = place.dataDir;
  const keyStore: KeyStoreLocation =
    'postgresUrl' in place
      ? { kind: 'postgres', url: env['PERSONAL_DATA_POSTGRES_URL'] ?? place.postgresUrl, schemaPrefix: place.namespace ? `${place.namespace}_` : '' }
      : env['PERSONAL_DATA_DIR']
        ? { kind: 'pglite', dir: path.resolve(env['PERSONAL_DATA_DIR']) }
        : dataDir === null
          ? { kind: 'memory' }
          : { kind: 'pglite', dir: path.join(dataDir, 'personal-keys') };
  return {
    kek: given !== null ? { given } : { developmentFile: dataDir === null ? null : path.join(dataDir, DEVELOPMENT_KEK_FILE) },
    keyStore,
    retentionDays,
  };
}

/** For runtimes built without the environment (tests): keys in memory under a KEK per process, the default retention. */
export function memoryPrivacyConfig(): PrivacyConfig {
  return loadPrivacyConfig({}, { dataDir: null });
}
