// A small seeded pseudo-random generator (mulberry32) and the draws the demo generator needs.
// Integer arithmetic and exact float division only, so one seed gives one sequence on every machine.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [0, 2^32). */
  uint32(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks one item, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A new array with the items in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` characters drawn from `alphabet`. */
  chars(count: number, alphabet: string): string;
  /** `count` lower-case hexadecimal digits, eight per draw. */
  hex(count: number): string;
}

/** Hashes integers into one 32-bit seed (murmur3's finaliser per part), so sub-streams do not overlap. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    // Seeds above 2^32 keep their high bits rather than being truncated away.
    const high = Math.floor(part / 0x100000000);
    for (const word of [part >>> 0, high >>> 0]) {
      h = Math.imul(h ^ word, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
    }
  }
  return h >>> 0;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: no items to pick from');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    uint32,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    weighted: (entries) => weightedTable(entries).pick({ next }),
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    chars: (count, alphabet) => {
      let s = '';
      for (let i = 0; i < count; i += 1) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    hex: (count) => {
      let s = '';
      for (let i = 0; i < count; i += 8) {
        const u = uint32();
        s += HEX_BYTES[u >>> 24]! + HEX_BYTES[(u >>> 16) & 0xff]! + HEX_BYTES[(u >>> 8) & 0xff]! + HEX_BYTES[u & 0xff]!;
      }
      return s.length === count ? s : s.slice(0, count);
    },
  };
}

export interface WeightedTable<T> {
  readonly items: readonly T[];
  pick(random: Pick<Random, 'next'>): T;
}

/** A weighted choice prepared once (cumulative weights, binary search), for tables drawn from millions of times. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items = entries.filter(([, w]) => w > 0).map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    if (w > 0) {
      total += w;
      cumulative.push(total);
    }
  }
  if (items.length === 0) throw new RangeError('weightedTable: no entry has a positive weight');
  return {
    items,
    pick(random) {
      const target = random.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return items[lo] as T;
    },
  };
}
