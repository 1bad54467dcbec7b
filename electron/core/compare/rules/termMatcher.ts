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

/**
 * Terms compiled for searching together. One pass of an Aho–Corasick automaton over the folded text finds every
 * place where some term may start; each place is confirmed with that term's own pattern and boundaries, so the
 * result is exactly what searching term by term gives, for one scan of the text instead of one per term.
 */
export interface TermSet<T> {
  terms: readonly CompiledTerm<T>[];
  automaton: TermAutomaton;
  /** Terms that start or end with a hyphen or underscore, which the automaton does not see: searched one by one. */
  oneByOne: readonly number[];
}

/** Compiles each term once; terms that fold to nothing are dropped. */
export function compileTerms<T>(terms: readonly { term: string; value: T }[]): TermSet<T> {
  const compiled: CompiledTerm<T>[] = [];
  const oneByOne: number[] = [];
  const automaton = new TermAutomaton();
  for (const { term, value } of terms) {
    const pattern = compileTerm(term);
    if (pattern === null) continue;
    const index = compiled.length;
    compiled.push({ pattern, value });
    const key = collapseSeparators(foldTerm(term).trim());
    if (isSeparator(key.charCodeAt(0)) || isSeparator(key.charCodeAt(key.length - 1))) oneByOne.push(index);
    else automaton.add(key, index);
  }
  automaton.finish();
  return { terms: compiled, automaton, oneByOne };
}

/** Whitespace, hyphens and underscores: a space in a term matches any run of them, so the automaton reads one space. */
const SEPARATOR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c += 1) if (/[\s\-_]/u.test(String.fromCharCode(c))) SEPARATOR[c] = 1;
const isSeparator = (code: number): boolean => SEPARATOR[code] === 1;

function collapseSeparators(text: string): string {
  let out = '';
  let inRun = false;
  for (let i = 0; i < text.length; i += 1) {
    if (isSeparator(text.charCodeAt(i))) {
      if (!inRun) out += ' ';
      inRun = true;
    } else {
      out += text[i];
      inRun = false;
    }
  }
  return out;
}

const ASCII = 128;
const SPACE = 32;
/** Where each collapsed position of the scanned text came from; reused across scans, grown when a text is longer. */
let origins = new Int32Array(1024);
/** What a scan found, as pairs (term, start), and how many pairs: reused across scans, grown as needed. */
let foundPairs = new Int32Array(256);
let foundCount = 0;

/** An Aho–Corasick automaton over UTF-16 code units: a full transition table for ASCII, maps for other characters. */
class TermAutomaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Term indexes whose key ends at each node, those of its failure chain included. */
  private readonly out: number[][] = [[]];
  private readonly keyLength: number[] = [];
  private ascii = new Int32Array(ASCII);
  /** 1 for each BMP code unit some key starts with: from the root, any other unit stays at the root. */
  private rootUnits = new Uint8Array(0x10000);
  /** 1 for each node where some key ends. */
  private ends = new Uint8Array(1);

  add(key: string, term: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i += 1) {
      const code = key.charCodeAt(i);
      let child = this.next[node]!.get(code);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[node]!.set(code, child);
      }
      node = child;
    }
    this.out[node]!.push(term);
    this.keyLength[term] = key.length;
  }

  finish(): void {
    const order: number[] = [];
    for (let at = 0, queue = [...this.next[0]!.values()]; at < queue.length; at += 1) {
      const node = queue[at]!;
      order.push(node);
      for (const [code, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = node === 0 ? undefined : this.next[f]!.get(code);
        this.fail[child] = target ?? 0;
        this.out[child] = [...this.out[child]!, ...this.out[this.fail[child]!]!];
        queue.push(child);
      }
    }
    for (const code of this.next[0]!.keys()) this.rootUnits[code] = 1;
    this.ends = Uint8Array.from(this.out, (terms) => (terms.length > 0 ? 1 : 0));
    // ASCII moves resolved through the failure links once, so scanning ASCII text never walks them.
    this.ascii = new Int32Array(this.next.length * ASCII);
    for (const node of [0, ...order]) {
      for (let code = 0; code < ASCII; code += 1) {
        const direct = this.next[node]!.get(code);
        this.ascii[node * ASCII + code] = direct ?? (node === 0 ? 0 : this.ascii[this.fail[node]! * ASCII + code]!);
      }
    }
  }

  private step(node: number, code: number): number {
    if (code < ASCII) return this.ascii[node * ASCII + code]!;
    for (let n = node; n !== 0; n = this.fail[n]!) {
      const child = this.next[n]!.get(code);
      if (child !== undefined) return child;
    }
    return this.rootUnits[code] === 1 ? this.next[0]!.get(code)! : 0;
  }

  /**
   * Finds each place in `text` where a term's key begins, a separator run read as one space: sets foundPairs to
   * (term, start) pairs in the order their keys end, and foundCount to how many.
   */
  scan(text: string): void {
    if (origins.length <= text.length) origins = new Int32Array(text.length * 2 + 1);
    const at = origins;
    const { ends, out, keyLength } = this;
    let node = 0;
    let collapsed = 0;
    let inRun = false;
    foundCount = 0;
    for (let i = 0; i < text.length; i += 1) {
      let code = text.charCodeAt(i);
      if (SEPARATOR[code] === 1) {
        if (inRun) continue;
        inRun = true;
        code = SPACE;
      } else {
        inRun = false;
      }
      at[collapsed] = i;
      collapsed += 1;
      node = this.step(node, code);
      if (ends[node] === 0) continue;
      for (const term of out[node]!) {
        if (foundPairs.length < 2 * foundCount + 2) {
          const grown = new Int32Array(foundPairs.length * 2);
          grown.set(foundPairs);
          foundPairs = grown;
        }
        foundPairs[2 * foundCount] = term;
        foundPairs[2 * foundCount + 1] = at[collapsed - keyLength[term]!]!;
        foundCount += 1;
      }
    }
  }
}

