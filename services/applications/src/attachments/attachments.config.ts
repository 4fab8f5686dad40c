import { ConfigError, RuntimeConfig } from '@yunghap/platform-nest';
import { S3ContentStoreConfig } from '@yunghap/storage';
import path from 'node:path';

/** Where attached documents are kept, and how large one may be. */
export interface AttachmentsConfig {
  readonly maxBytes: number;
  /** A folder (`temporary`: made at start, removed at close), or an S3-compatible bucket. */
  readonly store: { readonly kind: 'filesystem'; readonly root: string } | { readonly kind: 'temporary' } | ({ readonly kind: 's3' } & S3ContentStoreConfig);
}

const MIB = 1024 * 1024;
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * MIB;
// The upload is held in memory while its type is told and its hash computed: 100 MiB is the most
// a service's memory should carry per request.
const LARGEST_MAX_BYTES = 100 * MIB;

// The bucket and development identity of deploy/local/seaweedfs (s3.json there).
const SEAWEEDFS_DEFAULTS = { region: 'us-east-1', bucket: 'yunghap-attachments', accessKeyId: 'yunghap-dev', secretAccessKey: 'yunghap-dev-secret' };

function maxBytesOf(env: NodeJS.ProcessEnv): number {
  const raw = env['ATTACHMENTS_MAX_BYTES'];
  if (raw === undefined) return DEFAULT_ATTACHMENT_MAX_BYTES;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > LARGEST_MAX_BYTES)
    throw new ConfigError('ATTACHMENTS_MAX_BYTES', `must be a whole number of bytes from 1 to ${LARGEST_MAX_BYTES}`, raw);
  return value;
}

function s3StoreOf(env: NodeJS.ProcessEnv, endpoint: string): AttachmentsConfig['store'] {
  if (!/^https?:\/\/[^/\s]+\/?$/.test(endpoint))
    throw new ConfigError('ATTACHMENTS_S3_ENDPOINT', 'must be an http(s) base URL, e.g. http://127.0.0.1:8333', endpoint);
  return {
    kind: 's3',
    endpoint,
    region: env['ATTACHMENTS_S3_REGION'] ?? SEAWEEDFS_DEFAULTS.region,
    bucket: env['ATTACHMENTS_S3_BUCKET'] ?? SEAWEEDFS_DEFAULTS.bucket,
    accessKeyId: env['ATTACHMENTS_S3_ACCESS_KEY_ID'] ?? SEAWEEDFS_DEFAULTS.accessKeyId,
    secretAccessKey: env['ATTACHMENTS_S3_SECRET_ACCESS_KEY'] ?? SEAWEEDFS_DEFAULTS.secretAccessKey,
    ...(env['ATTACHMENTS_S3_KEY_PREFIX'] && { keyPrefix: env['ATTACHMENTS_S3_KEY_PREFIX'] }),
  };
}

/**
 * `ATTACHMENTS_S3_ENDPOINT` (with `ATTACHMENTS_S3_BUCKET`, `_REGION`, `_ACCESS_KEY_ID`,
 * `_SECRET_ACCESS_KEY`, `_KEY_PREFIX`; defaults: deploy/local's SeaweedFS) keeps documents in an
 * S3-compatible bucket; without it they go to `<YUNGHAP_DATA_DIR>/attachments` (./data by
 * default; a temporary folder when the single process keeps its data in memory).
 * `ATTACHMENTS_MAX_BYTES`: 20 MiB by default.
 */
export function loadAttachmentsConfig(env: NodeJS.ProcessEnv, runtime: RuntimeConfig): AttachmentsConfig {
  const maxBytes = maxBytesOf(env);
  const endpoint = env['ATTACHMENTS_S3_ENDPOINT'];
  if (endpoint) return { maxBytes, store: s3StoreOf(env, endpoint) };
  // The single process has resolved YUNGHAP_DATA_DIR already (null: `memory`); the distributed mode keeps no data folder of its own.
  const dataDir = runtime.mode === 'single-process' ? runtime.dataDir : path.resolve(env['YUNGHAP_DATA_DIR'] ?? './data');
  if (dataDir === null) return { maxBytes, store: { kind: 'temporary' } };
  return { maxBytes, store: { kind: 'filesystem', root: path.join(dataDir, 'attachments') } };
}
