import { decodeBase64Strict } from './base64.mjs';
import { HASH_BYTES } from './merkle.mjs';
import { Rejection } from './rejection.mjs';

/**
 * A tree head, as C2SP tlog-checkpoint writes it in a note's text.
 * @typedef {object} Checkpoint
 * @property {string} origin
 * @property {number} size
 * @property {Buffer} root
 * @property {string} rootBase64   the root line as written (strict base64, so the one spelling of `root`)
 */

const DECIMAL = /^(0|[1-9][0-9]*)$/;

/**
 * Parses a checkpoint note text: `<origin>\n<size>\n<base64 root>\n`, then optional non-empty
 * extension lines, each ending in a newline. Throws a `Rejection` for any other text.
 * Example: `parseCheckpoint('yunghap.local/grants\n40\nq1w2…=\n').size` → 40
 * @param {string} text
 * @returns {Checkpoint}
 */
export function parseCheckpoint(text) {
  const malformed = (/** @type {string} */ korean, /** @type {string} */ english) =>
    new Rejection(`체크포인트의 형식이 잘못되었습니다: ${korean}`, `the checkpoint is malformed: ${english}`);
  if (!text.endsWith('\n')) throw malformed('마지막 줄이 줄바꿈으로 끝나지 않습니다', 'its last line does not end with a newline');
  const [origin, sizeLine, rootLine, ...extensions] = text.slice(0, -1).split('\n');
  if (rootLine === undefined) throw malformed('출처, 트리 크기, 루트 해시의 세 줄이 필요합니다', 'it needs an origin, a tree size and a root hash line');
  if (origin === '') throw malformed('출처가 비어 있습니다', 'the origin is empty');
  const size = Number(sizeLine);
  if (!DECIMAL.test(sizeLine) || !Number.isSafeInteger(size)) {
    throw malformed(
      `트리 크기 ${JSON.stringify(sizeLine)}가 앞자리 0 없는 십진수가 아닙니다`,
      `the tree size ${JSON.stringify(sizeLine)} is not a decimal without leading zeros`,
    );
  }
  const root = decodeBase64Strict(rootLine);
  if (root?.length !== HASH_BYTES) throw malformed('루트 해시가 32바이트의 base64가 아닙니다', 'the root hash is not base64 of 32 bytes');
  if (extensions.includes('')) throw malformed('빈 확장 줄이 있습니다', 'an extension line is empty');
  return { origin, size, root, rootBase64: rootLine };
}
