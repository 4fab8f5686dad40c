import { Buffer } from 'node:buffer';
import { decodeBase64Strict } from './base64.mjs';
import { isKeyName, keyIdHex } from './note-keys.mjs';
import { Rejection } from './rejection.mjs';
import { forbiddenControlIn, isWellFormed } from './unicode-text.mjs';

/**
 * A note whose text may be trusted, and who else signed it.
 * @typedef {object} OpenedNote
 * @property {string} text                                   everything before the blank line, final newline included
 * @property {import('./note-keys.mjs').VerifierKey[]} signedBy  the given keys whose signatures verified, each once
 * @property {string[]} cosigners                            `<name>+<key id>` of the other keys that signed, each once, unchecked
 */

/**
 * How messages name a note: `{ korean: '체크포인트', english: 'the checkpoint' }`.
 * @typedef {object} NoteName
 * @property {string} korean
 * @property {string} english
 */

const SIGNATURE_PREFIX = '\u2014 ';
// golang.org/x/mod/sumdb/note refuses notes with more, so a packet it would refuse is refused here too.
const MAX_SIGNATURES = 100;

/**
 * Opens a C2SP signed note: the note must be well formed, every signature by one of `keys` must
 * verify, and at least one must be there. Signatures by other keys (a peer log's cosignature) are
 * listed, not checked: the packet does not say whose they are.
 * Example: `openNote(log.checkpoint, keys, { korean: '체크포인트', english: 'the checkpoint' }).text`
 * @param {string} note
 * @param {readonly import('./note-keys.mjs').VerifierKey[]} keys
 * @param {NoteName} noteName
 * @returns {OpenedNote}
 */
export function openNote(note, keys, noteName) {
  const malformed = (/** @type {string} */ korean, /** @type {string} */ english) =>
    new Rejection(`${noteName.korean} 서명 노트의 형식이 잘못되었습니다: ${korean}`, `${noteName.english} is not a well-formed signed note: ${english}`);
  if (!isWellFormed(note)) throw malformed('UTF-8로 나타낼 수 없는 문자가 있습니다', 'it is not valid UTF-8');
  const control = forbiddenControlIn(note);
  if (control !== undefined) throw malformed(`제어 문자 ${control}가 있습니다`, `it contains the control character ${control}`);
  // The text may have blank lines of its own: the signatures follow the last one.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw malformed('서명 앞에 빈 줄이 없습니다', 'there is no blank line before the signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw malformed('서명 줄이 줄바꿈으로 끝나지 않습니다', 'the signature lines do not end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`서명이 ${MAX_SIGNATURES}개를 넘습니다`, `it has more than ${MAX_SIGNATURES} signatures`);

  const message = Buffer.from(text, 'utf8');
  /** @type {Map<string, import('./note-keys.mjs').VerifierKey>} */
  const signedBy = new Map();
  const cosigners = new Set();
  for (const line of lines) {
    const signature = parseSignatureLine(line);
    if (signature === undefined)
      throw malformed('서명 줄이 "— <키 이름> <base64 서명>"이 아닙니다', 'a signature line is not "— <key name> <base64 signature>"');
    const label = `${signature.name}+${keyIdHex(signature.keyId)}`;
    const key = keys.find((candidate) => candidate.name === signature.name && candidate.keyId === signature.keyId);
    if (key === undefined) {
      cosigners.add(label);
      continue;
    }
    // A key of this note that signed wrongly condemns the note, even beside a good signature of its own.
    if (!key.verify(message, signature.bytes)) {
      throw new Rejection(`${noteName.korean}에 있는 ${label} 키의 서명이 맞지 않습니다`, `the signature of ${label} on ${noteName.english} does not verify`);
    }
    signedBy.set(label, key);
  }
  if (signedBy.size === 0) {
    const expected = keys.map((key) => key.label).join(', ') || '-';
    const found = [...cosigners].join(', ');
    throw new Rejection(
      `${noteName.korean}에 ${expected}의 유효한 서명이 없습니다 (서명한 키: ${found})`,
      `${noteName.english} carries no valid signature by ${expected} (signed by: ${found})`,
    );
  }
  return { text, signedBy: [...signedBy.values()], cosigners: [...cosigners] };
}

/**
 * `— <name> <base64(4-byte key id ‖ signature)>`, or undefined when the line is not one.
 * @param {string} line
 * @returns {{ name: string, keyId: number, bytes: Buffer } | undefined}
 */
function parseSignatureLine(line) {
  if (!line.startsWith(SIGNATURE_PREFIX)) return undefined;
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space < 0) return undefined;
  const name = rest.slice(0, space);
  const raw = decodeBase64Strict(rest.slice(space + 1));
  if (!isKeyName(name) || raw === undefined || raw.length < 5) return undefined;
  return { name, keyId: raw.readUInt32BE(0), bytes: raw.subarray(4) };
}
