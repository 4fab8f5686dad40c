import { parseVerifierKey } from './note-keys.mjs';
import { Rejection } from './rejection.mjs';

/**
 * The verifier keys of a trusted-keys file: one key per line; blank lines and lines starting with
 * `#` are skipped. Every key must parse, so that a mistyped key is told rather than silently never
 * matching. Throws an `Error` naming the line otherwise (a usage error, not a verdict on a packet).
 * Example: `parseTrustedKeys('# published 2026-12-01\nyunghap.local/grants+1a2b3c4d+AQ…\n')`
 * @param {string} text
 * @returns {Set<string>}  the keys' texts, compared exactly with a packet's
 */
export function parseTrustedKeys(text) {
  const keys = new Set();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      parseVerifierKey(line);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      throw new Error(`신뢰 키 파일 ${i + 1}번째 줄: ${error.korean} (trusted-keys file, line ${i + 1}: ${error.english})`, { cause: error });
    }
    keys.add(line);
  });
  return keys;
}
