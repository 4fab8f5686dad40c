import { leafHash, rootOf } from './merkle-hashing';
import { MerkleProver } from './merkle-prover';
import { verifyConsistency, verifyInclusion } from './proof-verification';
import { SubtreeHasher } from './subtree-hasher';
import { sampleLeaves } from './testing/reference-merkle';

const hashes = sampleLeaves(70).map(leafHash);
const other = sampleLeaves(70, 'forged').map(leafHash);
const prover = new MerkleProver(new SubtreeHasher({ readLeafHashes: (start, end) => hashes.slice(start, end) }));
const roots = Array.from({ length: 71 }, (_, size) => rootOf(hashes.slice(0, size)));

/** Every way of spoiling a proof by one change: each hash with a bit flipped, one hash fewer, one more. */
function tamperings(proof: readonly Uint8Array[]): Uint8Array[][] {
  const flipped = proof.map((_, i) => proof.map((hash, j) => (i === j ? hash.map((byte, b) => (b === i % 32 ? byte ^ 1 : byte)) : hash)));
  const shorter = proof.length === 0 ? [] : [proof.slice(1), proof.slice(0, -1)];
  const longer = [
    [...proof, hashes[0]],
    [hashes[0], ...proof],
  ];
  return [...flipped, ...shorter, ...longer];
}

describe('verifyInclusion (RFC 9162 §2.1.3.2)', () => {
  it('accepts the proof of every leaf of trees of 1…70 leaves, and nothing changed in it', async () => {
    for (let size = 1; size <= 70; size += 1) {
      for (let index = 0; index < size; index += 1) {
        const proof = await prover.inclusionProof(index, size);
        const root = roots[size];
        const verdicts = {
          proof: verifyInclusion(hashes[index], index, size, proof, root),
          wrongLeaf: verifyInclusion(other[index], index, size, proof, root),
          neighbourLeaf: size > 1 && verifyInclusion(hashes[(index + 1) % size], index, size, proof, root),
          wrongIndex: [index - 1, index + 1, index ^ 1, size].some((wrong) => wrong !== index && verifyInclusion(hashes[index], wrong, size, proof, root)),
          // A proof for one tree does not verify against the head of a smaller or larger one.
          wrongSize: [size - 1, size + 1].some((wrong) => wrong >= 1 && wrong <= 70 && verifyInclusion(hashes[index], index, wrong, proof, roots[wrong])),
          wrongRoot: verifyInclusion(hashes[index], index, size, proof, rootOf(other.slice(0, size))),
          tampered: tamperings(proof).some((spoilt) => verifyInclusion(hashes[index], index, size, spoilt, root)),
        };
        expect([size, index, verdicts]).toEqual([
          size,
          index,
          { proof: true, wrongLeaf: false, neighbourLeaf: false, wrongIndex: false, wrongSize: false, wrongRoot: false, tampered: false },
        ]);
      }
    }
  });

  it('says no, without throwing, to inputs that cannot be a proof', async () => {
    const proof = await prover.inclusionProof(3, 10);
    expect(verifyInclusion(hashes[3], 3, 10, proof, roots[10])).toBe(true);
    expect(verifyInclusion(hashes[3], -1, 10, proof, roots[10])).toBe(false);
    expect(verifyInclusion(hashes[3], 3.5, 10, proof, roots[10])).toBe(false);
    expect(verifyInclusion(hashes[3], 3, Number.NaN, proof, roots[10])).toBe(false);
    expect(verifyInclusion(hashes[3], 3, 2 ** 53, proof, roots[10])).toBe(false);
    expect(verifyInclusion(hashes[3].subarray(1), 3, 10, proof, roots[10])).toBe(false);
    expect(verifyInclusion(hashes[3], 3, 10, [...proof.slice(0, -1), new Uint8Array(33)], roots[10])).toBe(false);
    expect(verifyInclusion(hashes[0], 0, 1, [], roots[1])).toBe(true);
    expect(verifyInclusion(hashes[0], 0, 0, [], roots[0])).toBe(false);
  });
});

describe('verifyConsistency (RFC 9162 §2.1.4.2)', () => {
  it('accepts the proof for every 1 ≤ m ≤ n ≤ 40, and nothing changed in it', async () => {
    for (let n = 1; n <= 40; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        const proof = await prover.consistencyProof(m, n);
        // Trees that share nothing with the log, or only a part of it: one leaf rewritten before m, or after.
        const forgedOld = rootOf([...hashes.slice(0, m - 1), other[m - 1]]);
        const forgedNew = rootOf([...hashes.slice(0, n - 1), other[n - 1]]);
        const verdicts = {
          proof: verifyConsistency(m, n, roots[m], roots[n], proof),
          forgedOld: verifyConsistency(m, n, forgedOld, roots[n], proof),
          forgedNew: verifyConsistency(m, n, roots[m], forgedNew, proof),
          // (Between equal sizes any tree is consistent with itself, another log's included.)
          otherLog: m < n && verifyConsistency(m, n, rootOf(other.slice(0, m)), rootOf(other.slice(0, n)), proof),
          wrongOldSize: [m - 1, m + 1].some((wrong) => wrong >= 1 && wrong <= n && wrong !== m && verifyConsistency(wrong, n, roots[wrong], roots[n], proof)),
          wrongNewSize: [n - 1, n + 1].some((wrong) => wrong >= m && wrong !== n && verifyConsistency(m, wrong, roots[m], roots[wrong], proof)),
          tampered: tamperings(proof).some((spoilt) => verifyConsistency(m, n, roots[m], roots[n], spoilt)),
        };
        expect([m, n, verdicts]).toEqual([
          m,
          n,
          { proof: true, forgedOld: false, forgedNew: false, otherLog: false, wrongOldSize: false, wrongNewSize: false, tampered: false },
        ]);
      }
    }
  });

  it('takes equal sizes with an empty proof and equal roots only', () => {
    expect(verifyConsistency(7, 7, roots[7], roots[7], [])).toBe(true);
    expect(verifyConsistency(7, 7, roots[7], roots[6], [])).toBe(false);
    expect(verifyConsistency(7, 7, roots[7], roots[7], [roots[7]])).toBe(false);
  });

  it('says no, without throwing, to inputs that cannot be a proof', async () => {
    const proof = await prover.consistencyProof(3, 10);
    expect(verifyConsistency(3, 10, roots[3], roots[10], proof)).toBe(true);
    expect(verifyConsistency(0, 10, roots[0], roots[10], proof)).toBe(false);
    expect(verifyConsistency(0, 10, roots[0], roots[10], [])).toBe(false);
    expect(verifyConsistency(10, 3, roots[10], roots[3], proof)).toBe(false);
    expect(verifyConsistency(3, 10, roots[3], roots[10], [])).toBe(false);
    expect(verifyConsistency(3, 10.5, roots[3], roots[10], proof)).toBe(false);
    expect(verifyConsistency(3, 10, roots[3].subarray(2), roots[10], proof)).toBe(false);
    expect(verifyConsistency(3, 10, roots[3], roots[10], [...proof, new Uint8Array(0)])).toBe(false);
  });
});
