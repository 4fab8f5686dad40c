import { leafHash, nodeHash, rootOf } from './merkle-hashing';
import { MerkleFrontier } from './merkle-frontier';
import { MerkleProver } from './merkle-prover';
import { verifyConsistency, verifyInclusion } from './proof-verification';
import { SubtreeHashReader, SubtreeId } from './subtree';
import { LeafHashSource, MemorySubtreeHashCache, SubtreeHasher } from './subtree-hasher';
import { referencePath, referenceProof, sampleLeaves } from './testing/reference-merkle';

const hexes = (hashes: readonly Uint8Array[]) => hashes.map((hash) => Buffer.from(hash).toString('hex'));
const data = sampleLeaves(70);
const hashes = data.map(leafHash);
const source: LeafHashSource = { readLeafHashes: (start, end) => hashes.slice(start, end) };

describe('MerkleProver', () => {
  const prover = new MerkleProver(new SubtreeHasher(source));

  it('gives the root of every size the log has reached', async () => {
    for (let size = 0; size <= 70; size += 1) expect(hexes([await prover.rootAt(size)])).toEqual(hexes([rootOf(hashes.slice(0, size))]));
  });

  it('gives the audit path RFC 6962 defines for every leaf of trees of 1…70 leaves', async () => {
    for (let size = 1; size <= 70; size += 1) {
      for (let index = 0; index < size; index += 1) {
        expect([size, index, hexes(await prover.inclusionProof(index, size))]).toEqual([size, index, hexes(referencePath(index, data.slice(0, size)))]);
      }
    }
  });

  it('gives the consistency proof RFC 6962 defines for every 1 ≤ m ≤ n ≤ 40', async () => {
    for (let n = 1; n <= 40; n += 1) {
      for (let m = 1; m <= n; m += 1) expect([m, n, hexes(await prover.consistencyProof(m, n))]).toEqual([m, n, hexes(referenceProof(m, data.slice(0, n)))]);
    }
  });

  it('refuses what is not a leaf of the tree or a pair of sizes it can prove', async () => {
    await expect(prover.inclusionProof(5, 5)).rejects.toThrow(RangeError);
    await expect(prover.inclusionProof(-1, 5)).rejects.toThrow(RangeError);
    await expect(prover.inclusionProof(0, 0)).rejects.toThrow(RangeError);
    await expect(prover.inclusionProof(0.5, 5)).rejects.toThrow(RangeError);
    await expect(prover.consistencyProof(0, 5)).rejects.toThrow(RangeError);
    await expect(prover.consistencyProof(6, 5)).rejects.toThrow(RangeError);
    await expect(prover.rootAt(-1)).rejects.toThrow(RangeError);
  });

  it('says so when the log is shorter than the tree asked about', async () => {
    await expect(prover.inclusionProof(0, 71)).rejects.toThrow(/no leaf 70/);
  });
});

describe('MerkleProver over the subtree hashes a subscriber stored', () => {
  // What a subscriber following the log does: append each leaf to its frontier and store the
  // subtree hashes the append reports. Proofs then read a handful of stored hashes, never a leaf.
  const stored = new Map<string, Uint8Array>();
  const frontier = MerkleFrontier.empty();
  for (const hash of hashes) for (const done of frontier.append(hash)) stored.set(`${done.level}/${done.index}`, done.hash);
  const reads: SubtreeId[][] = [];
  const table: SubtreeHashReader = {
    readSubtreeHashes: async (ids) => {
      reads.push([...ids]);
      return ids.map(({ level, index }) => {
        const hash = stored.get(`${level}/${index}`);
        if (hash === undefined) throw new Error(`no subtree ${level}/${index}`);
        return hash;
      });
    },
  };
  const prover = new MerkleProver(table);

  it('gives the same proofs as from the leaves, in one read of O(log n) hashes each', async () => {
    const fromLeaves = new MerkleProver(new SubtreeHasher(source));
    reads.length = 0;
    expect(hexes(await prover.inclusionProof(37, 70))).toEqual(hexes(await fromLeaves.inclusionProof(37, 70)));
    expect(hexes(await prover.consistencyProof(23, 70))).toEqual(hexes(await fromLeaves.consistencyProof(23, 70)));
    expect(hexes([await prover.rootAt(70)])).toEqual(hexes([frontier.root()]));
    expect(reads).toHaveLength(3);
    for (const ids of reads) expect(ids.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(70)));
  });
});

