import { Buffer } from 'node:buffer';

/**
 * Whether `text` has a UTF-8 encoding: a JSON string may hold a lone surrogate (`"\ud800"`), which
 * Node would sign or hash as U+FFFD, so the bytes checked would not be the text shown.
 * @param {string} text
 * @returns {boolean}
 */
export function isWellFormed(text) {
  return Buffer.from(text, 'utf8').toString('utf8') === text;
}

/**
 * The first ASCII control character of `text` other than newline, which C2SP signed-note forbids, or undefined.
 * @param {string} text
 * @returns {string | undefined}
 */
export function forbiddenControlIn(text) {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
