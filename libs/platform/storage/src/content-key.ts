import { InvalidContentKeyError } from './errors';

const CONTENT_KEY = /^[0-9a-f]{64}$/;

/** True when `key` is what `put` answers: a SHA-256 in lowercase hex. */
export function isContentKey(key: string): boolean {
  return CONTENT_KEY.test(key);
}

/** Refuses anything else, so that a key never names a path or object outside the store. */
export function assertContentKey(key: string): void {
  if (!isContentKey(key)) throw new InvalidContentKeyError(key);
}
