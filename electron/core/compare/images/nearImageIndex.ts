// Finds the stored images whose dHash is within a few bits of a given one without comparing every pair: the 64
// bits are cut into (distance + 1) pieces, and two hashes that differ in at most `distance` bits agree exactly on
// at least one piece (pigeonhole), so only hashes sharing a piece are compared.
import { hammingDistance } from './perceptualHash';

export interface NearImage<T> {
  value: T;
  distance: number;
}

export interface NearImageIndex<T> {
  near(dhash: string): NearImage<T>[];
}

/** Hashes with almost every bit equal come from flat, featureless images (a blank background): they match anything alike. */
export function isTooPlainToCompare(dhash: string): boolean {
  const set = [...dhash].reduce((n, hex) => n + POPCOUNT4[parseInt(hex, 16)]!, 0);
  return set < 4 || set > 60;
}

const POPCOUNT4 = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

const bits = (dhash: string): string => [...dhash].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');

export function createNearImageIndex<T>(entries: readonly { dhash: string; value: T }[], maxDistance: number): NearImageIndex<T> {
  const pieces = maxDistance + 1;
  const bounds = Array.from({ length: pieces + 1 }, (_, i) => Math.round((i * 64) / pieces));
  const keysOf = (dhash: string): string[] => {
    const b = bits(dhash);
    return bounds.slice(0, -1).map((from, i) => `${i}:${b.slice(from, bounds[i + 1])}`);
  };
  const buckets = new Map<string, number[]>();
  entries.forEach((e, index) => {
    for (const key of keysOf(e.dhash)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  return {
    near(dhash) {
      const seen = new Set<number>();
      const found: NearImage<T>[] = [];
      for (const key of keysOf(dhash)) {
        for (const index of buckets.get(key) ?? []) {
          if (seen.has(index)) continue;
          seen.add(index);
          const distance = hammingDistance(dhash, entries[index]!.dhash);
          if (distance <= maxDistance) found.push({ value: entries[index]!.value, distance });
        }
      }
      return found.sort((a, b) => a.distance - b.distance);
    },
  };
}
