import { Rejection } from './rejection.mjs';

/**
 * The hash-chain fields of a record.
 * @typedef {object} ChainLink
 * @property {number} index
 * @property {string} streamId
 * @property {number} version
 * @property {string} hash
 * @property {string | null} previousHash
 */

/**
 * Check 4: within one log, the events of a stream link up where the packet holds neighbouring
 * versions (v + 1 names v's hash as its previousHash), a stream's first event links to nothing, and
 * no version appears twice. Versions the packet skips are not checked: the packet need not hold a
 * whole stream, and each event is already proved in the log on its own.
 * @param {readonly import('./log-events.mjs').ProvedEvent[]} events
 */
export function checkStreamChains(events) {
  const links = events.map(({ index, record }) => chainLinkOf(index, record));
  /** @type {Map<string, ChainLink>} */
  const byVersion = new Map();
  for (const link of links) {
    const key = JSON.stringify([link.streamId, link.version]);
    if (byVersion.has(key)) {
      throw new Rejection(`스트림 ${link.streamId}의 버전 ${link.version}이 두 번 있습니다`, `stream ${link.streamId} holds version ${link.version} twice`);
    }
    byVersion.set(key, link);
  }
  for (const link of links) {
    if (link.version === 1 && link.previousHash !== null) {
      throw new Rejection(
        `스트림 ${link.streamId} 버전 1의 previousHash가 null이 아닙니다 (사건 ${link.index})`,
        `version 1 of stream ${link.streamId} has a previousHash, which must be null (event ${link.index})`,
      );
    }
    const previous = byVersion.get(JSON.stringify([link.streamId, link.version - 1]));
    if (previous !== undefined && link.previousHash !== previous.hash) {
      throw new Rejection(
        `스트림 ${link.streamId} 버전 ${link.version}의 previousHash가 버전 ${previous.version}의 hash와 다릅니다 (사건 ${link.index})`,
        `the previousHash of version ${link.version} of stream ${link.streamId} is not the hash of version ${previous.version} (event ${link.index})`,
      );
    }
  }
}

/**
 * @param {number} index
 * @param {Record<string, unknown>} record
 * @returns {ChainLink}
 */
function chainLinkOf(index, record) {
  const { streamId, version, hash, previousHash } = record;
  if (
    typeof streamId !== 'string' ||
    typeof version !== 'number' ||
    !Number.isSafeInteger(version) ||
    version < 1 ||
    typeof hash !== 'string' ||
    (typeof previousHash !== 'string' && previousHash !== null)
  ) {
    throw new Rejection(
      `사건 ${index}의 기록에 문자열 streamId, 1 이상의 정수 version, 문자열 hash, 문자열이나 null인 previousHash가 모두 있지는 않습니다`,
      `the record of event ${index} lacks a string streamId, a positive integer version, a string hash or a previousHash that is a string or null`,
    );
  }
  return { index, streamId, version, hash, previousHash };
}
