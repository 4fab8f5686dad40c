import { TextDecoder } from 'node:util';
import { Rejection } from './rejection.mjs';

/**
 * @typedef {object} PacketEvent
 * @property {unknown} index            checked as a leaf index with the event (check 3)
 * @property {string} record
 * @property {string[]} inclusionProof
 *
 * @typedef {object} PacketLog
 * @property {string} origin
 * @property {string[]} verifierKeys
 * @property {string} checkpoint
 * @property {PacketEvent[]} events
 *
 * @typedef {object} Packet
 * @property {string} format
 * @property {string} subject
 * @property {string} generatedAt
 * @property {PacketLog[]} logs
 * @property {string} seal
 */

export const EVIDENCE_FORMAT = 'yunghap-evidence/1';

/**
 * Check 1: the file is UTF-8 JSON of the packet's shape, with strings and arrays where the format
 * has them. Fields the format does not name are left alone. Throws a `Rejection` naming the first
 * field that is wrong, by its path (`logs[0].events[3].record`).
 * @param {Uint8Array} file
 * @returns {Packet}
 */
export function readPacket(file) {
  /** @type {unknown} */
  let packet;
  try {
    // Fatal: a byte that is not UTF-8 would otherwise become U+FFFD, and records be hashed as they were not written.
    packet = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file));
  } catch {
    throw new Rejection('파일이 UTF-8 JSON이 아닙니다', 'the file is not UTF-8 JSON');
  }
  const root = objectAt(packet, 'packet');
  if (root.format !== EVIDENCE_FORMAT) {
    throw new Rejection(`형식(format)이 ${EVIDENCE_FORMAT}가 아닙니다`, `the format is not ${EVIDENCE_FORMAT}`);
  }
  stringAt(root.subject, 'subject');
  stringAt(root.generatedAt, 'generatedAt');
  stringAt(root.seal, 'seal');
  const logs = arrayAt(root.logs, 'logs');
  if (logs.length === 0) throw new Rejection('로그(logs)가 하나도 없습니다', 'the packet has no logs');
  logs.forEach((value, i) => {
    const log = objectAt(value, `logs[${i}]`);
    stringAt(log.origin, `logs[${i}].origin`);
    stringAt(log.checkpoint, `logs[${i}].checkpoint`);
    arrayAt(log.verifierKeys, `logs[${i}].verifierKeys`).forEach((key, k) => stringAt(key, `logs[${i}].verifierKeys[${k}]`));
    arrayAt(log.events, `logs[${i}].events`).forEach((item, e) => {
      const event = objectAt(item, `logs[${i}].events[${e}]`);
      stringAt(event.record, `logs[${i}].events[${e}].record`);
      arrayAt(event.inclusionProof, `logs[${i}].events[${e}].inclusionProof`).forEach((hash, h) =>
        stringAt(hash, `logs[${i}].events[${e}].inclusionProof[${h}]`),
      );
    });
  });
  return /** @type {Packet} */ (root);
}

/**
 * @param {unknown} value
 * @param {string} path
 * @returns {Record<string, unknown>}
 */
function objectAt(value, path) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Rejection(`${path}가 JSON 객체가 아닙니다`, `${path} is not a JSON object`);
  }
  return /** @type {Record<string, unknown>} */ (value);
}

/**
 * @param {unknown} value
 * @param {string} path
 * @returns {unknown[]}
 */
function arrayAt(value, path) {
  if (!Array.isArray(value)) throw new Rejection(`${path}가 배열이 아닙니다`, `${path} is not an array`);
  return value;
}

/**
 * @param {unknown} value
 * @param {string} path
 */
function stringAt(value, path) {
  if (typeof value !== 'string') throw new Rejection(`${path}가 문자열이 아닙니다`, `${path} is not a string`);
}