describe('SubtreeHasher', () => {
  it('reads each leaf once when its subtrees are cached, and in ranges rather than one by one', async () => {
    const many = sampleLeaves(5000).map(leafHash);
    const ranges: [number, number][] = [];
    const counting: LeafHashSource = {
      readLeafHashes: async (start, end) => {
        ranges.push([start, end]);
        return many.slice(start, end);
      },
    };
    const prover = new MerkleProver(new SubtreeHasher(counting, new MemorySubtreeHashCache(0)));
    const root = await prover.rootAt(5000);
    expect(ranges.reduce((sum, [start, end]) => sum + end - start, 0)).toBe(5000);
    expect(ranges.length).toBeLessThan(40);
    ranges.length = 0;
    const proof = await prover.inclusionProof(4321, 5000);
    expect(ranges).toEqual([]);
    expect(verifyInclusion(many[4321], 4321, 5000, proof, root)).toBe(true);
  });

  it('recomputes subtrees below the cache’s lowest level from their leaves', async () => {
    let read = 0;
    const counting: LeafHashSource = {
      readLeafHashes: (start, end) => {
        read += end - start;
        return hashes.slice(start, end);
      },
    };
    const prover = new MerkleProver(new SubtreeHasher(counting, new MemorySubtreeHashCache(3)));
    await prover.rootAt(64);
    read = 0;
    await prover.rootAt(64);
    expect(read).toBe(0);
    await prover.inclusionProof(0, 64);
    // The siblings of levels 0, 1 and 2 on leaf 0's path: leaves 1, 2–3, 4–7.
    expect(read).toBe(1 + 2 + 4);
  });
});

describe('MerkleProver and the verifiers past 32 bits', () => {
  // A log of identical leaves can be as large as a safe integer: every complete subtree of a level
  // has the same hash, so a reader can answer for any of them without a leaf.
  const leaf = leafHash(Buffer.from('same'));
  const levels = [leaf];
  for (let level = 1; level <= 53; level += 1) levels.push(nodeHash(levels[level - 1], levels[level - 1]));
  const uniform = new MerkleProver({ readSubtreeHashes: async (ids) => ids.map(({ level }) => levels[level]) });

  it('walks the whole height of such a tree', async () => {
    expect(await uniform.inclusionProof(2 ** 40 + 7, 2 ** 41 - 1)).toHaveLength(41);
    // One hash per split of the first 2^52 leaves down to the old tree's last leaf, that leaf, and the other 2^52 − 1.
    expect(await uniform.consistencyProof(2 ** 52 - 1, Number.MAX_SAFE_INTEGER)).toHaveLength(52 + 1 + 1);
  });

  it.each([
    [2 ** 32 + 1, 2 ** 32],
    [2 ** 40 + 12345, 2 ** 33 + 7],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1],
    [Number.MAX_SAFE_INTEGER, 2 ** 52],
  ])('proves leaf and consistency in a tree of %d leaves (old size or leaf %d)', async (size, other) => {
    const root = await uniform.rootAt(size);
    const proof = await uniform.inclusionProof(other, size);
    expect(verifyInclusion(leaf, other, size, proof, root)).toBe(true);
    expect(verifyInclusion(leaf, other, size, proof.slice(1), root)).toBe(false);
    const oldRoot = await uniform.rootAt(other);
    const consistency = await uniform.consistencyProof(other, size);
    expect(verifyConsistency(other, size, oldRoot, root, consistency)).toBe(true);
    expect(verifyConsistency(other, size, oldRoot, root, consistency.slice(0, -1))).toBe(false);
  });
});
