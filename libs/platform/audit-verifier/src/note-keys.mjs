import { Buffer } from 'node:buffer';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { decodeBase64Strict } from './base64.mjs';
import { Rejection } from './rejection.mjs';
import { isWellFormed } from './unicode-text.mjs';

/**
 * A note verifier key (golang.org/x/mod/sumdb/note, C2SP signed-note), parsed and checked.
 * @typedef {object} VerifierKey
 * @property {string} text      the key as written: `<name>+<8 hex key id>+<base64(0x01 ‖ public key)>`
 * @property {string} name
 * @property {number} keyId     the 4-byte key id, as an unsigned integer
 * @property {string} label     `<name>+<8 hex key id>`: how messages and summaries name the key
 * @property {(message: Uint8Array, signature: Uint8Array) => boolean} verify
 */

const ED25519_TYPE = 0x01;
const ED25519_KEY_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;
// node:crypto takes a raw Ed25519 public key only inside DER SubjectPublicKeyInfo (RFC 8410 §4):
// SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING { key } }, of which this is everything but the key.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const KEY_ID_HEX = /^[0-9a-f]{8}$/;
const WHITE_SPACE = /\p{White_Space}/u;

/**
 * Whether `name` can name a key: non-empty UTF-8 text without white space or `+` (which separates a key text's parts).
 * @param {string} name
 * @returns {boolean}
 */
export function isKeyName(name) {
  return name !== '' && !name.includes('+') && !WHITE_SPACE.test(name) && isWellFormed(name);
}

/**
 * The key id C2SP signed-note gives `name` and its typed public key: the first 4 bytes, big-endian,
 * of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
 * @param {string} name
 * @param {Uint8Array} typedKey   the type byte, then the public key
 * @returns {number}
 */
export function keyIdOf(name, typedKey) {
  return createHash('sha256').update(name, 'utf8').update('\n').update(typedKey).digest().readUInt32BE(0);
}

/**
 * @param {number} keyId
 * @returns {string}
 */
export function keyIdHex(keyId) {
  return keyId.toString(16).padStart(8, '0');
}

/**
 * Parses an Ed25519 verifier key; throws a `Rejection` when it is not one or its key id is not its key's.
 * Example: `parseVerifierKey('yunghap.local/grants+1a2b3c4d+AQ…').label` → `yunghap.local/grants+1a2b3c4d`
 * @param {string} text
 * @returns {VerifierKey}
 */
export function parseVerifierKey(text) {
  // The base64 part may itself hold '+': only the first two split.
  const [name, idHex] = text.split('+', 2);
  const material = idHex === undefined ? undefined : decodeBase64Strict(text.slice(name.length + idHex.length + 2));
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  if (!isKeyName(name) || !KEY_ID_HEX.test(idHex ?? '') || material === undefined) {
    throw new Rejection(`검증 키 ${shown}의 형식이 <이름>+<키 ID>+<base64 키>가 아닙니다`, `the verifier key ${shown} is not <name>+<key id>+<base64 key>`);
  }
  if (material.length !== 1 + ED25519_KEY_BYTES || material[0] !== ED25519_TYPE) {
    throw new Rejection(`검증 키 ${shown}는 Ed25519 키가 아닙니다`, `the verifier key ${shown} is not an Ed25519 key`);
  }
  const keyId = Number.parseInt(idHex, 16);
  if (keyIdOf(name, material) !== keyId) {
    throw new Rejection(`검증 키 ${shown}의 키 ID가 그 공개 키의 ID와 다릅니다`, `the key id of the verifier key ${shown} is not its public key's`);
  }
  const publicKey = loadPublicKey(material.subarray(1), shown);
  return {
    text,
    name,
    keyId,
    label: `${name}+${idHex}`,
    verify: (message, signature) => signature.length === ED25519_SIGNATURE_BYTES && verifies(message, publicKey, signature),
  };
}

/**
 * @param {Uint8Array} rawKey
 * @param {string} shown
 * @returns {import('node:crypto').KeyObject}
 */
function loadPublicKey(rawKey, shown) {
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, rawKey]), format: 'der', type: 'spki' });
  } catch {
    throw new Rejection(`검증 키 ${shown}의 공개 키가 Ed25519 점이 아닙니다`, `the public key of the verifier key ${shown} is not an Ed25519 point`);
  }
}

// A hostile key or signature may make OpenSSL throw rather than answer: that is a signature that does not verify.
/**
 * @param {Uint8Array} message
 * @param {import('node:crypto').KeyObject} publicKey
 * @param {Uint8Array} signature
 * @returns {boolean}
 */
function verifies(message, publicKey, signature) {
  try {
    return verify(null, message, publicKey, signature);
  } catch {
    return false;
  }
}
