import { createHash } from 'node:crypto';

// RFC 6962 §2.1 transcribed as literally as possible, over the leaves' data, with hashing of its own:
// the yardstick the library's roots and proofs are measured against, so it shares no code with them.

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** The largest power of two smaller than n, found another way than the library's. */
const k = (n: number): number => 2 ** Math.ceil(Math.log2(n) - 1);

export function referenceLeafHash(data: Uint8Array): Buffer {
  return sha256(Buffer.of(0), data);
}

/** MTH(D[n]). */
export function referenceRoot(data: readonly Uint8Array[]): Buffer {
  const n = data.length;
  if (n === 0) return sha256();
  if (n === 1) return referenceLeafHash(data[0]);
  return sha256(Buffer.of(1), referenceRoot(data.slice(0, k(n))), referenceRoot(data.slice(k(n))));
}

/** PATH(m, D[n]). */
export function referencePath(m: number, data: readonly Uint8Array[]): Buffer[] {
  const n = data.length;
  if (n === 1) return [];
  const split = k(n);
  return m < split
    ? [...referencePath(m, data.slice(0, split)), referenceRoot(data.slice(split))]
    : [...referencePath(m - split, data.slice(split)), referenceRoot(data.slice(0, split))];
}

/** PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
export function referenceProof(m: number, data: readonly Uint8Array[]): Buffer[] {
  return subproof(m, data, true);
}

function subproof(m: number, data: readonly Uint8Array[], b: boolean): Buffer[] {
  const n = data.length;
  if (m === n) return b ? [] : [referenceRoot(data)];
  const split = k(n);
  return m <= split
    ? [...subproof(m, data.slice(0, split), b), referenceRoot(data.slice(split))]
    : [...subproof(m - split, data.slice(split), false), referenceRoot(data.slice(0, split))];
}

/** Leaf data for tests: distinct, deterministic, of varying length. */
export function sampleLeaves(count: number, tag = 'event'): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.from(`${tag} ${i} ${'x'.repeat(i % 7)}`));
}
