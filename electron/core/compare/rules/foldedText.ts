// Case- and width-folds text (NFKC, then lower case) while remembering where each folded character came from,
// so a match in the folded text can be reported as start/end indexes into the ORIGINAL text.

export interface FoldedText {
  folded: string;
  /**
   * For each UTF-16 index of `folded` (plus one past the end), the index in the original text; null when folding
   * kept every character in place (ASCII text, or text whose every character folds to one in its place), where
   * folded index = original index.
   */
  originStart: Int32Array | null;
  originEnd: Int32Array | null;
}

const ALL_ASCII = /^[\x00-\x7f]*$/;
const MARK = /^\p{M}$/u;

/** Whether each BMP code unit is a combining mark (\p{M}); filled on the first text that is not ASCII. */
let markUnits: Uint8Array | null = null;
function markTable(): Uint8Array {
  if (markUnits === null) {
    markUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c += 1) if (MARK.test(String.fromCharCode(c))) markUnits[c] = 1;
  }
  return markUnits;
}

/** Each lone BMP character folded (NFKC, lower case), kept once asked: most non-ASCII text repeats few characters. */
const foldedUnits = new Map<number, string>();

/** Where each folded character came from, grown as needed and copied out; never kept by a result. */
let starts = new Int32Array(256);
let ends = new Int32Array(256);

/**
 * The folded text when folding leaves every character where it was, as in ASCII; null otherwise. That is when the text
 * has no combining mark (a character and its marks fold as one), no surrogate and no capital sigma (lower-cased
 * here on its own, not by its place in a word), is already NFKC, and lower-cases each character to one unit. Most
 * accented and CJK titles are such: they fold with one toLowerCase instead of character by character.
 */
function foldedInPlace(text: string): string | null {
  if (ALL_ASCII.test(text)) return text.toLowerCase();
  const marks = markTable();
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (marks[c] === 1 || (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3)) return null;
  }
  if (text.normalize('NFKC') !== text) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/**
 * Folds text that is not all ASCII cluster by cluster, as the regular expressions /(?:[\x00-\x7f](?!\p{M}))+/uy (a
 * run of ASCII no combining mark follows: lower-cased in place) and /\P{M}\p{M}*|\p{M}+/su (a character with its
 * marks: NFKC, then lower case) would cut it, read with character codes rather than a match object per piece.
 */
function foldUncached(text: string): FoldedText {
  // Most listings are ASCII, and most others fold in place: lower-casing alone folds them, every index staying put.
  const inPlace = foldedInPlace(text);
  if (inPlace !== null) return { folded: inPlace, originStart: null, originEnd: null };
  const marks = markTable();
  const n = text.length;
  const isMarkAt = (i: number): boolean => {
    if (i >= n) return false;
    const cp = text.codePointAt(i)!;
    return cp < 0x10000 ? marks[cp] === 1 : MARK.test(String.fromCodePoint(cp));
  };
  let folded = '';
  let count = 0;
  const reserve = (more: number): void => {
    if (count + more < starts.length) return;
    const size = Math.max(starts.length * 2, count + more + 1);
    const grownStarts = new Int32Array(size);
    const grownEnds = new Int32Array(size);
    grownStarts.set(starts.subarray(0, count));
    grownEnds.set(ends.subarray(0, count));
    starts = grownStarts;
    ends = grownEnds;
  };
  let at = 0;
  while (at < n) {
    let end = at;
    while (end < n && text.charCodeAt(end) < 0x80 && !isMarkAt(end + 1)) end += 1;
    if (end > at) {
      folded += text.slice(at, end).toLowerCase();
      reserve(end - at);
      for (let i = at; i < end; i += 1) {
        starts[count] = i;
        ends[count] = i + 1;
        count += 1;
      }
      at = end;
      continue;
    }
    const first = text.codePointAt(at)!;
    end = at + (first > 0xffff ? 2 : 1);
    while (isMarkAt(end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    let piece: string | undefined;
    if (end === at + 1) {
      piece = foldedUnits.get(first);
      if (piece === undefined) foldedUnits.set(first, (piece = text.charAt(at).normalize('NFKC').toLowerCase()));
    } else {
      piece = text.slice(at, end).normalize('NFKC').toLowerCase();
    }
    reserve(piece.length);
    for (let i = 0; i < piece.length; i += 1) {
      starts[count] = at;
      ends[count] = end;
      count += 1;
    }
    folded += piece;
    at = end;
  }
  reserve(1);
  starts[count] = n;
  ends[count] = n;
  count += 1;
  return { folded, originStart: starts.slice(0, count), originEnd: ends.slice(0, count) };
}

/**
 * Several rules fold the same title and description of one listing: the last few results are kept, so each text
 * is folded once per listing. Results are shared, so callers must not change them.
 */
const recent = new Map<string, FoldedText>();
const RECENT = 8;

export function foldText(text: string): FoldedText {
  let result = recent.get(text);
  if (result === undefined) {
    result = foldUncached(text);
    if (recent.size >= RECENT) recent.clear();
    recent.set(text, result);
  }
  return result;
}

/** Folds a lexicon term or mark the same way listing text is folded. */
export const foldTerm = (term: string): string => term.normalize('NFKC').toLowerCase();

/** Maps a [start, end) range of the folded text back to the original text. */
export function originalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  if (text.originStart === null || text.originEnd === null) return { start, end };
  const last = Math.max(start, end - 1);
  return { start: text.originStart[start] ?? 0, end: end > start ? (text.originEnd[last] ?? 0) : (text.originStart[start] ?? 0) };
}

/** The folded index where each original index begins (−1 inside a character that folds with the one before it). */
const foldedStarts = new WeakMap<FoldedText, Int32Array>();

/**
 * The folded form of original text [start, end), taken from the whole text's folding when both ends fall between
 * folded characters; null when they do not (a combining mark cut from its base), so the caller folds the slice.
 */
export function foldedSlice(text: FoldedText, originalLength: number, start: number, end: number): string | null {
  const from = foldedPosition(text, originalLength, start);
  const to = foldedPosition(text, originalLength, end);
  return from < 0 || to < 0 ? null : text.folded.slice(from, to);
}

/** The folded index where original index `at` begins; −1 inside a character that folds with the one before it. */
export function foldedPosition(text: FoldedText, originalLength: number, at: number): number {
  const { originStart } = text;
  if (originStart === null) return at;
  let starts = foldedStarts.get(text);
  if (starts === undefined) {
    starts = new Int32Array(originalLength + 1).fill(-1);
    for (let f = originStart.length - 1; f >= 0; f -= 1) starts[originStart[f]!] = f;
    foldedStarts.set(text, starts);
  }
  return starts[at] ?? -1;
}
