import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { requireEngine, uniqueName } from '@yunghap/testing';
import { businessPlanSuite } from './business-plan.suite';

// SeaweedFS as deploy/local/seaweedfs/seaweedfs.sh starts it (`bash deploy/local/infra.sh up seaweedfs`);
// the bucket and identity are the service's defaults. Each run keeps its objects under its own prefix.
const port = Number(process.env['SEAWEEDFS_S3_PORT'] ?? 8333);
const engine = { name: 'SeaweedFS (S3)', host: '127.0.0.1', port, log: '.infra/seaweedfs/seaweedfs.log' };
const endpoint = `http://${engine.host}:${engine.port}`;
const keyPrefix = `${uniqueName('applications-int')}/`;

beforeAll(async () => {
  await requireEngine(engine);
});

// The documents this run kept, found through the S3 API itself: that they are there shows the service used the bucket.
afterAll(async () => {
  const admin = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'yunghap-dev', secretAccessKey: 'yunghap-dev-secret' },
  });
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: 'yunghap-attachments', Prefix: keyPrefix }));
  const keys = (listed.Contents ?? []).map((object) => ({ Key: object.Key }));
  expect(keys.length).toBeGreaterThan(0);
  await admin.send(new DeleteObjectsCommand({ Bucket: 'yunghap-attachments', Delete: { Objects: keys } }));
  admin.destroy();
});

businessPlanSuite('the business plan over HTTP, kept in an S3 bucket (SeaweedFS)', () => ({
  ATTACHMENTS_S3_ENDPOINT: endpoint,
  ATTACHMENTS_S3_KEY_PREFIX: keyPrefix,
}));
