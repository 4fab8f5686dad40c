import { emptyRoot } from './merkle-hashing';
import { foldSubtrees, SubtreeHashReader, SubtreeId, subtreesOf } from './subtree';
import { isTreeSize, splitPoint } from './tree-math';

/** Leaves [lo, hi) of the log, whose MTH is one element of a proof. */
interface LeafRange {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Roots and proofs of the log at any size it has reached, as RFC 6962 §2.1.1–2.1.2 (RFC 9162 §2.1.3.1,
 * §2.1.4.1) define them and golang.org/x/mod/sumdb/tlog computes them: proofs list hashes from the leaf
 * (or the old tree) upwards. Each call reads its O(log n) subtree hashes in one `readSubtreeHashes`.
 * Example: `const proof = await new MerkleProver(hashes).inclusionProof(41, checkpoint.size)`
 */
export class MerkleProver {
  constructor(private readonly hashes: SubtreeHashReader) {}

  /** MTH of the first `size` leaves. */
  async rootAt(size: number): Promise<Uint8Array> {
    if (!isTreeSize(size)) throw new RangeError(`${size} is not a tree size`);
    if (size === 0) return emptyRoot();
    const [root] = await this.resolve([{ lo: 0, hi: size }]);
    return root;
  }

  /** PATH(index, D[size]): the audit path of leaf `index` (0-based) in the tree of `size` leaves. */
  async inclusionProof(index: number, size: number): Promise<Uint8Array[]> {
    if (!isTreeSize(index) || !isTreeSize(size) || index >= size) throw new RangeError(`No leaf ${index} in a tree of ${size} leaves`);
    return this.resolve(auditPath(index, 0, size));
  }

  /**
   * PROOF(oldSize, D[newSize]): that the tree of `oldSize` leaves is a prefix of the tree of `newSize`.
   * Empty when the sizes are equal; from the empty tree there is nothing to prove (and tlog refuses it).
   */
  async consistencyProof(oldSize: number, newSize: number): Promise<Uint8Array[]> {
    if (!isTreeSize(oldSize) || !isTreeSize(newSize) || oldSize < 1 || oldSize > newSize) {
      throw new RangeError(`No consistency proof from size ${oldSize} to size ${newSize}`);
    }
    return this.resolve(subproof(oldSize, 0, newSize, true));
  }

  private async resolve(ranges: readonly LeafRange[]): Promise<Uint8Array[]> {
    const parts = ranges.map(({ lo, hi }) => subtreesOf(lo, hi));
    const ids: SubtreeId[] = parts.flat();
    const hashes = await this.hashes.readSubtreeHashes(ids);
    if (hashes.length !== ids.length) throw new Error(`Asked for ${ids.length} subtree hashes, got ${hashes.length}`);
    let next = 0;
    return parts.map((part) => {
      const slice = hashes.slice(next, next + part.length);
      next += part.length;
      return foldSubtrees(slice);
    });
  }
}

// RFC 6962 §2.1.1: PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) when m < k, else PATH(m − k, D[k:n]) : MTH(D[0:k]).
function auditPath(index: number, lo: number, hi: number): LeafRange[] {
  if (hi - lo === 1) return [];
  const mid = lo + splitPoint(hi - lo);
  return index < mid ? [...auditPath(index, lo, mid), { lo: mid, hi }] : [...auditPath(index, mid, hi), { lo, hi: mid }];
}

// RFC 6962 §2.1.2: SUBPROOF(m, D[m], true) = {}, SUBPROOF(m, D[m], false) = {MTH(D[m])}; otherwise
// split at k and recurse into the side where the old tree ends, adding the other side's MTH.
function subproof(oldSize: number, lo: number, hi: number, startsOldTree: boolean): LeafRange[] {
  if (oldSize === hi) return startsOldTree ? [] : [{ lo, hi }];
  const mid = lo + splitPoint(hi - lo);
  return oldSize <= mid ? [...subproof(oldSize, lo, mid, startsOldTree), { lo: mid, hi }] : [...subproof(oldSize, mid, hi, false), { lo, hi: mid }];
}
