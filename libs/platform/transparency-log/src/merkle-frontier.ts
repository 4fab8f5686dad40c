import { fromBase64, toBase64 } from './bytes';
import { emptyRoot, HASH_SIZE, nodeHash } from './merkle-hashing';
import { SubtreeHash, foldSubtrees } from './subtree';
import { bitCount, half, isOdd, isTreeSize } from './tree-math';

/**
 * A frontier as stored beside a checkpoint: the tree size and the base64 hashes of its complete
 * subtrees, largest (leftmost) first, one per set bit of the size.
 * Example: `{ size: 3, hashes: ['+fUD…=', 'bjQL…='] }`
 */
export interface FrontierState {
  readonly size: number;
  readonly hashes: readonly string[];
}

/**
 * The right edge of a growing tree (a "compact range" over [0, size)): O(log n) hashes, enough to
 * add the next leaf and to give the root. A subscriber following the log in global order feeds it
 * each leaf hash once and never reads the log again; persist `toState()` with the position it
 * reflects and resume from there.
 * Example: `const f = MerkleFrontier.empty(); f.append(leafHash(bytes)); f.root();`
 */
export class MerkleFrontier {
  private constructor(
    private treeSize: number,
    // Largest first: the leftmost complete subtree is the oldest and the last to change.
    private readonly subtrees: Uint8Array[],
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** Resumes from `toState()`; throws when the state cannot be a frontier (wrong count or size of hashes). */
  static fromState(state: FrontierState): MerkleFrontier {
    if (!isTreeSize(state.size)) throw new RangeError(`Frontier state: size ${state.size} is not a tree size`);
    const expected = bitCount(state.size);
    if (state.hashes.length !== expected) throw new RangeError(`Frontier state: size ${state.size} needs ${expected} hashes, not ${state.hashes.length}`);
    const subtrees = state.hashes.map((text, i) => {
      const hash = fromBase64(text);
      if (hash?.length !== HASH_SIZE) throw new RangeError(`Frontier state: hash ${i} is not a base64 SHA-256 hash`);
      return hash;
    });
    return new MerkleFrontier(state.size, subtrees);
  }

  /** How many leaves have been appended. */
  get size(): number {
    return this.treeSize;
  }

  /**
   * Adds the next leaf. Returns the complete subtrees this append finished, the leaf first, then
   * each merge up to the largest: what a hash table for `SubtreeHashReader` stores.
   */
  append(leafHash: Uint8Array): SubtreeHash[] {
    if (leafHash.length !== HASH_SIZE) throw new RangeError(`A leaf hash has ${HASH_SIZE} bytes, not ${leafHash.length}`);
    if (this.treeSize >= Number.MAX_SAFE_INTEGER) throw new RangeError('The tree is as large as a safe integer can count');
    let hash: Uint8Array = Uint8Array.from(leafHash);
    let level = 0;
    let index = this.treeSize;
    const finished: SubtreeHash[] = [{ level, index, hash }];
    // Each trailing one bit of the old size is a complete subtree of the same size as the one just
    // finished, directly to its left: they merge, like a carry in binary addition.
    for (let n = this.treeSize; isOdd(n); n = half(n)) {
      hash = nodeHash(this.subtrees.pop() as Uint8Array, hash);
      level += 1;
      index = half(index);
      finished.push({ level, index, hash });
    }
    this.subtrees.push(hash);
    this.treeSize += 1;
    return finished;
  }

  /** MTH of the leaves appended so far. */
  root(): Uint8Array {
    return this.subtrees.length === 0 ? emptyRoot() : foldSubtrees(this.subtrees);
  }

  /** An independent frontier at the same size: appends to it leave this one as it is. */
  copy(): MerkleFrontier {
    return new MerkleFrontier(this.treeSize, [...this.subtrees]);
  }

  toState(): FrontierState {
    return { size: this.treeSize, hashes: this.subtrees.map(toBase64) };
  }
}
