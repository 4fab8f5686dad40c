import { Readable } from 'node:stream';

/** What `put` may be given: the whole file, or a stream of it (an upload's request body, a file stream). */
export type ContentSource = Uint8Array | AsyncIterable<Uint8Array>;

export interface PutOptions {
  /** Kept with the bytes and answered by `get`; the service decides it (see `detectDocumentType`), not the client. */
  readonly mediaType: string;
  /** Larger content is refused with `ContentTooLargeError` before anything is kept. */
  readonly maxBytes: number;
}

/** What a `put` kept. `key` is `sha256`: the same bytes always land on the same key. */
export interface StoredContent {
  readonly key: string;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

/**
 * A stored object as it is read. `content` is checked against the key while it is read: bytes that
 * no longer hash to their key end the stream with `ContentCorruptedError` instead of `end`.
 */
export interface ContentRead {
  readonly content: Readable;
  readonly size: number;
  readonly mediaType: string;
}

/**
 * Content-addressed storage for attachments: the key of an object is the SHA-256 of its bytes,
 * so an event can record the key as proof of exactly which document was attached.
 *
 * @example
 * const stored = await store.put(upload, { mediaType: 'application/pdf', maxBytes: 20 * 1024 * 1024 });
 * // record stored.sha256 in the application's event; later:
 * const { content, size, mediaType } = await store.get(stored.key);
 */
export interface ContentStore {
  /**
   * Keeps the bytes (once: the same bytes again answer the object already kept, with the media
   * type it was first kept with). Throws `ContentTooLargeError` past `maxBytes`.
   */
  put(source: ContentSource, options: PutOptions): Promise<StoredContent>;
  /** Throws `ContentNotFoundError` for a key nothing was kept under, `InvalidContentKeyError` for a key that is no SHA-256. */
  get(key: string): Promise<ContentRead>;
  has(key: string): Promise<boolean>;
  close(): Promise<void>;
}
