import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { ContentStore } from '../content-store.port';
import { ContentCorruptedError, ContentNotFoundError, ContentTooLargeError, InvalidContentKeyError } from '../errors';

/** What a contract run needs from an adapter under test, on a store of its own (an empty folder, a key prefix). */
export interface ContentStoreSubject {
  readonly store: ContentStore;
  /** Every key the store holds, read behind its back: shows what was (not) kept. */
  readonly keys: () => Promise<string[]>;
  /** Overwrites the bytes kept under `key` behind the store's back (damage at rest). */
  readonly tamper: (key: string, bytes: Buffer) => Promise<void>;
}

const MiB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(content: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield new Uint8Array(bytes.subarray(at, at + size));
}

async function failureOf(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/**
 * The behaviour every content-store adapter must show, run against a real engine.
 * Usage in an adapter's spec: `contentStoreContract('filesystem', async () => ({ store, keys, tamper }))`.
 */
export function contentStoreContract(name: string, open: () => Promise<ContentStoreSubject>): void {
  describe(`content store contract: ${name}`, () => {
    let subject: ContentStoreSubject;
    let store: ContentStore;

    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    });

    afterAll(async () => {
      await store?.close();
    });

    it('keeps bytes under their SHA-256 and gives them back with their size and media type', async () => {
      const bytes = randomBytes(3 * MiB + 17);

      const stored = await store.put(bytes, { mediaType: 'application/pdf', maxBytes: 4 * MiB });
      const read = await store.get(stored.key);

      expect(stored).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length, mediaType: 'application/pdf' });
      expect(read.size).toBe(bytes.length);
      expect(read.mediaType).toBe('application/pdf');
      expect((await readAll(read.content)).equals(bytes)).toBe(true);
      expect(await store.has(stored.key)).toBe(true);
    });

    it('takes a stream in chunks as it takes the whole buffer', async () => {
      const bytes = randomBytes(MiB + 5);

      const stored = await store.put(chunksOf(bytes, 64 * 1024), { mediaType: 'application/x-hwp', maxBytes: 2 * MiB });

      expect(stored.key).toBe(sha256(bytes));
      expect(stored.size).toBe(bytes.length);
      expect((await readAll((await store.get(stored.key)).content)).equals(bytes)).toBe(true);
    });

    it('keeps the same bytes once: a second put answers the same key and the first media type', async () => {
      const bytes = randomBytes(10_000);

      const first = await store.put(bytes, { mediaType: 'application/pdf', maxBytes: MiB });
      const second = await store.put(chunksOf(bytes, 999), { mediaType: 'application/octet-stream', maxBytes: MiB });

      expect(second).toEqual(first);
      expect((await subject.keys()).filter((key) => key === first.key)).toHaveLength(1);
      expect((await store.get(first.key)).mediaType).toBe('application/pdf');
    });

    it('accepts content of exactly the limit', async () => {
      const bytes = randomBytes(1000);

      await expect(store.put(bytes, { mediaType: 'application/pdf', maxBytes: 1000 })).resolves.toMatchObject({ size: 1000 });
    });

    it('refuses content past the limit with ContentTooLargeError and keeps nothing of it', async () => {
      const bytes = randomBytes(1001);
      const before = await subject.keys();

      const error = await failureOf(store.put(bytes, { mediaType: 'application/pdf', maxBytes: 1000 }));

      expect(error).toBeInstanceOf(ContentTooLargeError);
      expect((error as ContentTooLargeError).maxBytes).toBe(1000);
      expect(await store.has(sha256(bytes))).toBe(false);
      expect(await subject.keys()).toEqual(before);
    });

    it('stops reading a stream at the limit (an endless upload is refused, not buffered)', async () => {
      let pulled = 0;
      async function* endless(): AsyncGenerator<Uint8Array> {
        for (;;) {
          pulled += 1;
          yield new Uint8Array(64 * 1024);
        }
      }

      await expect(store.put(endless(), { mediaType: 'application/pdf', maxBytes: MiB })).rejects.toBeInstanceOf(ContentTooLargeError);
      expect(pulled).toBeLessThanOrEqual(MiB / (64 * 1024) + 2);
    });

    it('keeps nothing of a stream that fails midway', async () => {
      const bytes = randomBytes(200_000);
      const before = await subject.keys();
      async function* broken(): AsyncGenerator<Uint8Array> {
        yield new Uint8Array(bytes.subarray(0, 100_000));
        throw new Error('upload interrupted');
      }

      await expect(store.put(broken(), { mediaType: 'application/pdf', maxBytes: MiB })).rejects.toThrow('upload interrupted');
      expect(await subject.keys()).toEqual(before);
    });

    it('checks what it reads against the key: bytes changed at rest end the stream with ContentCorruptedError', async () => {
      const bytes = randomBytes(50_000);
      const stored = await store.put(bytes, { mediaType: 'application/pdf', maxBytes: MiB });
      const damaged = Buffer.from(bytes);
      damaged[25_000] ^= 0xff;
      await subject.tamper(stored.key, damaged);

      const read = await store.get(stored.key);

      await expect(readAll(read.content)).rejects.toBeInstanceOf(ContentCorruptedError);
    });

    it('answers an unknown key with ContentNotFoundError, and has() with false', async () => {
      const unknown = sha256(randomBytes(32));

      const error = await failureOf(store.get(unknown));

      expect(error).toBeInstanceOf(ContentNotFoundError);
      expect((error as ContentNotFoundError).key).toBe(unknown);
      expect(await store.has(unknown)).toBe(false);
    });

    it.each([['../../etc/passwd'], ['A'.repeat(64)], ['a'.repeat(63)], [`${'a'.repeat(64)}/x`], ['']])('refuses %j as a key', async (key) => {
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidContentKeyError);
      await expect(store.has(key)).rejects.toBeInstanceOf(InvalidContentKeyError);
    });
  });
}
