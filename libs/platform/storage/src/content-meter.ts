import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { ContentTooLargeError } from './errors';
import { ContentSource } from './content-store.port';

/**
 * Passes content through while hashing and counting it, and fails the stream with
 * `ContentTooLargeError` at the first byte past the limit, so a pipeline stops reading the
 * source there and an adapter keeps nothing of it.
 */
export class ContentMeter extends Transform {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private digest: string | undefined;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(new ContentTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }

  /** The SHA-256 (hex) and size of everything that passed; only once the stream has ended. */
  measured(): { readonly sha256: string; readonly size: number } {
    if (this.digest === undefined) throw new Error('ContentMeter: the content has not ended yet');
    return { sha256: this.digest, size: this.bytes };
  }
}

/** `source` as something `pipeline` reads; a whole buffer goes through as one chunk. */
export function readableOf(source: ContentSource): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  return source instanceof Uint8Array ? [Buffer.from(source.buffer, source.byteOffset, source.byteLength)] : source;
}
