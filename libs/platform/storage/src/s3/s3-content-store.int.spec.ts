import { DeleteObjectsCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { requireEngine, uniqueName } from '@yunghap/testing';
import { contentStoreContract } from '../testing/content-store.contract';
import { S3ContentStore, S3ContentStoreConfig } from './s3-content-store.adapter';

// SeaweedFS as deploy/local/seaweedfs/seaweedfs.sh starts it: its bucket and development identity (s3.json there).
const port = Number(process.env['SEAWEEDFS_S3_PORT'] ?? 8333);
const engine = { name: 'SeaweedFS (S3)', host: '127.0.0.1', port, log: '.infra/seaweedfs/seaweedfs.log' };
const config: S3ContentStoreConfig = {
  endpoint: `http://${engine.host}:${port}`,
  region: 'us-east-1',
  bucket: 'yunghap-attachments',
  accessKeyId: 'yunghap-dev',
  secretAccessKey: 'yunghap-dev-secret',
  keyPrefix: `${uniqueName('contract')}/`,
};
const admin = new S3Client({
  endpoint: config.endpoint,
  region: config.region,
  forcePathStyle: true,
  credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
});

async function listKeys(): Promise<string[]> {
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix: config.keyPrefix }));
  return (listed.Contents ?? []).map((object) => object.Key!.slice(config.keyPrefix!.length)).sort();
}

beforeAll(async () => {
  await requireEngine(engine);
});

afterAll(async () => {
  const keys = await listKeys();
  if (keys.length) {
    await admin.send(new DeleteObjectsCommand({ Bucket: config.bucket, Delete: { Objects: keys.map((key) => ({ Key: `${config.keyPrefix}${key}` })) } }));
  }
  admin.destroy();
});

contentStoreContract('S3 (SeaweedFS)', async () => ({
  store: new S3ContentStore(config),
  keys: listKeys,
  tamper: async (key, bytes) => {
    await admin.send(new PutObjectCommand({ Bucket: config.bucket, Key: `${config.keyPrefix}${key}`, Body: bytes, ContentType: 'application/pdf' }));
  },
}));

describe('S3ContentStore', () => {
  it('sends the SHA-256 with each put, so the server checks the bytes it receives and keeps the checksum', async () => {
    const store = new S3ContentStore(config);
    try {
      const stored = await store.put(randomBytes(1000), { mediaType: 'application/pdf', maxBytes: 1000 });

      const head = await admin.send(new HeadObjectCommand({ Bucket: config.bucket, Key: `${config.keyPrefix}${stored.key}`, ChecksumMode: 'ENABLED' }));

      expect(head.ChecksumSHA256).toBe(Buffer.from(stored.sha256, 'hex').toString('base64'));
    } finally {
      await store.close();
    }
  });
});
