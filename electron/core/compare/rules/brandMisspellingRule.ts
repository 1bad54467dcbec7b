// Brand misspellings and look-alikes: words a small edit away from a protected mark ("Korvanne", "Corvane"),
// written with look-alike characters ("Corvannе" with Cyrillic е, "C0rvanne", "Corv@nne") or spaced out.
import { alignToMark, type Edit } from './editDistance';
import type { Finding, Rule } from './finding';
import { foldedPosition, foldedSlice, foldTerm, foldText, type FoldedText } from './foldedText';
import { describeCharacter, hasLookalike, LOOKALIKE_CHARACTERS } from './homoglyphs';
import { weightOf, type RuleId } from './ruleWeights';
import { UNSPACED_CLASS } from './termMatcher';
import { listingTexts, type ListingText } from './textFields';

/**
 * A word: letters, digits and the symbols that stand in for letters, hyphenated parts kept together ("Cor-vanne").
 * CJK and Thai characters end a word, so "Corvanne高仿" yields the word "Corvanne".
 */
const WORD_CHAR = `(?:(?!${UNSPACED_CLASS})[\\p{L}\\p{N}\\p{M}@$])`;
/** The words as a regular expression; the rule scans for them with forEachWord, which finds the same. */
export const WORD = new RegExp(`${WORD_CHAR}+(?:-${WORD_CHAR}+)*`, 'gu');
/** Single letters separated by one space or dot: "C O R V A N N E", "C.O.R.V.A.N.N.E". */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .]){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

/** Edits allowed for a mark of this many letters: none under 5, one for 5–7, two for 8 or more. */
export const allowedEdits = (letters: number): number => (letters >= 8 ? 2 : letters >= 5 ? 1 : 0);

interface Candidate {
  source: ListingText;
  start: number;
  end: number;
}

function editText(edit: Edit): string {
  switch (edit.kind) {
    case 'lookalike':
      return `${describeCharacter(edit.observed)} in place of "${edit.intended}"`;
    case 'substitute':
      return `"${edit.observed}" in place of "${edit.intended}"`;
    case 'missing':
      return `"${edit.intended}" left out`;
    case 'extra':
      return `an extra ${edit.observed === '-' ? 'hyphen' : `"${edit.observed}"`}`;
    case 'swap':
      return `"${edit.observed}" with its letters swapped`;
  }
}

/** The words of a text and the runs of spaced-out letters in it, found once per text whatever the number of marks. */
interface TextCandidates {
  /** Each word's range in the original text and in the folded text (−1 where a boundary falls inside a character). */
  words: { start: number; end: number; foldedStart: number; foldedEnd: number }[];
  spaced: Candidate[];
  whole: FoldedText;
  /**
   * Whether a window's folded words count its code points, one per UTF-16 unit, with no run of spaces to collapse:
   * true when the folded text has no surrogate pair and no two spaces in a row. Found when first needed.
   */
  countable: boolean | null;
  /** The fewest folded characters between two words: one where folding keeps every character in place, none assumed otherwise. */
  gap: number;
}

function textCandidates(source: ListingText, whole: FoldedText): TextCandidates {
  const { text } = source;
  const words: TextCandidates['words'] = [];
  forEachWord(text, (start, end) => words.push({ start, end, foldedStart: foldedPosition(whole, text.length, start), foldedEnd: foldedPosition(whole, text.length, end) }));
  const spaced = mayHaveSpacedLetters(text) ? [...text.matchAll(SPACED_LETTERS)].map((m) => ({ source, start: m.index, end: m.index + m[0].length })) : [];
  return { words, spaced, whole, countable: null, gap: whole.originStart === null ? 1 : 0 };
}

/** A space or a dot. */
const isSpacer = (code: number): boolean => code === 32 || code === 46;

/**
 * Whether SPACED_LETTERS may match: it needs a letter (one or two UTF-16 units) between two spaces or dots. Few
 * texts have one, and this check costs a fraction of the regular expression's Unicode classes and look-behind.
 */
function mayHaveSpacedLetters(text: string): boolean {
  for (let i = 0; i + 2 < text.length; i += 1) {
    if (isSpacer(text.charCodeAt(i)) && (isSpacer(text.charCodeAt(i + 2)) || (i + 3 < text.length && isSpacer(text.charCodeAt(i + 3))))) return true;
  }
  return false;
}

const UNCOUNTABLE = /[\ud800-\udfff]|\s\s/u;

const ONE_WORD_CHAR = new RegExp(`^${WORD_CHAR}$`, 'u');
/** Whether each BMP character is a word character: 0 not yet asked, 1 yes, 2 no. */
const wordChars = new Int8Array(0x10000);

/** The length (1 or 2 UTF-16 units) of the word character at `i`, or 0 when there is none there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ONE_WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wordChars[c]!;
  if (known === 0) wordChars[c] = known = ONE_WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * Calls `found(start, end)` for each match of WORD in the text, as matchAll would find them, with a scan of
 * character codes: the regular expression's Unicode classes cost more than the rest of the rule.
 */
export function forEachWord(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i += 1;
      continue;
    }
    const start = i;
    for (i += w; i < n && (w = wordCharAt(text, i)) > 0; ) i += w;
    // "-" followed by more word characters continues the word ("Cor-vanne").
    while (i + 1 < n && text.charCodeAt(i) === 45 && (w = wordCharAt(text, i + 1)) > 0) {
      for (i += 1 + w; i < n && (w = wordCharAt(text, i)) > 0; ) i += w;
    }
    found(start, i);
  }
}