/** A term's pattern, anchored: confirms a match starting exactly at one place. */
const anchored = new WeakMap<TermPattern, RegExp>();
function anchoredRegex(pattern: TermPattern): RegExp {
  let regex = anchored.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern.regex.source, 'uy');
    anchored.set(pattern, regex);
  }
  return regex;
}

/**
 * The matches of one term given the places where it may start (ascending), as matchRanges would find them: the
 * leftmost match from where the last one ended, or one character on from a match rejected at a word boundary.
 */
function confirm(pattern: TermPattern, folded: string, starts: readonly number[], push: (start: number, end: number) => void): void {
  const regex = anchoredRegex(pattern);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    regex.lastIndex = start;
    const m = regex.exec(folded);
    if (m === null) continue;
    const end = start + m[0].length;
    const touchesBefore = pattern.boundaryBefore && isSpacedWordChar(charBefore(folded, start));
    const touchesAfter = pattern.boundaryAfter && end < folded.length && isSpacedWordChar(charAt(folded, end));
    if (!touchesBefore && !touchesAfter) push(start, end);
    from = touchesBefore || touchesAfter ? start + 1 : Math.max(end, start + 1);
  }
}

/** Every match of every term in folded text: the union of matchRanges over the terms, in one scan. */
export function allMatches<T>(text: FoldedText, set: TermSet<T>): { value: T; term: number; start: number; end: number }[] {
  const folded = text.folded;
  const found: { value: T; term: number; start: number; end: number }[] = [];
  set.automaton.scan(folded);
  const startsByTerm = new Map<number, number[]>();
  for (let k = 0; k < foundCount; k += 1) {
    const term = foundPairs[2 * k]!;
    const start = foundPairs[2 * k + 1]!;
    const starts = startsByTerm.get(term);
    if (starts === undefined) startsByTerm.set(term, [start]);
    else starts.push(start);
  }
  for (const [term, starts] of startsByTerm) {
    const { pattern, value } = set.terms[term]!;
    confirm(pattern, folded, starts, (start, end) => found.push({ value, term, start, end }));
  }
  for (const term of set.oneByOne) {
    const { pattern, value } = set.terms[term]!;
    for (const r of matchRanges(pattern, text)) found.push({ value, term, ...r });
  }
  return found;
}

/**
 * Every match of any term in folded text, where overlapping matches keep the longest ("super fake" rather than the
 * "fake" inside it; "PU leather" rather than "leather"), ties going to `prefer`. Ranges index the folded text.
 */
export function longestMatches<T>(text: FoldedText, set: TermSet<T>, prefer: (a: T, b: T) => number = () => 0): { value: T; start: number; end: number }[] {
  const candidates = allMatches(text, set);
  if (candidates.length === 0) return [];
  // Term order breaks the remaining ties, as it did when terms were searched one after another.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || prefer(a.value, b.value) || a.start - b.start || a.term - b.term);
  const kept: typeof candidates = [];
  for (const hit of candidates) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ value, start, end }) => ({ value, start, end }));
}
