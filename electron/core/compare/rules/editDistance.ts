// Damerau-Levenshtein distance (optimal string alignment) between a word and a mark, with the edits that explain
// it, so a finding can say which characters differ. Look-alike characters count as the same letter, at no cost.
import { looksLike } from './homoglyphs';

export type Edit =
  | { kind: 'lookalike'; observed: string; intended: string }
  | { kind: 'substitute'; observed: string; intended: string }
  | { kind: 'missing'; intended: string }
  | { kind: 'extra'; observed: string }
  | { kind: 'swap'; observed: string };

export interface Alignment {
  /** Edits, not counting look-alike characters. */
  distance: number;
  edits: Edit[];
}

const same = (a: string, b: string): boolean => a === b || looksLike(a, b);

/** The alignment table, reused from call to call (no call keeps it). */
let table = new Int32Array(256);

/** Aligns `word` to `mark` (both arrays of code points), or returns null when the distance exceeds `limit`. */
export function alignToMark(word: readonly string[], mark: readonly string[], limit: number): Alignment | null {
  if (Math.abs(word.length - mark.length) > limit) return null;
  const rows = word.length + 1;
  const cols = mark.length + 1;
  // One flat table, and a row whose best cell already exceeds the limit ends the search: this runs for every
  // word of every listing against every mark, so it must not allocate a table of arrays each time.
  if (table.length < rows * cols) table = new Int32Array(rows * cols * 2);
  const d = table;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    d[i * cols] = i;
    let rowBest = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = same(word[i - 1] as string, mark[j - 1] as string) ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === mark[j - 2] && word[i - 2] === mark[j - 1] && word[i - 1] !== word[i - 2]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > limit) return null;
  }
  const at = (i: number, j: number): number => d[i * cols + j]!;
  const distance = at(word.length, mark.length);
  if (distance > limit) return null;
  return { distance, edits: backtrack(word, mark, at) };
}

function backtrack(word: readonly string[], mark: readonly string[], at: (i: number, j: number) => number): Edit[] {
  const edits: Edit[] = [];
  let i = word.length;
  let j = mark.length;
  while (i > 0 || j > 0) {
    const w = word[i - 1] as string;
    const m = mark[j - 1] as string;
    if (i > 0 && j > 0 && same(w, m) && at(i, j) === at(i - 1, j - 1)) {
      if (w !== m) edits.push({ kind: 'lookalike', observed: w, intended: m });
      i -= 1; j -= 1;
    } else if (i > 1 && j > 1 && w === mark[j - 2] && word[i - 2] === m && at(i, j) === at(i - 2, j - 2) + 1) {
      edits.push({ kind: 'swap', observed: `${word[i - 2]}${w}` });
      i -= 2; j -= 2;
    } else if (i > 0 && j > 0 && at(i, j) === at(i - 1, j - 1) + 1) {
      edits.push({ kind: 'substitute', observed: w, intended: m });
      i -= 1; j -= 1;
    } else if (i > 0 && at(i, j) === at(i - 1, j) + 1) {
      edits.push({ kind: 'extra', observed: w });
      i -= 1;
    } else {
      edits.push({ kind: 'missing', intended: m });
      j -= 1;
    }
  }
  return edits.reverse();
}
