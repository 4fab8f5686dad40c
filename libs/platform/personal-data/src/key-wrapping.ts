import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const KEY_SIZE = 32;
const IV_SIZE = 12;
const TAG_SIZE = 16;

/**
 * Wraps per-person keys with the key-encryption key (`PERSONAL_DATA_KEK`, 32 bytes): AES-256-GCM,
 * the subject as associated data, so a wrapped key copied onto another person's row does not open.
 * Whoever holds the key store's database without the KEK reads no personal data.
 */
export class KeyWrapping {
  constructor(private readonly kek: Uint8Array) {
    if (kek.length !== KEY_SIZE) throw new RangeError(`A key-encryption key has ${KEY_SIZE} bytes, not ${kek.length}`);
  }

  /** A fresh random key for `subject`, and its wrapped form to store. */
  newKey(subject: string): { readonly key: Uint8Array; readonly wrapped: Uint8Array } {
    const key = new Uint8Array(randomBytes(KEY_SIZE));
    return { key, wrapped: this.wrap(subject, key) };
  }

  wrap(subject: string, key: Uint8Array): Uint8Array {
    const iv = randomBytes(IV_SIZE);
    const cipher = createCipheriv('aes-256-gcm', this.kek, iv).setAAD(Buffer.from(subject, 'utf8'));
    return new Uint8Array(Buffer.concat([iv, cipher.update(key), cipher.final(), cipher.getAuthTag()]));
  }

  /** Throws when the wrapped key was altered or belongs to another subject. */
  unwrap(subject: string, wrapped: Uint8Array): Uint8Array {
    const bytes = Buffer.from(wrapped);
    const iv = bytes.subarray(0, IV_SIZE);
    const tag = bytes.subarray(bytes.length - TAG_SIZE);
    const decipher = createDecipheriv('aes-256-gcm', this.kek, iv).setAAD(Buffer.from(subject, 'utf8')).setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(IV_SIZE, bytes.length - TAG_SIZE)), decipher.final()]));
  }
}
