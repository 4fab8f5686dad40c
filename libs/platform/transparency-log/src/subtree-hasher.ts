import { nodeHash } from './merkle-hashing';
import { MerkleFrontier } from './merkle-frontier';
import { SubtreeHashReader, SubtreeId } from './subtree';
import { leavesAt } from './tree-math';

/**
 * The log's leaf hashes in global order, read a range at a time.
 * Example: `{ readLeafHashes: (start, end) => hashes.slice(start, end) }`
 */
export interface LeafHashSource {
  /** Leaf hashes [start, end); fewer than asked means the log ends before `end`. */
  readLeafHashes(start: number, end: number): Promise<readonly Uint8Array[]> | readonly Uint8Array[];
}

/** Somewhere to keep complete subtree hashes once computed; they never change, so nothing expires for correctness. */
export interface SubtreeHashCache {
  get(id: SubtreeId): Uint8Array | undefined;
  set(id: SubtreeId, hash: Uint8Array): void;
}

/**
 * Keeps subtrees of `minLevel` and above in memory. A log of n leaves has about n / 2^minLevel of
 * them; a subtree below that level is recomputed from at most 2^minLevel leaves when asked for.
 */
export class MemorySubtreeHashCache implements SubtreeHashCache {
  private readonly hashes = new Map<string, Uint8Array>();

  constructor(private readonly minLevel = 0) {}

  get(id: SubtreeId): Uint8Array | undefined {
    return this.hashes.get(keyOf(id));
  }

  set(id: SubtreeId, hash: Uint8Array): void {
    if (id.level >= this.minLevel) this.hashes.set(keyOf(id), hash);
  }
}

function keyOf({ level, index }: SubtreeId): string {
  return `${level}/${index}`;
}

// Subtrees up to this level are hashed from one range read of their leaves, rather than one read per
// leaf; above it, from their two halves, so that halves already cached are not read again.
const READ_LEVEL = 8;

/**
 * Subtree hashes computed from the leaves, for a log without a hash table of its own (or to check one).
 * Example: `new MerkleProver(new SubtreeHasher(source, new MemorySubtreeHashCache(4)))`
 */
export class SubtreeHasher implements SubtreeHashReader {
  constructor(
    private readonly leaves: LeafHashSource,
    private readonly cache: SubtreeHashCache = new MemorySubtreeHashCache(),
  ) {}

  async readSubtreeHashes(ids: readonly SubtreeId[]): Promise<readonly Uint8Array[]> {
    const hashes: Uint8Array[] = [];
    for (const id of ids) hashes.push(await this.subtreeHash(id));
    return hashes;
  }

  private async subtreeHash(id: SubtreeId): Promise<Uint8Array> {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    if (id.level <= READ_LEVEL) return this.hashFromLeaves(id);
    const left = await this.subtreeHash({ level: id.level - 1, index: 2 * id.index });
    const right = await this.subtreeHash({ level: id.level - 1, index: 2 * id.index + 1 });
    const hash = nodeHash(left, right);
    this.cache.set(id, hash);
    return hash;
  }

  private async hashFromLeaves(id: SubtreeId): Promise<Uint8Array> {
    const width = leavesAt(id.level);
    const start = id.index * width;
    const leaves = await this.leaves.readLeafHashes(start, start + width);
    if (leaves.length < width) throw new RangeError(`The log has no leaf ${start + leaves.length}: it ends before subtree ${keyOf(id)}`);
    const frontier = MerkleFrontier.empty();
    let hash: Uint8Array | undefined;
    for (let i = 0; i < width; i += 1) {
      // The frontier numbers subtrees from its own first leaf; `start` is a multiple of every width below `width`.
      for (const done of frontier.append(leaves[i])) {
        const absolute = { level: done.level, index: start / leavesAt(done.level) + done.index };
        this.cache.set(absolute, done.hash);
        hash = done.hash;
      }
    }
    return hash as Uint8Array;
  }
}
