/** The content is larger than the caller allows; nothing of it was kept. */
export class ContentTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Content exceeds the limit of ${maxBytes} bytes; nothing was stored`);
    this.name = 'ContentTooLargeError';
  }
}

/** Nothing is stored under the key. */
export class ContentNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No content is stored under ${key}`);
    this.name = 'ContentNotFoundError';
  }
}

/** A key that is not a SHA-256 in lowercase hex; refused before any engine sees it (a file path, an object key). */
export class InvalidContentKeyError extends Error {
  constructor(readonly key: string) {
    super(`Not a content key (64 lowercase hex digits): ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'InvalidContentKeyError';
  }
}

/** The stored bytes no longer hash to their key (or have another length): the object was changed or damaged at rest. */
export class ContentCorruptedError extends Error {
  constructor(readonly key: string) {
    super(`Content stored under ${key} does not match its SHA-256`);
    this.name = 'ContentCorruptedError';
  }
}
