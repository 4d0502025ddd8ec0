// A small seeded PRNG. Each ticket gets its own generator derived from (seed, index), so a
// ticket's content depends only on those two numbers and not on the order in which parallel
// loaders ask for tickets: the same seed gives the same demo data.

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Log-normal: half of the values fall below `median`; `sigma` widens the tail. */
  logNormal(median: number, sigma: number): number;
};

/** mulberry32: 32 bits of state, fast, and good enough for demo data (not for secrets). */
function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes two integers into a well-spread 32-bit state (murmur3's finaliser). */
function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Cumulative sums per weights array, computed once: the seed picks from the same few arrays
// millions of times, and the requester array has fifty entries.
const cumulativeCache = new WeakMap<readonly number[], Float64Array>();

function cumulativeOf(weights: readonly number[]): Float64Array {
  const cached = cumulativeCache.get(weights);
  if (cached) return cached;
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += weights[i]!;
    cumulative[i] = total;
  }
  cumulativeCache.set(weights, cumulative);
  return cumulative;
}

export function createRandom(seed: number, index = 0): Random {
  const next = mulberry32(mix(seed, index));
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items, weights) => {
      const cumulative = cumulativeOf(weights);
      const target = next() * cumulative[cumulative.length - 1]!;
      let low = 0;
      let high = items.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (cumulative[mid]! > target) high = mid;
        else low = mid + 1;
      }
      return items[low]!;
    },
    logNormal: (median, sigma) => {
      // Box-Muller; 1 - next() keeps the logarithm away from zero.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * normal);
    },
  };
  return random;
}
