// Tree sizes and indexes are plain numbers up to 2^53 − 1. JavaScript's bitwise operators work on
// 32 bits, so every shift and bit test here is arithmetic, exact for any safe integer.

/** Whether `n` can be a tree size or a leaf index: a safe, non-negative integer. */
export function isTreeSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export function isOdd(n: number): boolean {
  return n % 2 === 1;
}

/** `n >> 1` for any safe integer. */
export function half(n: number): number {
  return Math.floor(n / 2);
}

export function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  while (n > 1) {
    if (isOdd(n)) return false;
    n = half(n);
  }
  return true;
}

/** The largest power of two strictly smaller than `n` (n ≥ 2): where RFC 6962 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The number of leaves under a complete subtree of `level`. */
export function leavesAt(level: number): number {
  return 2 ** level;
}

/** The number of set bits of `n`: how many complete subtrees a tree of n leaves is made of. */
export function bitCount(n: number): number {
  let count = 0;
  for (; n > 0; n = half(n)) if (isOdd(n)) count += 1;
  return count;
}
