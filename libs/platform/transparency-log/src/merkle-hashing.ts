import { createHash } from 'node:crypto';
import { splitPoint } from './tree-math';

/** Bytes in every hash of the tree (SHA-256). */
export const HASH_SIZE = 32;

// RFC 6962 §2.1 / RFC 9162 §2.1.1 prefix leaves and interior nodes differently, so that no leaf can
// be passed off as a node (second-preimage attacks on the tree).
const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** The hash of a leaf: SHA-256(0x00 ‖ data). */
export function leafHash(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(LEAF_PREFIX).update(data).digest());
}

/** The hash of an interior node: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest());
}

/** The root of the empty tree: SHA-256 of nothing (e3b0c442…). */
export function emptyRoot(): Uint8Array {
  return new Uint8Array(createHash('sha256').digest());
}

/**
 * MTH(D[n]) of RFC 6962 §2.1 over leaf hashes already computed. Reads every leaf: for a log that
 * grows, keep a `MerkleFrontier`; for proofs, a `MerkleProver`.
 * Example: `rootOf(events.map((e) => leafHash(encode(e))))`
 */
export function rootOf(leafHashes: readonly Uint8Array[]): Uint8Array {
  return leafHashes.length === 0 ? emptyRoot() : rangeRoot(leafHashes, 0, leafHashes.length);
}

function rangeRoot(leaves: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi - lo === 1) return leaves[lo];
  const k = splitPoint(hi - lo);
  return nodeHash(rangeRoot(leaves, lo, lo + k), rangeRoot(leaves, lo + k, hi));
}
