import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { it } from 'node:test';
import { recordLeafHash, verifyInclusion } from '../src/merkle.mjs';
import { auditPath, leafHashOf, treeHash } from './support/packets.mjs';

const leavesOf = (/** @type {number} */ size) => Array.from({ length: size }, (_, i) => leafHashOf(`{"position":${i + 1}}`));

it('hashes a record as an RFC 6962 leaf of its UTF-8 bytes', () => {
  assert.equal(recordLeafHash('').toString('hex'), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  assert.deepEqual(recordLeafHash('{"amount":"₩"}'), leafHashOf('{"amount":"₩"}'));
});

it('accepts the RFC 6962 audit path of every leaf of every tree up to 70 leaves', () => {
  for (let size = 1; size <= 70; size += 1) {
    const leaves = leavesOf(size);
    const root = treeHash(leaves);
    for (let index = 0; index < size; index += 1) assert.ok(verifyInclusion(leaves[index], index, size, auditPath(index, leaves), root), `${index} of ${size}`);
  }
});

// Not for another size: a path may fit several sizes, which is why size and root come together from one checkpoint.
it('refuses a proof for another leaf, index or root, and a proof altered, shortened or lengthened', () => {
  const size = 21;
  const leaves = leavesOf(size);
  const root = treeHash(leaves);
  for (let index = 0; index < size; index += 1) {
    const proof = auditPath(index, leaves);
    const other = (index + 1) % size;
    assert.equal(verifyInclusion(leaves[other], index, size, proof, root), false, 'another leaf');
    assert.equal(verifyInclusion(leaves[index], other, size, proof, root), false, 'another index');
    assert.equal(verifyInclusion(leaves[index], index, size, proof, treeHash(leaves.slice(1))), false, 'another root');
    assert.equal(verifyInclusion(leaves[index], index, size, proof.slice(1), root), false, 'shortened');
    assert.equal(verifyInclusion(leaves[index], index, size, [...proof, root], root), false, 'lengthened');
    proof.forEach((_, i) => {
      const altered = proof.map((hash, j) => (j === i ? Buffer.alloc(32, 1) : hash));
      assert.equal(verifyInclusion(leaves[index], index, size, altered, root), false, `hash ${i} altered`);
    });
  }
});

it('refuses indexes outside the tree and hashes that are not 32 bytes', () => {
  const leaves = leavesOf(4);
  const root = treeHash(leaves);
  assert.equal(verifyInclusion(leaves[0], -1, 4, auditPath(0, leaves), root), false);
  assert.equal(verifyInclusion(leaves[3], 4, 4, auditPath(3, leaves), root), false);
  assert.equal(verifyInclusion(leaves[0], 0, 4, [...auditPath(0, leaves).slice(0, 1), Buffer.alloc(31)], root), false);
  assert.equal(verifyInclusion(leaves[0], 0, 1, [], leaves[0]), true, 'a tree of one leaf is its leaf');
});

it('is exact for trees beyond 2^32 leaves', () => {
  // The leaf is the last of a tree of 2^40 + 1 leaves: its path is the root of the first 2^40 leaves, on the left.
  const leaf = leafHashOf('last');
  const left = Buffer.alloc(32, 9);
  const root = treeHash([left, leaf]);
  assert.ok(verifyInclusion(leaf, 2 ** 40, 2 ** 40 + 1, [left], root));
  assert.equal(verifyInclusion(leaf, 2 ** 32, 2 ** 40 + 1, [left], root), false);
});