/**
 * Whether the window of words from `first` (as many as the mark has) is too short or too long to be within the
 * allowed edits of the mark, told from its folded length alone: it folds to at most its folded span (runs of spaces
 * collapse), to exactly that when countable, and in ASCII to at least its words and one separator between each two.
 * Most windows of a listing are rejected here without being cut out of the text and judged.
 */
function outOfReach(found: TextCandidates, first: number, mark: PreparedMark): boolean {
  const { words } = found;
  const last = first + mark.size - 1;
  const from = words[first]!.foldedStart;
  const to = words[last]!.foldedEnd;
  if (from < 0 || to < 0) return false;
  const limit = allowedEdits(mark.letters);
  if (to - from < mark.chars.length - limit) return true;
  // Countable: the window folds to exactly its span.
  found.countable ??= !UNCOUNTABLE.test(found.whole.folded);
  if (found.countable) return to - from > mark.chars.length + limit;
  if (found.gap === 0) return false;
  let least = found.gap * (mark.size - 1);
  for (let i = first; i <= last; i += 1) least += words[i]!.foldedEnd - words[i]!.foldedStart;
  return least > mark.chars.length + limit;
}

/** tooForeign for the window of words from `first`, when both its ends fall between folded characters. */
function tooForeignWindow(found: TextCandidates, first: number, mark: PreparedMark): boolean {
  const from = found.words[first]!.foldedStart;
  const to = found.words[first + mark.size - 1]!.foldedEnd;
  return from >= 0 && to >= 0 && tooForeign(found.whole.folded, from, to, mark, allowedEdits(mark.letters));
}

/** A protected mark as the rule compares it, prepared once per list of marks. */
interface PreparedMark {
  mark: string;
  /** How many words the mark has: candidates span as many words. */
  size: number;
  folded: string;
  chars: string[];
  letters: number;
  /** The mark's characters, each once, and how often each occurs: a quick lower bound on the edit distance. */
  distinct: string[];
  counts: number[];
  /** Verdicts already given, by the folded text judged: listings repeat the same words again and again. */
  verdicts: Map<string, Verdict | null>;
  /**
   * 1 for each UTF-16 unit that may cost no edit against the mark (one of its characters, a look-alike, white space,
   * half of a surrogate pair); null when the mark has too many distinct characters for surplusCharacters to count.
   */
  free: Uint8Array | null;
}

interface Verdict {
  rule: RuleId;
  edits: Edit[];
}

/** Enough verdicts to hold a catalogue's and a marketplace's common words; the cache starts again past it. */
const VERDICTS_KEPT = 50_000;

