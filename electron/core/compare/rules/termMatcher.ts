// Finds a term in folded text: words of spaced scripts (Latin, Cyrillic, Greek…) only on word boundaries,
// CJK and Thai terms as plain substrings. The term is always taken literally, never as a regular expression.
import { foldTerm, type FoldedText } from './foldedText';

/** Scripts written without spaces between words: a term in them may sit inside a longer run. */
export const UNSPACED_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]';
const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** True for a letter or digit of a script that separates words with spaces. */
export const isSpacedWordChar = (ch: string): boolean => ch !== '' && LETTER_OR_DIGIT.test(ch) && !UNSPACED.test(ch);

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


/** A literal term ready to search folded text; the boundary flags say which edges must not touch a word character. */
export interface TermPattern {
  regex: RegExp;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

/**
 * Compiles a literal term for searching folded text. A space in the term matches any run of spaces, hyphens or
 * underscores ("super copy" finds "Super-Copy"); an edge of the term that is a letter or digit of a spaced script
 * must not touch another such letter ("fake" does not find "fakeroo", "1:1" not "21:15"). Boundaries are checked
 * in code rather than with look-arounds, which cost ~1 ms each to compile and slow every search.
 */
export function compileTerm(term: string): TermPattern | null {
  const folded = foldTerm(term).trim();
  if (folded === '') return null;
  const chars = [...folded];
  return {
    regex: new RegExp(folded.split(/\s+/u).map(escapeRegExp).join('[\\s\\-_]+'), 'gu'),
    boundaryBefore: isSpacedWordChar(chars[0] as string),
    boundaryAfter: isSpacedWordChar(chars[chars.length - 1] as string),
  };
}

function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

const charAt = (text: string, index: number): string => String.fromCodePoint(text.codePointAt(index) ?? 32);

/** Every [start, end) range of folded text the compiled term matches. */
export function matchRanges(pattern: TermPattern, text: FoldedText): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const { regex } = pattern;
  const folded = text.folded;
  regex.lastIndex = 0;
  for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const touchesBefore = pattern.boundaryBefore && isSpacedWordChar(charBefore(folded, start));
    const touchesAfter = pattern.boundaryAfter && end < folded.length && isSpacedWordChar(charAt(folded, end));
    if (!touchesBefore && !touchesAfter) ranges.push({ start, end });
    // After a rejected match, look again one character on: a valid match may start inside it.
    regex.lastIndex = touchesBefore || touchesAfter ? start + 1 : Math.max(end, start + 1);
  }
  regex.lastIndex = 0;
  return ranges;
}

export interface CompiledTerm<T> {
  pattern: TermPattern;
  value: T;
}

/** Compiles each term once; terms that fold to nothing are dropped. */
export const compileTerms = <T>(terms: readonly { term: string; value: T }[]): CompiledTerm<T>[] =>
  terms.flatMap(({ term, value }) => {
    const pattern = compileTerm(term);
    return pattern === null ? [] : [{ pattern, value }];
  });

/**
 * Every match of any term in folded text, where overlapping matches keep the longest ("super fake" rather than the
 * "fake" inside it; "PU leather" rather than "leather"), ties going to `prefer`. Ranges index the folded text.
 */
export function longestMatches<T>(text: FoldedText, terms: readonly CompiledTerm<T>[], prefer: (a: T, b: T) => number = () => 0): { value: T; start: number; end: number }[] {
  const candidates = terms.flatMap(({ pattern, value }) => matchRanges(pattern, text).map((r) => ({ value, ...r })));
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || prefer(a.value, b.value) || a.start - b.start);
  const kept: typeof candidates = [];
  for (const hit of candidates) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
