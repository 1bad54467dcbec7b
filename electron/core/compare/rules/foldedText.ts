// Case- and width-folds text (NFKC, then lower case) while remembering where each folded character came from,
// so a match in the folded text can be reported as start/end indexes into the ORIGINAL text.

export interface FoldedText {
  folded: string;
  /** For each UTF-16 index of `folded` (plus one past the end), the index in the original text. */
  originStart: number[];
  originEnd: number[];
}

/** A base character with the combining marks that follow it: NFKC may compose them, so they fold together. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

/** ASCII that no combining mark follows: it folds by lower-casing alone, one character for one. */
const PLAIN_RUN = /(?:[\x00-\x7f](?!\p{M}))+/uy;

export function foldText(text: string): FoldedText {
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
  return { folded, originStart, originEnd };
}

/** Folds a lexicon term or mark the same way listing text is folded. */
export const foldTerm = (term: string): string => term.normalize('NFKC').toLowerCase();

/** Maps a [start, end) range of the folded text back to the original text. */
export function originalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const last = Math.max(start, end - 1);
  return { start: text.originStart[start] ?? 0, end: end > start ? (text.originEnd[last] ?? 0) : (text.originStart[start] ?? 0) };
}