const preparedMarks = new WeakMap<readonly string[], PreparedMark[]>();
/**
 * The marks as the rule compares them, each folded form once: a brand named "Corvanne" with the word mark CORVANNE
 * is one mark to compare against, named as first listed, not two giving the same finding twice.
 */
function prepareMarks(marks: readonly string[]): PreparedMark[] {
  let prepared = preparedMarks.get(marks);
  if (prepared === undefined) {
    const byFolded = new Map<string, PreparedMark>();
    for (const m of marks) {
      if (typeof m !== 'string' || m.trim() === '') continue;
      const mark = m.trim();
      const folded = foldTerm(mark).replace(/\s+/gu, ' ');
      if (byFolded.has(folded)) continue;
      const chars = [...folded];
      const distinct = [...new Set(chars)];
      const counts = distinct.map((d) => chars.filter((ch) => ch === d).length);
      byFolded.set(folded, { mark, size: mark.split(/\s+/u).length, folded, chars, letters: folded.replace(/\s/g, '').length, distinct, counts, verdicts: new Map(), free: freeUnits(distinct) });
    }
    prepared = [...byFolded.values()];
    preparedMarks.set(marks, prepared);
  }
  return prepared;
}

const HAS_LETTER = /\p{L}/u;

/** White space, surrogates and look-alike characters: units that never count as surplus against any mark. */
let alwaysFree: Uint8Array | null = null;

function freeUnits(distinct: readonly string[]): Uint8Array | null {
  if (distinct.length > used.length) return null;
  if (alwaysFree === null) {
    alwaysFree = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c += 1) if ((c >= 0xd800 && c <= 0xdfff) || /\s/u.test(String.fromCharCode(c))) alwaysFree[c] = 1;
    for (const ch of LOOKALIKE_CHARACTERS) alwaysFree[ch.charCodeAt(0)] = 1;
  }
  const free = alwaysFree.slice();
  for (const ch of distinct) if (ch.length === 1) free[ch.charCodeAt(0)] = 1;
  return free;
}

/**
 * Whether folded text [from, to) holds more characters the mark lacks than it allows edits: a lower bound on its
 * surplusCharacters, counted in place, so the many words that share little with the mark are never cut out and judged.
 */
function tooForeign(folded: string, from: number, to: number, mark: PreparedMark, limit: number): boolean {
  const free = mark.free;
  if (free === null) return false;
  let foreign = 0;
  for (let i = from; i < to; i += 1) {
    if (free[folded.charCodeAt(i)] === 0 && ++foreign > limit) return true;
  }
  return false;
}

/** How many of each mark character a word has used up, reused from word to word. */
const used = new Int32Array(64);

/**
 * A lower bound on the edits between a word and a mark: each edit accounts for at most one character of the word
 * that the mark does not have (look-alike characters, which may stand for any letter, never count). Most words of a
 * listing are rejected by this count without aligning them to the mark.
 */
function surplusCharacters(chars: readonly string[], mark: PreparedMark): number {
  const distinct = mark.distinct;
  if (distinct.length > used.length) return 0;
  used.fill(0, 0, distinct.length);
  let surplus = 0;
  for (const ch of chars) {
    const at = distinct.indexOf(ch);
    if (at >= 0 && used[at]! < mark.counts[at]!) used[at] = used[at]! + 1;
    else if (!hasLookalike(ch)) surplus += 1;
  }
  return surplus;
}

/** The verdict on one candidate; `folded` is its range in the folded text when known (−1 ends when not). */
function judge(candidate: Candidate, whole: FoldedText, mark: PreparedMark, spaced: boolean, foldedStart = -1, foldedEnd = -1): Verdict | null {
  const { text } = candidate.source;
  const sliced = foldedStart >= 0 && foldedEnd >= 0
    ? whole.folded.slice(foldedStart, foldedEnd)
    : foldedSlice(whole, text.length, candidate.start, candidate.end) ?? foldText(text.slice(candidate.start, candidate.end)).folded;
  if (spaced) return judgeFolded(sliced, mark, true);
  let verdict = mark.verdicts.get(sliced);
  if (verdict === undefined) {
    verdict = judgeFolded(sliced, mark, false);
    if (mark.verdicts.size >= VERDICTS_KEPT) mark.verdicts.clear();
    mark.verdicts.set(sliced, verdict);
  }
  return verdict;
}

