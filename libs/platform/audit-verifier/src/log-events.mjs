import { decodeBase64Strict } from './base64.mjs';
import { HASH_BYTES, recordLeafHash, verifyInclusion } from './merkle.mjs';
import { Rejection } from './rejection.mjs';

/**
 * An event whose record is in the checkpoint's tree.
 * @typedef {object} ProvedEvent
 * @property {number} index
 * @property {Record<string, unknown>} record   the record, parsed
 * @property {Buffer} leafHash
 */

/**
 * Check 3: each event names a leaf of the checkpoint's tree, holds the record stored at that
 * position, and proves that record included under the checkpoint's root.
 * @param {readonly import('./packet-shape.mjs').PacketEvent[]} events
 * @param {import('./checkpoint.mjs').Checkpoint} checkpoint
 * @returns {ProvedEvent[]}
 */
export function proveEvents(events, checkpoint) {
  return events.map((event, n) => {
    const { index } = event;
    if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
      throw new Rejection(`events[${n}]의 색인이 0 이상의 정수가 아닙니다`, `the index of events[${n}] is not a non-negative integer`);
    }
    if (index >= checkpoint.size) {
      throw new Rejection(
        `사건 ${index}의 색인이 체크포인트의 트리 크기 ${checkpoint.size}보다 작지 않습니다`,
        `the index of event ${index} is not below the checkpoint's tree size ${checkpoint.size}`,
      );
    }
    const record = parseRecord(event.record, index);
    if (record.position !== index + 1) {
      throw new Rejection(
        `사건 ${index}의 기록 위치(position)는 ${index + 1}이어야 하는데 ${JSON.stringify(record.position)}입니다`,
        `the record of event ${index} has position ${JSON.stringify(record.position)}, not ${index + 1}`,
      );
    }
    const proof = event.inclusionProof.map(decodeBase64Strict);
    if (!proof.every((hash) => hash?.length === HASH_BYTES)) {
      throw new Rejection(
        `사건 ${index}의 포함 증명에 32바이트 해시의 base64가 아닌 값이 있습니다`,
        `the inclusion proof of event ${index} holds something that is not base64 of a 32-byte hash`,
      );
    }
    const leafHash = recordLeafHash(event.record);
    if (!verifyInclusion(leafHash, index, checkpoint.size, /** @type {Buffer[]} */ (proof), checkpoint.root)) {
      throw new Rejection(
        `사건 ${index}의 포함 증명이 체크포인트 루트와 맞지 않습니다`,
        `the inclusion proof of event ${index} does not lead to the checkpoint's root`,
      );
    }
    return { index, record, leafHash };
  });
}

/**
 * @param {string} text
 * @param {number} index
 * @returns {Record<string, unknown>}
 */
function parseRecord(text, index) {
  /** @type {unknown} */
  let record;
  try {
    record = JSON.parse(text);
  } catch {
    record = undefined;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new Rejection(`사건 ${index}의 기록이 JSON 객체가 아닙니다`, `the record of event ${index} is not a JSON object`);
  }
  return /** @type {Record<string, unknown>} */ (record);
}
