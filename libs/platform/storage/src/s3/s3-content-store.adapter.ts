import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertContentKey } from '../content-key';
import { ContentMeter, readableOf } from '../content-meter';
import { ContentRead, ContentSource, ContentStore, PutOptions, StoredContent } from '../content-store.port';
import { ContentNotFoundError } from '../errors';
import { verifiedContent } from '../verified-content';

export interface S3ContentStoreConfig {
  /** The S3 API's base URL, e.g. `http://127.0.0.1:8333` (SeaweedFS of deploy/local). */
  readonly endpoint: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Put before every key (`tests/run-1/`), so that several users can share one bucket; none by default. */
  readonly keyPrefix?: string;
}

const isNotFound = (error: unknown) => error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404;

/**
 * Keeps each object under its key in one bucket, addressed by path (`<endpoint>/<bucket>/<key>`,
 * as S3-compatible servers on one host expect), the media type as its Content-Type. The key is
 * only known once the last byte is read, so content is gathered in memory (at most `maxBytes`)
 * and sent in one PutObject with its SHA-256, which the server checks before it keeps anything.
 */
export class S3ContentStore implements ContentStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3ContentStoreConfig) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Our own SHA-256 is sent with every put; the SDK's default extra CRC (sent as a streaming
      // trailer) is one more thing an S3-compatible server may not implement.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(source: ContentSource, { mediaType, maxBytes }: PutOptions): Promise<StoredContent> {
    const chunks: Buffer[] = [];
    const meter = new ContentMeter(maxBytes);
    const gather = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    await pipeline(readableOf(source), meter, gather);
    const { sha256: key, size } = meter.measured();

    const kept = await this.head(key);
    if (kept) return { key, sha256: key, size, mediaType: kept.ContentType ?? mediaType };
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.objectKey(key),
        Body: Buffer.concat(chunks, size),
        ContentLength: size,
        ContentType: mediaType,
        ChecksumSHA256: Buffer.from(key, 'hex').toString('base64'),
      }),
    );
    return { key, sha256: key, size, mediaType };
  }

  async get(key: string): Promise<ContentRead> {
    assertContentKey(key);
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) })).catch((error: unknown) => {
      throw isNotFound(error) || (error as Error).name === 'NoSuchKey' ? new ContentNotFoundError(key) : error;
    });
    const size = answer.ContentLength ?? 0;
    return { content: verifiedContent(answer.Body as Readable, key, size), size, mediaType: answer.ContentType ?? 'application/octet-stream' };
  }

  async has(key: string): Promise<boolean> {
    assertContentKey(key);
    return (await this.head(key)) !== undefined;
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private async head(key: string) {
    return this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) })).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
  }

  private objectKey(key: string): string {
    return `${this.config.keyPrefix ?? ''}${key}`;
  }
}
