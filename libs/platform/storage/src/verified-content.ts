import { createHash } from 'node:crypto';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { ContentCorruptedError } from './errors';

/** Checks bytes against their key as they pass; a mismatch ends the stream with an error instead of `end`. */
class ContentVerifier extends Transform {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(
    private readonly key: string,
    private readonly size: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.bytes === this.size && this.hash.digest('hex') === this.key ? null : new ContentCorruptedError(this.key));
  }
}

/**
 * `stored` read through a check against `key` and `size`: the reader of a damaged object gets
 * `ContentCorruptedError` rather than wrong bytes that look whole. Errors of `stored` reach the
 * reader, and a reader that stops early releases `stored`.
 */
export function verifiedContent(stored: Readable, key: string, size: number): Readable {
  const verifier = new ContentVerifier(key, size);
  stored.once('error', (error) => verifier.destroy(error));
  verifier.once('close', () => stored.destroy());
  return stored.pipe(verifier);
}
