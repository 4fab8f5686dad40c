// Packets built here with node:crypto alone, their trees level by level: a derivation other than the
// verifier's (which reads a proof's length and sides off the index and size), so one checks the other.
import { Buffer } from 'node:buffer';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';

/**
 * @typedef {object} TestKey
 * @property {string} name
 * @property {string} verifierKey
 * @property {string} label
 * @property {(text: string) => string} signatureLine
 */

/** @param {Uint8Array} bytes */
export const base64 = (bytes) => Buffer.from(bytes).toString('base64');
/** @param {...(Uint8Array | string)} parts */
const sha256 = (...parts) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();

/**
 * A fresh Ed25519 note key named `name`.
 * @param {string} name
 * @returns {TestKey}
 */
export function newKey(name) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const typed = Buffer.concat([Buffer.of(1), Buffer.from(/** @type {string} */ (jwk.x), 'base64url')]);
  const keyId = sha256(name, '\n', typed).subarray(0, 4);
  const label = `${name}+${keyId.toString('hex')}`;
  return {
    name,
    label,
    verifierKey: `${label}+${base64(typed)}`,
    signatureLine: (text) => `\u2014 ${name} ${base64(Buffer.concat([keyId, sign(null, Buffer.from(text, 'utf8'), privateKey)]))}\n`,
  };
}

/**
 * @param {string} text
 * @param {readonly TestKey[]} keys
 */
export const signedNote = (text, keys) => `${text}\n${keys.map((key) => key.signatureLine(text)).join('')}`;

/** @param {string} record */
export const leafHashOf = (record) => sha256(Buffer.of(0), Buffer.from(record, 'utf8'));
/**
 * The tree's levels, leaves first: each level pairs the one below, and an unpaired last node is carried
 * up as it is, which gives the tree of RFC 6962 §2.1 (split at the largest power of two below n).
 * @param {readonly Buffer[]} leaves
 * @returns {Buffer[][]}
 */
function levelsOf(leaves) {
  const levels = [[...leaves]];
  for (let level = levels[0]; level.length > 1; levels.push(level)) {
    level = Array.from({ length: Math.ceil(level.length / 2) }, (_, i) =>
      2 * i + 1 < level.length ? sha256(Buffer.of(1), level[2 * i], level[2 * i + 1]) : level[2 * i],
    );
  }
  return levels;
}

/**
 * MTH(D[n]) of RFC 6962 §2.1.
 * @param {readonly Buffer[]} leaves
 * @returns {Buffer}
 */
export const treeHash = (leaves) => levelsOf(leaves).reverse()[0][0];

/**
 * The audit path of leaf `m`: its sibling at each level where it has one, from the leaf up.
 * @param {number} m
 * @param {readonly Buffer[]} leaves
 * @returns {Buffer[]}
 */
export function auditPath(m, leaves) {
  return levelsOf(leaves).flatMap((level, height) => {
    const sibling = level[(m >> height) ^ 1];
    return sibling === undefined ? [] : [sibling];
  });
}

/**
 * Keys sorted as the audit log writes records (canonical JSON, keys in code-unit order).
 * @param {Record<string, unknown>} record
 */
export const recordText = (record) => JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * `count` stored events over `streams` streams, each stream hash-chained from version 1.
 * @param {number} count
 * @param {number} [streams]
 * @returns {Record<string, unknown>[]}
 */
export function makeRecords(count, streams = 3) {
  /** @type {Map<string, { version: number, hash: string }>} */
  const heads = new Map();
  return Array.from({ length: count }, (_, i) => {
    const streamId = `grant-g${i % streams}`;
    const head = heads.get(streamId);
    const version = (head?.version ?? 0) + 1;
    const hash = sha256(`${streamId}/${version}`).toString('hex');
    heads.set(streamId, { version, hash });
    return {
      data: { grantId: `g${i % streams}`, amount: 1_000_000 * (i + 1) },
      eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      hash,
      metadata: { actor: { role: 'finance', userId: 'u-1' } },
      position: i + 1,
      previousHash: head?.hash ?? null,
      recordedAt: new Date(Date.UTC(2026, 11, 1, 9, i)).toISOString(),
      streamId,
      type: version === 1 ? 'AwardApproved' : 'DisbursementApproved',
      version,
    };
  });
}

/**
 * A log's part of a packet: its checkpoint over all `records`, signed by `key` then `cosigners`, and
 * the events at `indexes` with their proofs.
 * @param {{ origin: string, records: readonly Record<string, unknown>[], key: TestKey, cosigners?: readonly TestKey[], indexes: readonly number[] }} log
 */
export function logOf({ origin, records, key, cosigners = [], indexes }) {
  const texts = records.map(recordText);
  const leaves = texts.map(leafHashOf);
  return {
    origin,
    verifierKeys: [key.verifierKey],
    checkpoint: signedNote(`${origin}\n${leaves.length}\n${base64(treeHash(leaves))}\n`, [key, ...cosigners]),
    events: indexes.map((index) => ({ index, record: texts[index], inclusionProof: auditPath(index, leaves).map(base64) })),
  };
}

/**
 * `packet` with a seal by `key` over what it holds now.
 * @template {{ subject: string, logs: readonly { checkpoint: string, events: readonly { index: unknown, record: string }[] }[] }} P
 * @param {P} packet
 * @param {TestKey} key
 * @returns {P & { seal: string }}
 */
export function sealed(packet, key) {
  const lines = ['yunghap-evidence/1', packet.subject];
  for (const log of packet.logs) {
    const [origin, size, root] = log.checkpoint.split('\n');
    lines.push(`log ${origin} ${size} ${root}`, ...log.events.map((event) => `leaf ${event.index} ${base64(leafHashOf(event.record))}`));
  }
  return { ...packet, seal: signedNote(lines.map((line) => `${line}\n`).join(''), [key]) };
}

/**
 * A valid packet of two logs, the grants log's checkpoint cosigned by a witness, and its keys.
 */
export function validPacket() {
  const keys = { grants: newKey('test.local/grants'), applications: newKey('test.local/applications'), witness: newKey('witness.example') };
  const grants = logOf({ origin: 'test.local/grants', records: makeRecords(13), key: keys.grants, cosigners: [keys.witness], indexes: [0, 3, 6, 9, 12] });
  const applications = logOf({ origin: 'test.local/applications', records: makeRecords(6, 1), key: keys.applications, indexes: [1, 2] });
  const packet = sealed(
    { format: 'yunghap-evidence/1', subject: 'grant g0', generatedAt: '2026-12-04T10:00:00.000Z', logs: [grants, applications] },
    keys.grants,
  );
  return { packet, keys };
}

/** @param {unknown} packet */
export const fileOf = (packet) => Buffer.from(JSON.stringify(packet), 'utf8');