/** The verdict on one candidate's folded text: a pure function of that text and the mark. */
function judgeFolded(sliced: string, mark: PreparedMark, spaced: boolean): Verdict | null {
  const folded = spaced ? sliced.replace(/[ .]/g, '') : /\s/u.test(sliced) ? sliced.replace(/\s+/gu, ' ') : sliced;
  if (folded === mark.folded) return spaced ? { rule: 'brand.spaced_out', edits: [] } : null;
  if (mark.letters < 3) return null;
  const limit = spaced ? 0 : allowedEdits(mark.letters);
  // A word far longer or shorter than the mark cannot be within the allowed edits (code points never outnumber
  // UTF-16 units, so the first test is safe before counting them).
  if (folded.length < mark.chars.length - limit) return null;
  const chars = [...folded];
  if (Math.abs(chars.length - mark.chars.length) > limit) return null;
  if (!HAS_LETTER.test(folded)) return null;
  if (surplusCharacters(chars, mark) > limit) return null;
  const alignment = alignToMark(chars, mark.chars, limit);
  if (alignment === null) return null;
  if (alignment.distance === 0) return { rule: spaced ? 'brand.spaced_out' : 'brand.lookalike_characters', edits: alignment.edits };
  return { rule: 'brand.misspelling', edits: alignment.edits };
}

/** What the observed word does to the mark, said after it: 'one edit from the mark "Corvanne": "k" in place of "c"'. */
function sentence(rule: RuleId, mark: string, edits: Edit[]): string {
  const differences = edits.map(editText).join(', ');
  if (rule === 'brand.spaced_out') return `the mark "${mark}" spelt out letter by letter${differences ? `, with ${differences}` : ''}`;
  if (rule === 'brand.lookalike_characters') return `imitating the mark "${mark}" with look-alike characters: ${differences}`;
  const count = edits.filter((e) => e.kind !== 'lookalike').length;
  return `${count === 1 ? 'one edit' : `${count} edits`} from the mark "${mark}": ${differences}`;
}

export const brandMisspellingRule: Rule = (listing, _product, context) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const marks = prepareMarks(context.protectedMarks);
  if (marks.length === 0) return findings;
  for (const source of listingTexts(listing)) {
    if (source.text === '') continue;
    const whole = foldText(source.text);
    const found = textCandidates(source, whole);
    const { words } = found;
    for (const mark of marks) {
      // Windows of consecutive words, as many as the mark has, then the spaced-out letters. A window can meet a mark
      // of under three letters only by being it exactly, which is no finding: such marks skip the windows.
      const windows = mark.letters < 3 ? 0 : Math.max(0, words.length - mark.size + 1);
      const count = windows + found.spaced.length;
      for (let i = 0; i < count; i += 1) {
        const spaced = i >= windows;
        if (!spaced && (outOfReach(found, i, mark) || tooForeignWindow(found, i, mark))) continue;
        const c = spaced ? found.spaced[i - windows]! : { source, start: words[i]!.start, end: words[i + mark.size - 1]!.end };
        const verdict = spaced ? judge(c, whole, mark, true) : judge(c, whole, mark, false, words[i]!.foldedStart, words[i + mark.size - 1]!.foldedEnd);
        if (verdict === null) continue;
        const observed = source.text.slice(c.start, c.end);
        const key = `${verdict.rule}\u0000${mark.mark}\u0000${observed}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          rule: verdict.rule,
          severity: verdict.rule === 'brand.misspelling' ? 'medium' : 'high',
          expected: mark.mark,
          observed,
          weight: weightOf(context.weights, verdict.rule),
          message: `${source.label} writes "${observed}", ${sentence(verdict.rule, mark.mark, verdict.edits)}.`,
          where: { field: source.field, start: c.start, end: c.end },
        });
      }
    }
  }
  return findings;
};
