// The brand rule finds words by scanning character codes instead of running its WORD expression: the two must
// agree on every text, whatever its scripts, hyphens, combining marks, symbols or lone surrogates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord, WORD } from '../../electron/core/compare/rules/brandMisspellingRule';

const scanned = (text: string): [number, number][] => {
  const ranges: [number, number][] = [];
  forEachWord(text, (start, end) => ranges.push([start, end]));
  return ranges;
};
const matched = (text: string): [number, number][] => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

/** Pieces that sit on the edges of words: hyphens, marks, look-alikes, CJK, Thai, astral letters, lone surrogates. */
const PIECES = ['Corvanne', 'Cor-vanne', '-', '--', ' ', 'e\u0301', '\u0301', 'Corvannе', 'C0rv@nne', '$', '高仿', 'ของแท้', '𝐂𝐨𝐫𝐯', '😀', '\ud800', '\udc00', 'ﬁ', 'Ｃｏｒｖ', '_', '.', '\n', 'ß', 'İ'];

describe('the brand rule’s word scan', () => {
  it('finds exactly the ranges its WORD expression finds, on text built from awkward pieces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect(scanned(text)).toEqual(matched(text));
    }), { numRuns: 3000 });
  });

  it('finds exactly the ranges its WORD expression finds, on any Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(scanned(text)).toEqual(matched(text));
    }), { numRuns: 3000 });
  });

  it('keeps hyphenated parts together and ends a word at CJK', () => {
    expect(scanned('Cor-vanne高仿 bag -x- ')).toEqual([[0, 9], [12, 15], [17, 18]]);
  });
});
