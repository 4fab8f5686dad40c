// What C2SP signed-note asks of every character of a note, and of key names.

// A lone surrogate has no UTF-8 encoding: Node would sign U+FFFD in its place, and the text a
// verifier sees would not be the text that was signed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WHITE_SPACE = /\p{White_Space}/u;

/** Why `text` cannot be part of a note (not UTF-8, or an ASCII control character other than newline), or undefined. */
export function noteTextProblem(text: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return 'it is not valid UTF-8';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a) return `it contains the control character U+${code.toString(16).padStart(4, '0')}`;
  }
  return undefined;
}

/**
 * Whether `name` may name a key: non-empty, with neither Unicode white space (the property Go's
 * unicode.IsSpace tests) nor '+', which separates the parts of a key text.
 */
export function isValidKeyName(name: string): boolean {
  return name !== '' && !name.includes('+') && !WHITE_SPACE.test(name) && noteTextProblem(name) === undefined;
}

/** `bytes` as text, or undefined unless they are valid UTF-8 (a byte-order mark is kept, not dropped). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
