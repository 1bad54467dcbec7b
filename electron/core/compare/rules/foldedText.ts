// Case- and width-folds text (NFKC, then lower case) while remembering where each folded character came from,
// so a match in the folded text can be reported as start/end indexes into the ORIGINAL text.

export interface FoldedText {
  folded: string;
  /**
   * For each UTF-16 index of `folded` (plus one past the end), the index in the original text; null when folding
   * kept every character in place (ASCII text, where folded index = original index).
   */
  originStart: Int32Array | null;
  originEnd: Int32Array | null;
}

/** A base character with the combining marks that follow it: NFKC may compose them, so they fold together. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

/** ASCII that no combining mark follows: it folds by lower-casing alone, one character for one. */
const PLAIN_RUN = /(?:[\x00-\x7f](?!\p{M}))+/uy;
const ALL_ASCII = /^[\x00-\x7f]*$/;

function foldUncached(text: string): FoldedText {
  // Most listings are ASCII: lower-casing alone folds them, and every index stays where it was.
  if (ALL_ASCII.test(text)) return { folded: text.toLowerCase(), originStart: null, originEnd: null };
  let folded = '';
  const originStart: number[] = [];
  const originEnd: number[] = [];
  let at = 0;
  while (at < text.length) {
    PLAIN_RUN.lastIndex = at;
    const plain = PLAIN_RUN.exec(text);
    if (plain) {
      folded += plain[0].toLowerCase();
      for (let i = at; i < at + plain[0].length; i += 1) {
        originStart.push(i);
        originEnd.push(i + 1);
      }
      at += plain[0].length;
      continue;
    }
    CLUSTER.lastIndex = at;
    const cluster = CLUSTER.exec(text)!;
    const end = at + cluster[0].length;
    const piece = cluster[0].normalize('NFKC').toLowerCase();
    for (let i = 0; i < piece.length; i += 1) {
      originStart.push(at);
      originEnd.push(end);
    }
    folded += piece;
    at = end;
  }
  originStart.push(text.length);
  originEnd.push(text.length);
  return { folded, originStart: Int32Array.from(originStart), originEnd: Int32Array.from(originEnd) };
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
