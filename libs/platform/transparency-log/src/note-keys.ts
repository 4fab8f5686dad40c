import { createPrivateKey, createPublicKey, hkdfSync, KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { fromBase64, toBase64 } from './bytes';
import { NoteError } from './errors';
import { ED25519_SIGNATURE_TYPE, formatKeyId, noteKeyId } from './key-id';
import { isValidKeyName } from './note-text';

/** Signs note texts with one key; what `parseSignerKey` gives. The private key stays inside. */
export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  sign(message: Uint8Array): Uint8Array;
}

/** Checks note signatures of one key; what `parseVerifierKey` gives. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

/**
 * The two texts of a key, as golang.org/x/mod/sumdb/note writes them:
 * signer `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 ‖ seed)>` (secret),
 * verifier `<name>+<hex key id>+<base64(0x01 ‖ public key)>` (C2SP signed-note's vkey).
 */
export interface NoteKeyPair {
  readonly signerKey: string;
  readonly verifierKey: string;
}

// An Ed25519 seed (the private key) and a public key both have 32 bytes.
const KEY_SIZE = 32;
const ED25519_SIGNATURE_SIZE = 64;
const SIGNER_PREFIX = 'PRIVATE+KEY+';
// RFC 8410 DER framing around a raw Ed25519 seed (PKCS #8) and public key (SPKI): how node:crypto takes raw keys.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * A new Ed25519 key named `name`. `seed` is for tests; leave it out to draw one from the system's CSPRNG.
 * Example: `const { signerKey, verifierKey } = generateNoteKeyPair('audit.yunghap.example/grants')`
 */
export function generateNoteKeyPair(name: string, seed: Uint8Array = randomBytes(KEY_SIZE)): NoteKeyPair {
  if (!isValidKeyName(name)) throw NoteError.becauseKeyMalformed('signer', 'a key name is non-empty, without white space or "+"');
  if (seed.length !== KEY_SIZE) throw NoteError.becauseKeyMalformed('signer', `an Ed25519 seed has ${KEY_SIZE} bytes`);
  const typedPublicKey = typed(rawPublicKey(privateKeyOf(seed)));
  const keyId = formatKeyId(noteKeyId(name, typedPublicKey));
  return {
    signerKey: `${SIGNER_PREFIX}${name}+${keyId}+${toBase64(typed(seed))}`,
    verifierKey: `${name}+${keyId}+${toBase64(typedPublicKey)}`,
  };
}

/**
 * A key of its own for `name`, derived from `signerKey` (HKDF-SHA256 over its seed, the name as
 * info): one secret for a deployment gives each of its logs a distinct key, and the same one at
 * every start. Whoever holds the parent holds every child.
 * Example: `deriveNoteKeyPair('PRIVATE+KEY+audit.yunghap.example+…', 'audit.yunghap.example/grants')`
 */
export function deriveNoteKeyPair(signerKey: string, name: string): NoteKeyPair {
  const { seed } = loadSignerKey(signerKey);
  const info = Buffer.from(`yunghap note key\n${name}`, 'utf8');
  return generateNoteKeyPair(name, new Uint8Array(hkdfSync('sha256', seed, new Uint8Array(0), info, KEY_SIZE)));
}

/** The signer a signer key text describes; throws a `NoteError` (never quoting the key) when it is not one. */
export function parseSignerKey(signerKey: string): NoteSigner {
  const { name, keyId, privateKey } = loadSignerKey(signerKey);
  return { name, keyId, sign: (message) => new Uint8Array(sign(null, message, privateKey)) };
}

/** The verifier a verifier key text describes; throws a `NoteError` when it is not one or its key id is not its key's. */
export function parseVerifierKey(verifierKey: string): NoteVerifier {
  const { name, keyId, key: publicKey } = parseKeyText('verifier', verifierKey);
  const computed = noteKeyId(name, typed(publicKey));
  if (computed !== keyId) throw NoteError.becauseKeyIdMismatch(name, keyId, computed);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  } catch {
    throw NoteError.becauseKeyMalformed('verifier', 'the public key is not an Ed25519 point');
  }
  return { name, keyId, verify: (message, signature) => signature.length === ED25519_SIGNATURE_SIZE && verifies(message, key, signature) };
}

/** The verifier key that goes with a signer key: what the log publishes for its checkpoints. */
export function verifierKeyOf(signerKey: string): string {
  const { name, keyId, typedPublicKey } = loadSignerKey(signerKey);
  return `${name}+${formatKeyId(keyId)}+${toBase64(typedPublicKey)}`;
}

function loadSignerKey(signerKey: string): { name: string; keyId: number; seed: Uint8Array; privateKey: KeyObject; typedPublicKey: Uint8Array } {
  if (!signerKey.startsWith(SIGNER_PREFIX)) throw NoteError.becauseKeyMalformed('signer', `it does not start with ${SIGNER_PREFIX}`);
  const { name, keyId, key: seed } = parseKeyText('signer', signerKey.slice(SIGNER_PREFIX.length));
  const privateKey = privateKeyOf(seed);
  const typedPublicKey = typed(rawPublicKey(privateKey));
  // The text states the id of the public key; only the seed says which that is.
  const computed = noteKeyId(name, typedPublicKey);
  if (computed !== keyId) throw NoteError.becauseKeyIdMismatch(name, keyId, computed);
  return { name, keyId, seed, privateKey, typedPublicKey };
}

// `<name>+<8 hex digits>+<base64(type ‖ key)>`; the base64 may itself contain '+', so only the first two split.
function parseKeyText(kind: 'signer' | 'verifier', text: string): { name: string; keyId: number; key: Uint8Array } {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) throw NoteError.becauseKeyMalformed(kind, 'expected <name>+<key id>+<key>');
  const name = text.slice(0, first);
  const hexId = text.slice(first + 1, second);
  const material = fromBase64(text.slice(second + 1));
  if (!isValidKeyName(name)) throw NoteError.becauseKeyMalformed(kind, 'a key name is non-empty, without white space or "+"');
  if (!/^[0-9a-f]{8}$/.test(hexId)) throw NoteError.becauseKeyMalformed(kind, 'the key id is 8 lower-case hex digits');
  if (material === undefined || material.length === 0) throw NoteError.becauseKeyMalformed(kind, 'the key is not standard base64');
  if (material[0] !== ED25519_SIGNATURE_TYPE) throw NoteError.becauseKeyTypeUnsupported(material[0]);
  if (material.length !== 1 + KEY_SIZE) throw NoteError.becauseKeyMalformed(kind, `an Ed25519 key has ${KEY_SIZE} bytes`);
  return { name, keyId: Number.parseInt(hexId, 16), key: material.subarray(1) };
}

// A verifier answers yes or no: whatever OpenSSL makes of a hostile key or signature is a no.
function verifies(message: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

function privateKeyOf(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

function rawPublicKey(privateKey: KeyObject): Uint8Array {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(SPKI_PREFIX.length));
}

function typed(key: Uint8Array): Uint8Array {
  return Uint8Array.of(ED25519_SIGNATURE_TYPE, ...key);
}
