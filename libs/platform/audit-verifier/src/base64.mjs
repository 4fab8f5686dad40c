import { Buffer } from 'node:buffer';

/**
 * The bytes of `text` when it is canonical standard base64 (RFC 4648 §4: `+/` alphabet, padded,
 * unused bits zero), else undefined. Node's decoder skips unknown characters and takes the URL
 * alphabet and missing padding too; a text that decodes and encodes back to itself has none of those,
 * so every hash and signature in a packet has exactly one spelling.
 * Example: `decodeBase64Strict('AAE=')` → bytes 00 01; `decodeBase64Strict('AAF=')` → undefined
 * @param {string} text
 * @returns {Buffer | undefined}
 */
export function decodeBase64Strict(text) {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/**
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function encodeBase64(bytes) {
  return Buffer.from(bytes).toString('base64');
}
