// The combined term search (one Aho–Corasick pass, each hit confirmed by its term's pattern) must find exactly
// what searching the terms one by one finds: checked against a term-by-term search on arbitrary text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLOUR_WORDS, MATERIAL_WORDS } from '../../electron/core/compare/rules/catalogueVocabulary';
import { foldText } from '../../electron/core/compare/rules/foldedText';
import { allMatches, compileTerms, longestMatches, matchRanges, type TermSet } from '../../electron/core/compare/rules/termMatcher';
import { LEXICON } from './ruleFixtures';

/** The term-by-term search the automaton replaces: every term's matchRanges, longest kept, ties to earlier terms. */
function oneByOne<T>(text: string, set: TermSet<T>): { value: T; start: number; end: number }[] {
  const folded = foldText(text);
  const candidates = set.terms.flatMap(({ pattern, value }) => matchRanges(pattern, folded).map((r) => ({ value, ...r })));
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof candidates = [];
  for (const hit of candidates) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

const lexicon = compileTerms(LEXICON.entries.map((e) => ({ term: e.term, value: e.term })));
const colours = compileTerms(COLOUR_WORDS.map(([term, value]) => ({ term, value })));
const materials = compileTerms(MATERIAL_WORDS.map(([term, value]) => ({ term, value })));
const tricky = compileTerms(['aa', 'a-a', '-50%', 'x_', 'ya', '.*', '1:1', 'super copy', 'super-copy', 'copy', '(', '高仿', 'ç'].map((term) => ({ term, value: term })));

const pieces = ['replica', 'Super-Copy', 'super  copy', 'super_copy', '1:1', '21:15', '高仿', 'A货', 'ＡＡＡ', 'aaa', 'yaaa', 'a-a', '-50%', 'x_', '.*', '(', 'çakma', 'Ç', 'e\u0301', 'Noir', 'PU leather', 'rose gold', ' ', '-', '_', '\u3000', '\u00a0', 'fake', 'fakeroo', 'hàng fake', 'İ', 'ß', '\ud83d\ude00', 'lambskin', 'canvas'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('searching many terms at once', () => {
  it('finds exactly what a term-by-term search finds, for the lexicon, the colour and material words and awkward terms', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const set of [lexicon, colours, materials, tricky]) expect(longestMatches(foldText(t), set)).toEqual(oneByOne(t, set));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds overlapping occurrences of different terms, and a term that starts with a hyphen', () => {
    const hits = allMatches(foldText('Save -50% on a Super-Copy'), tricky).map((h) => `${h.value}@${h.start}`).sort();
    expect(hits).toEqual(['-50%@5', 'copy@21', 'super copy@15', 'super-copy@15']);
  });

  it('takes regular-expression metacharacters in terms literally', () => {
    expect(longestMatches(foldText('a.* b ( c'), tricky).map((h) => h.value)).toEqual(['.*', '(']);
    expect(longestMatches(foldText('abc'), tricky)).toEqual([]);
  });
});
