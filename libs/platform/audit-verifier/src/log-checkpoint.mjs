import { parseCheckpoint } from './checkpoint.mjs';
import { parseVerifierKey } from './note-keys.mjs';
import { Rejection } from './rejection.mjs';
import { openNote } from './signed-note.mjs';

/**
 * A log whose checkpoint opened with its own keys.
 * @typedef {object} OpenedLog
 * @property {string} origin
 * @property {import('./note-keys.mjs').VerifierKey[]} keys
 * @property {import('./checkpoint.mjs').Checkpoint} checkpoint
 * @property {import('./note-keys.mjs').VerifierKey[]} signedBy
 * @property {string[]} cosigners
 */

const CHECKPOINT = { korean: '체크포인트', english: 'the checkpoint' };

/**
 * Check 2: the log's keys parse (and are trusted, when the user named trusted keys), its checkpoint
 * is signed by one of them and is a checkpoint of this log, not another's.
 * @param {import('./packet-shape.mjs').PacketLog} log
 * @param {ReadonlySet<string> | undefined} trustedKeys
 * @returns {OpenedLog}
 */
export function openLogCheckpoint(log, trustedKeys) {
  const keys = log.verifierKeys.map(parseVerifierKey);
  const untrusted = trustedKeys === undefined ? undefined : keys.find((key) => !trustedKeys.has(key.text));
  if (untrusted !== undefined) {
    throw new Rejection(`검증 키 ${untrusted.label}가 신뢰 키 목록에 없습니다`, `the verifier key ${untrusted.label} is not among the trusted keys`);
  }
  const note = openNote(log.checkpoint, keys, CHECKPOINT);
  const checkpoint = parseCheckpoint(note.text);
  // A checkpoint signed by another log (with that log's keys put in the packet) proves nothing about this one.
  if (checkpoint.origin !== log.origin) {
    throw new Rejection(`다른 로그(${checkpoint.origin})의 체크포인트입니다`, `the checkpoint is another log's (${checkpoint.origin}): a foreign checkpoint`);
  }
  return { origin: log.origin, keys, checkpoint, signedBy: note.signedBy, cosigners: note.cosigners };
}
