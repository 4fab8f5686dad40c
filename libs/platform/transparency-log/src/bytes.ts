// Base64 as RFC 4648 §4 has it, decoded strictly: Node's own decoder skips characters it does not
// know and accepts missing padding, so two different texts would decode to the same bytes, and a
// signed text that parses must have exactly one spelling.

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The bytes `text` encodes, or undefined unless it is canonical standard base64 (padding included, unused bits zero). */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : undefined;
}

/** A hash given as base64 (in a proof, a witness file): its bytes, or none when the text is not canonical base64, which no check then accepts. */
export function hashFromBase64(text: string): Uint8Array {
  return fromBase64(text) ?? new Uint8Array(0);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
