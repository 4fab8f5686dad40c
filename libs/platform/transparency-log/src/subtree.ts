import { nodeHash } from './merkle-hashing';
import { leavesAt } from './tree-math';

/**
 * A complete subtree: the 2^level leaves from leaf index · 2^level (level 0 is a leaf). Once the log
 * has that many leaves its hash never changes, so it can be stored or cached for good; every root
 * and proof of this library is built from such hashes only.
 */
export interface SubtreeId {
  readonly level: number;
  readonly index: number;
}

export interface SubtreeHash extends SubtreeId {
  readonly hash: Uint8Array;
}

/**
 * Where proofs get their hashes: a table of the hashes `MerkleFrontier.append` reported, or a
 * `SubtreeHasher` over the leaves. One call per proof, so a store answers with one query.
 * Example: `{ readSubtreeHashes: (ids) => db.select(ids.map(({ level, index }) => [level, index])) }`
 */
export interface SubtreeHashReader {
  /** The hashes of `ids`, in the same order; throws for a subtree the log does not have (yet). */
  readSubtreeHashes(ids: readonly SubtreeId[]): Promise<readonly Uint8Array[]>;
}

/**
 * The complete subtrees that leaves [lo, hi) are made of, largest first. Every range an RFC 6962 tree
 * or proof names starts at a multiple of a power of two at least its length, and then these are its
 * binary digits.
 */
export function subtreesOf(lo: number, hi: number): SubtreeId[] {
  const ids: SubtreeId[] = [];
  let level = 0;
  while (leavesAt(level + 1) <= hi - lo) level += 1;
  for (let start = lo; start < hi; level -= 1) {
    const width = leavesAt(level);
    if (start + width > hi) continue;
    if (start % width !== 0) throw new RangeError(`Leaves [${lo}, ${hi}) do not form a range of the tree`);
    ids.push({ level, index: start / width });
    start += width;
  }
  return ids;
}

/** MTH of a range from the hashes of its complete subtrees, largest first (the right edge folds in first). */
export function foldSubtrees(hashes: readonly Uint8Array[]): Uint8Array {
  let root = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i -= 1) root = nodeHash(hashes[i], root);
  return root;
}
