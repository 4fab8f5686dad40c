import { encodeBase64 } from './base64.mjs';
import { EVIDENCE_FORMAT } from './packet-shape.mjs';
import { Rejection } from './rejection.mjs';
import { openNote } from './signed-note.mjs';

const SEAL = { korean: '봉인', english: 'the seal' };

/**
 * The seal's note text as the packet implies it: the format, the subject, then per log
 * `log <origin> <size> <root>` and per event `leaf <index> <leaf hash>`, each line ending in a newline.
 * @param {string} subject
 * @param {readonly { opened: import('./log-checkpoint.mjs').OpenedLog, events: readonly import('./log-events.mjs').ProvedEvent[] }[]} logs
 * @returns {string}
 */
export function sealTextOf(subject, logs) {
  const lines = [EVIDENCE_FORMAT, subject];
  for (const { opened, events } of logs) {
    lines.push(`log ${opened.origin} ${opened.checkpoint.size} ${opened.checkpoint.rootBase64}`);
    for (const event of events) lines.push(`leaf ${event.index} ${encodeBase64(event.leafHash)}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * Check 5: the seal is signed by a key of the first log (the issuing service's) and says, byte for
 * byte, what the packet holds; so an event taken out, even the last, or a log swapped, is seen.
 * Returns the keys that signed the seal.
 * @param {string} seal
 * @param {readonly import('./note-keys.mjs').VerifierKey[]} keys   the first log's keys
 * @param {string} expectedText
 * @returns {import('./note-keys.mjs').VerifierKey[]}
 */
export function checkSeal(seal, keys, expectedText) {
  const { text, signedBy } = openNote(seal, keys, SEAL);
  if (text !== expectedText) {
    // Both texts end in a newline: the lines are what comes before each.
    const sealed = text.split('\n').slice(0, -1);
    const implied = expectedText.split('\n').slice(0, -1);
    const line = sealed.findIndex((sealedLine, i) => sealedLine !== implied[i]);
    const at = line < 0 ? sealed.length : line;
    const shown = (/** @type {string | undefined} */ value) => (value === undefined ? '-' : JSON.stringify(value));
    throw new Rejection(
      `봉인이 꾸러미와 맞지 않습니다: 봉인의 ${at + 1}번째 줄은 ${shown(sealed[at])}인데 꾸러미로는 ${shown(implied[at])}입니다`,
      `the seal does not match the packet: line ${at + 1} of the seal is ${shown(sealed[at])}, the packet gives ${shown(implied[at])}`,
    );
  }
  return signedBy;
}
