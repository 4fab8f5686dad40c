import { sameBytes } from './bytes';
import { HASH_SIZE, nodeHash } from './merkle-hashing';
import { half, isOdd, isPowerOfTwo, isTreeSize } from './tree-math';

// Both verifiers follow the iterative algorithms of RFC 9162 rather than replaying the recursive
// definitions the prover uses, so that a mistake in one is unlikely to be repeated in the other.
// They return false for any input that is not a proof, never throw: what they check comes from
// outside (a packet, a witness, another service).

/**
 * RFC 9162 §2.1.3.2: whether `proof` shows the leaf with hash `leafHash` at `index` (0-based) in the
 * tree of `size` leaves whose root is `root`. Take `size` and `root` together from one checkpoint: the
 * audit path does not fix the size on its own.
 * Example: `verifyInclusion(leafHash(bytes), 41, checkpoint.size, proof, checkpoint.rootHash)`
 */
export function verifyInclusion(leafHash: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!isTreeSize(index) || !isTreeSize(size) || index >= size) return false;
  if (![leafHash, root, ...proof].every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && sameBytes(r, root);
}

/**
 * RFC 9162 §2.1.4.2: whether `proof` shows the tree of `oldSize` leaves with root `oldRoot` to be a
 * prefix of the tree of `newSize` leaves with root `newRoot`. Equal sizes need an empty proof and
 * equal roots; an old size of 0 is refused, as golang.org/x/mod/sumdb/tlog does.
 * Example: `verifyConsistency(seen.size, next.size, seen.rootHash, next.rootHash, proof)`
 */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Uint8Array, newRoot: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (!isTreeSize(oldSize) || !isTreeSize(newSize) || oldSize < 1 || oldSize > newSize) return false;
  if (![oldRoot, newRoot, ...proof].every(isHash)) return false;
  if (oldSize === newSize) return proof.length === 0 && sameBytes(oldRoot, newRoot);
  if (proof.length === 0) return false;
  // A complete old tree is itself a node of the new one, so the proof leaves its root out.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && sameBytes(fr, oldRoot) && sameBytes(sr, newRoot);
}

function isHash(value: Uint8Array): boolean {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}
