/**
 * A small deterministic generator (mulberry32), so a failing random sequence is reproduced by its
 * seed; Math.random would make a failure impossible to replay.
 */
export function seededRandom(seed: number): { next: () => number; below: (bound: number) => number; pick: <T>(items: readonly T[]) => T } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (bound: number) => Math.floor(next() * bound);
  return { next, below, pick: (items) => items[below(items.length)] };
}
