// Folding listing text for the rules: the folded text and where each folded character came from, checked against a
// plain reading of what folding means, whichever way foldText takes to get there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, originalRange } from '../../electron/core/compare/rules/foldedText';

/**
 * Folding as foldedText.ts defines it, done the slow way: a run of ASCII that no combining mark follows is
 * lower-cased in place; every other character, with its marks, is NFKC-normalised and lower-cased on its own, and each
 * folded unit it gives comes from the whole of it.
 */
function referenceFold(text: string): { folded: string; origins: { start: number; end: number }[] } {
  const pieces = /(?:[\x00-\x7f](?!\p{M}))+|\P{M}\p{M}*|\p{M}+/suy;
  let folded = '';
  const origins: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length; ) {
    pieces.lastIndex = at;
    const piece = pieces.exec(text)![0];
    const end = at + piece.length;
    const ascii = /^[\x00-\x7f]+$/.test(piece) && !/\p{M}/u.test(text.slice(end, end + 1));
    if (ascii) {
      folded += piece.toLowerCase();
      for (let i = at; i < end; i += 1) origins.push({ start: i, end: i + 1 });
    } else {
      const out = piece.normalize('NFKC').toLowerCase();
      folded += out;
      for (let i = 0; i < out.length; i += 1) origins.push({ start: at, end });
    }
    at = end;
  }
  return { folded, origins };
}

const samples = ['Corvanne', 'CORVANNE', 'réplica', 'ÇAKMA', 'Túi hàng fake', '高仿', 'Ａ货', '１:１', 'ΟΔΟΣ', 'Σ', 'İstanbul', 'ß', 'e\u0301', '\u0301', 'สีดำ', '😀', '\ud83d', 'ﬁ', '㎏', ' ', '-', 'Ⅻ', 'Ǆ', 'Mañana'];
const listingText = fc.oneof(
  fc.array(fc.constantFrom(...samples), { maxLength: 10 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('folding listing text', () => {
  it('folds each character as the plain definition does, and maps each folded character back to where it came from', () => {
    fc.assert(
      fc.property(listingText, (text) => {
        const expected = referenceFold(text);
        const folded = foldText(text);
        expect(folded.folded).toBe(expected.folded);
        for (let i = 0; i < expected.origins.length; i += 1) expect(originalRange(folded, i, i + 1)).toEqual(expected.origins[i]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps accented and CJK text in place, and still tells a capital sigma, a mark or a width change apart', () => {
    expect(foldText('Bolso Corvanne réplica de cuero').originStart).toBeNull();
    expect(foldText('高仿 Corvanne 手表 机械表 1:1').originStart).toBeNull();
    // Σ lower-cases to σ on its own, though to ς at the end of a word in a whole string.
    expect(foldText('ΟΔΟΣ Corvanne').folded).toBe('οδοσ corvanne');
    // A letter and its mark fold as one; a fullwidth letter folds to the ASCII one; İ lower-cases to two units.
    expect(originalRange(foldText('Cafe\u0301 x'), 3, 4)).toEqual({ start: 3, end: 5 });
    expect(foldText('ＡＡＡ 精仿').folded).toBe('aaa 精仿');
    expect(originalRange(foldText('İx'), 2, 3)).toEqual({ start: 1, end: 2 });
  });
});
