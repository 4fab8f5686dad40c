import { ConfigError } from '@yunghap/platform-nest';
import path from 'node:path';
import { DEFAULT_ATTACHMENT_MAX_BYTES, loadAttachmentsConfig } from './attachments.config';

const singleProcess = (dataDir: string | null) => ({ mode: 'single-process', dataDir }) as const;
const distributed = {
  mode: 'distributed',
  namespace: null,
  postgresUrl: 'postgres://yunghap@127.0.0.1:55432/yunghap',
  mongoUrl: 'mongodb://127.0.0.1:27017',
  kafkaBrokers: ['127.0.0.1:9092'],
} as const;

describe('loadAttachmentsConfig', () => {
  it('keeps documents in <data dir>/attachments, in a temporary folder when the data is in memory, 20 MiB at most', () => {
    expect(loadAttachmentsConfig({}, singleProcess('/srv/yunghap'))).toEqual({
      maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
      store: { kind: 'filesystem', root: '/srv/yunghap/attachments' },
    });
    expect(loadAttachmentsConfig({}, singleProcess(null)).store).toEqual({ kind: 'temporary' });
    expect(loadAttachmentsConfig({}, distributed).store).toEqual({ kind: 'filesystem', root: path.resolve('data', 'attachments') });
    expect(DEFAULT_ATTACHMENT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("uses an S3 bucket when ATTACHMENTS_S3_ENDPOINT is set, with deploy/local's SeaweedFS as the defaults", () => {
    expect(loadAttachmentsConfig({ ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:8333' }, distributed).store).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:8333',
      region: 'us-east-1',
      bucket: 'yunghap-attachments',
      accessKeyId: 'yunghap-dev',
      secretAccessKey: 'yunghap-dev-secret',
    });
    const env = {
      ATTACHMENTS_S3_ENDPOINT: 'https://s3.example.kr',
      ATTACHMENTS_S3_BUCKET: 'plans',
      ATTACHMENTS_S3_REGION: 'ap-northeast-2',
      ATTACHMENTS_S3_ACCESS_KEY_ID: 'id',
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'secret',
      ATTACHMENTS_S3_KEY_PREFIX: 'yunghap/',
    };
    expect(loadAttachmentsConfig(env, distributed).store).toMatchObject({ bucket: 'plans', region: 'ap-northeast-2', keyPrefix: 'yunghap/' });
  });

  it.each([
    [{ ATTACHMENTS_MAX_BYTES: '0' }, 'ATTACHMENTS_MAX_BYTES'],
    [{ ATTACHMENTS_MAX_BYTES: '20MiB' }, 'ATTACHMENTS_MAX_BYTES'],
    [{ ATTACHMENTS_MAX_BYTES: String(101 * 1024 * 1024) }, 'ATTACHMENTS_MAX_BYTES'],
    [{ ATTACHMENTS_S3_ENDPOINT: '127.0.0.1:8333' }, 'ATTACHMENTS_S3_ENDPOINT'],
  ])('refuses %j at start-up', (env, variable) => {
    expect(() => loadAttachmentsConfig(env, singleProcess(null))).toThrow(ConfigError);
    expect(() => loadAttachmentsConfig(env, singleProcess(null))).toThrow(variable);
  });

  it('takes another limit', () => {
    expect(loadAttachmentsConfig({ ATTACHMENTS_MAX_BYTES: '1048576' }, singleProcess(null)).maxBytes).toBe(1_048_576);
  });
});
