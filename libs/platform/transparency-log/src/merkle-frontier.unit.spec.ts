import { leafHash, rootOf } from './merkle-hashing';
import { FrontierState, MerkleFrontier } from './merkle-frontier';
import { SubtreeHash } from './subtree';
import { sampleLeaves } from './testing/reference-merkle';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const hashes = sampleLeaves(70).map(leafHash);

describe('MerkleFrontier', () => {
  it('has the root rootOf gives at every size from 0 to 70', () => {
    const frontier = MerkleFrontier.empty();
    expect(hex(frontier.root())).toBe(hex(rootOf([])));
    hashes.forEach((hash, i) => {
      frontier.append(hash);
      expect([frontier.size, hex(frontier.root())]).toEqual([i + 1, hex(rootOf(hashes.slice(0, i + 1)))]);
    });
  });

  it('reports every complete subtree exactly once, when its last leaf arrives, with its hash', () => {
    const frontier = MerkleFrontier.empty();
    const reported: SubtreeHash[] = hashes.flatMap((hash) => frontier.append(hash));
    for (const { level, index, hash } of reported) {
      const width = 2 ** level;
      expect(hex(hash)).toBe(hex(rootOf(hashes.slice(index * width, (index + 1) * width))));
    }
    // A tree of 70 leaves has 70 + 35 + 17 + 8 + 4 + 2 + 1 complete subtrees.
    const ids = reported.map(({ level, index }) => `${level}/${index}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(70 + 35 + 17 + 8 + 4 + 2 + 1);
    // Leaf 63 completes the subtrees of 1, 2, 4, … 64 leaves that end with it, smallest first.
    const replay = MerkleFrontier.empty();
    hashes.slice(0, 63).forEach((hash) => replay.append(hash));
    expect(replay.append(hashes[63]).map(({ level, index }) => [level, index])).toEqual([
      [0, 63],
      [1, 31],
      [2, 15],
      [3, 7],
      [4, 3],
      [5, 1],
      [6, 0],
    ]);
  });

  it('resumes from its state as if it had never stopped', () => {
    for (const stopAt of [0, 1, 2, 7, 8, 33, 64]) {
      const first = MerkleFrontier.empty();
      hashes.slice(0, stopAt).forEach((hash) => first.append(hash));
      const state = JSON.parse(JSON.stringify(first.toState())) as FrontierState;
      const resumed = MerkleFrontier.fromState(state);
      hashes.slice(stopAt).forEach((hash) => resumed.append(hash));
      expect([stopAt, hex(resumed.root())]).toEqual([stopAt, hex(rootOf(hashes))]);
    }
  });

  it('keeps one hash per set bit of its size', () => {
    const frontier = MerkleFrontier.empty();
    hashes.slice(0, 13).forEach((hash) => frontier.append(hash));
    const state = frontier.toState();
    expect(state.size).toBe(13);
    expect(state.hashes).toEqual([0, 8, 12].map((start, i) => Buffer.from(rootOf(hashes.slice(start, start + [8, 4, 1][i]))).toString('base64')));
  });

  it('refuses a state that cannot be a frontier', () => {
    const frontier = MerkleFrontier.empty();
    hashes.slice(0, 3).forEach((hash) => frontier.append(hash));
    const { hashes: stored } = frontier.toState();
    expect(() => MerkleFrontier.fromState({ size: 3, hashes: stored.slice(1) })).toThrow(/needs 2 hashes/);
    expect(() => MerkleFrontier.fromState({ size: 4, hashes: stored })).toThrow(/needs 1 hashes/);
    expect(() => MerkleFrontier.fromState({ size: -1, hashes: [] })).toThrow(/not a tree size/);
    expect(() => MerkleFrontier.fromState({ size: 1.5, hashes: [] })).toThrow(/not a tree size/);
    expect(() => MerkleFrontier.fromState({ size: 1, hashes: [Buffer.alloc(31).toString('base64')] })).toThrow(/hash 0/);
    expect(() => MerkleFrontier.fromState({ size: 1, hashes: [stored[0].replace(/=$/, '')] })).toThrow(/hash 0/);
  });

  it('refuses a leaf hash that is not 32 bytes, and does not share the caller’s buffer', () => {
    const frontier = MerkleFrontier.empty();
    expect(() => frontier.append(new Uint8Array(31))).toThrow(/32 bytes/);
    const leaf = Uint8Array.from(hashes[0]);
    frontier.append(leaf);
    leaf.fill(0);
    expect(hex(frontier.root())).toBe(hex(hashes[0]));
  });
});
