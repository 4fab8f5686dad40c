import { createHash } from 'node:crypto';

/** The signature type byte of Ed25519 note signatures (C2SP signed-note). */
export const ED25519_SIGNATURE_TYPE = 0x01;

/**
 * The key id of C2SP signed-note: the first 4 bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ type ‖ public key),
 * where `typedPublicKey` is the type byte followed by the key (33 bytes for Ed25519).
 */
export function noteKeyId(name: string, typedPublicKey: Uint8Array): number {
  const digest = createHash('sha256').update(name, 'utf8').update('\n').update(typedPublicKey).digest();
  return digest.readUInt32BE(0);
}

/** A key id as key texts spell it: 8 lower-case hex digits. */
export function formatKeyId(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}
