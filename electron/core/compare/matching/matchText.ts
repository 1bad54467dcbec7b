// Turns product names and listing text into weighted matching features: words, character trigrams, model codes
// and CJK characters and bigrams, after folding width, case, accents and look-alike letters to one form.

/**
 * How much each kind of shared feature counts relative to a whole word, by key prefix: w word, s part of a word split
 * at a letter/digit boundary, t character trigram, c model code (identifies a product), z CJK character, y CJK bigram.
 */
export const KIND_WEIGHT: Readonly<Record<string, number>> = { w: 1, s: 0.5, t: 0.12, c: 2.5, z: 0.5, y: 0.9 };

/** What reading a text collects: its features, given one by one to `add`, and its codes and title words. */
export interface FeatureCollector {
  /** Takes one feature: its kind (a KIND_WEIGHT key), its text, and the source weight it was seen with. */
  add(kind: string, text: string, weight: number): void;
  /** Model codes (letters and digits, punctuation removed), for prefix comparison. */
  codes: string[];
  /** How many of the codes came from the title. */
  titleCodes: number;
  /** Whole words of the title (source weight 1), for spotting the brand. */
  words: Set<string>;
  /** Takes a whole compound instead of addCompound, for a collector that remembers what each one adds. */
  addCompound?(compound: string, sourceWeight: number): void;
}

export interface TextFeatures extends FeatureCollector {
  /** Feature key (kind prefix + text) → the largest source weight it was seen with (title 1, description less). */
  features: Map<string, number>;
}

const CJK_RUN = /([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+)/u;
/** A compound of letters and digits, joined by separators ("FS-105"); read with forEachCompound, which finds the same. */
export const COMPOUND = /[\p{L}\p{N}]+(?:[-./_+][\p{L}\p{N}]+)*/gu;
const SEPARATOR = /[-./_+]/u;
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/** Cyrillic and Greek letters that counterfeiters use to pass for Latin ones (after lower-casing). */
const LOOKALIKE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`, 'gu');
const MIXED_SCRIPT_WORD = /[\p{Script=Latin}][\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}][\p{Script=Latin}]/u;

/** NFKC, lower case, no accents; look-alike letters become Latin inside words that mix scripts or are all look-alikes. */
export function foldText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const folded = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
  if (!/[\u0370-\u04ff]/u.test(folded)) return folded;
  // Only words that mix scripts are disguises; a Russian title's own words stay Russian.
  return folded.replace(/[\p{L}\p{N}]+/gu, (word) => (MIXED_SCRIPT_WORD.test(word) ? word.replace(LOOKALIKE_CHARS, (ch) => LOOKALIKE[ch] ?? ch) : word));
}

/** Whether each BMP code unit is a letter or digit (\p{L} or \p{N}): 0 not yet asked, 1 yes, 2 no. */
const letterOrDigitUnits = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2 UTF-16 units) of the letter or digit at `i`, or 0 when there is none there. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = letterOrDigitUnits[c]!;
  if (known === 0) letterOrDigitUnits[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

const isCompoundSeparator = (code: number): boolean => code === 45 || code === 46 || code === 47 || code === 95 || code === 43;

/**
 * Calls `found(start, end)` for each match of COMPOUND in the text, as matchAll would find them, with a scan of
 * character codes: the regular expression's Unicode classes and match objects cost more than what follows.
 */
export function forEachCompound(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    let w = letterOrDigitAt(text, i);
    if (w === 0) {
      // The next place a match may start: one code point on, as a Unicode regular expression moves.
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    for (i += w; i < n && (w = letterOrDigitAt(text, i)) > 0; ) i += w;
    // A separator followed by more letters or digits continues the compound ("FS-105", "v2.1").
    while (i + 1 < n && isCompoundSeparator(text.charCodeAt(i)) && (w = letterOrDigitAt(text, i + 1)) > 0) {
      for (i += 1 + w; i < n && (w = letterOrDigitAt(text, i)) > 0; ) i += w;
    }
    found(start, i);
  }
}

/** A model code as compared: letters and digits only, at least four characters, with a digit in it. */
export function modelCode(compound: string): string | null {
  if (!HAS_DIGIT.test(compound)) return null;
  const code = compound.replace(/[-./_+]/gu, '');
  if (code.length < 4) return null;
  // A pure number is a code only when long (a part number, not "34" or "2025").
  if (!HAS_LETTER.test(code) && code.length < 5) return null;
  return code;
}

/** Adds the features of one piece of text, each with the given source weight, to what a collector has. */
export function addTextFeatures(into: FeatureCollector, text: string, sourceWeight: number): void {
  if (!text) return;
  const pieces = foldText(text).split(CJK_RUN);
  for (let p = 0; p < pieces.length; p += 1) {
    const piece = pieces[p] as string;
    if (p % 2 === 1) {
      // A CJK run: each character, and each adjacent pair, since Chinese titles do not space words.
      const chars = Array.from(piece);
      for (let i = 0; i < chars.length; i += 1) {
        into.add('z', chars[i] as string, sourceWeight);
        if (i + 1 < chars.length) into.add('y', `${chars[i]}${chars[i + 1]}`, sourceWeight);
      }
      continue;
    }
    forEachCompound(piece, (start, end) => {
      const compound = piece.slice(start, end);
      if (into.addCompound) into.addCompound(compound, sourceWeight);
      else addCompound(into, compound, sourceWeight);
    });
  }
}

/**
 * Adds the features of one compound ("FS-105", "Velia"): its model code and its words. What it adds depends only
 * on the compound and on whether the source weight is 1, so a collector may remember it (see addCompound above).
 */
export function addCompound(into: FeatureCollector, compound: string, sourceWeight: number): void {
  const code = modelCode(compound);
  if (code !== null) {
    into.add('c', code, sourceWeight);
    into.codes.push(code);
    if (sourceWeight === 1) into.titleCodes += 1;
  }
  for (const word of compound.split(SEPARATOR)) addWord(into, word, sourceWeight);
}

/** Whether a word has digits and letters: a char-code scan, since this runs for every word of every listing. */
function digitsAndLetters(word: string): { digits: boolean; letters: boolean } {
  let digits = false;
  let letters = false;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = true;
    else if (c < 128) letters = true;
    else if (HAS_DIGIT.test(word[i] as string)) digits = true;
    else letters = true;
  }
  return { digits, letters };
}

function addWord(into: FeatureCollector, word: string, sourceWeight: number): void {
  if (!word) return;
  if (sourceWeight === 1) into.words.add(word);
  into.add('w', word, sourceWeight);
  const { digits, letters } = digitsAndLetters(word);
  if (digits && letters) {
    for (const part of word.split(LETTER_DIGIT_BOUNDARY)) if (part !== word) into.add('s', part, sourceWeight);
  }
  // Trigrams catch misspellings and split codes in names and titles; in descriptions they would only add noise.
  if (sourceWeight === 1 && letters && word.length >= 3) {
    const padded = `#${word}#`;
    for (let i = 0; i + 3 <= padded.length; i += 1) into.add('t', padded.slice(i, i + 3), sourceWeight);
  }
}

/** The features of a text as a map from key (kind prefix + text) to the largest source weight seen. */
export function textFeatures(text: string, sourceWeight = 1): TextFeatures {
  const features = new Map<string, number>();
  const into: TextFeatures = {
    features,
    codes: [],
    titleCodes: 0,
    words: new Set(),
    add(kind, featureText, weight) {
      const key = `${kind}${featureText}`;
      const seen = features.get(key);
      if (seen === undefined || seen < weight) features.set(key, weight);
    },
  };
  addTextFeatures(into, text, sourceWeight);
  return into;
}
