import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

// RFC 6962 §2.1: leaves and interior nodes are hashed with different prefixes, so no leaf can pass for a node.
const LEAF_PREFIX = Uint8Array.of(0);
const NODE_PREFIX = Uint8Array.of(1);
/** Bytes of every hash of the tree (SHA-256). */
export const HASH_BYTES = 32;

/**
 * SHA-256(0x00 ‖ UTF-8 of `record`): the leaf hash of a record exactly as the packet gives it.
 * @param {string} record
 * @returns {Buffer}
 */
export function recordLeafHash(record) {
  return createHash('sha256').update(LEAF_PREFIX).update(record, 'utf8').digest();
}

/**
 * @param {Uint8Array} left
 * @param {Uint8Array} right
 * @returns {Buffer}
 */
function interiorHash(left, right) {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/**
 * Whether `proof` leads from the leaf hash at `index` to `root` in the tree of `size` leaves
 * (RFC 9162 §2.1.3.2). The audit path is read in two parts: the levels where the leaf's path and the
 * path to the tree's last leaf differ (`inner`), where the leaf's own bit says on which side each
 * sibling is, then the levels above, where every sibling is a complete subtree to the left (one per set
 * bit of `index` above `inner`). This gives the RFC's verdict for every input, and fixes the proof's
 * length in advance. Sizes up to 2^53 are exact: the bit work is done in BigInt.
 * Example: `verifyInclusion(recordLeafHash(record), 41, 120, proof, checkpoint.root)`
 * @param {Uint8Array} leafHash
 * @param {number} index
 * @param {number} size
 * @param {readonly Uint8Array[]} proof
 * @param {Uint8Array} root
 * @returns {boolean}
 */
export function verifyInclusion(leafHash, index, size, proof, root) {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (![leafHash, root, ...proof].every((hash) => hash.length === HASH_BYTES)) return false;
  const leaf = BigInt(index);
  const inner = bitLength(leaf ^ BigInt(size - 1));
  if (proof.length !== inner + onesIn(leaf >> BigInt(inner))) return false;
  let hash = leafHash;
  proof.forEach((sibling, level) => {
    const siblingOnLeft = level >= inner || ((leaf >> BigInt(level)) & 1n) === 1n;
    hash = siblingOnLeft ? interiorHash(sibling, hash) : interiorHash(hash, sibling);
  });
  return Buffer.compare(hash, root) === 0;
}

/**
 * @param {bigint} value
 * @returns {number}
 */
function bitLength(value) {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * @param {bigint} value
 * @returns {number}
 */
function onesIn(value) {
  return [...value.toString(2)].filter((digit) => digit === '1').length;
}
