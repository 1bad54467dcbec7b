import { describe, expect, it } from 'vitest';
import { allowedEdits, brandMisspellingRule } from '../../electron/core/compare/rules/brandMisspellingRule';
import { context, listing } from './ruleFixtures';

const check = (title: string, marks = ['Corvanne']) => brandMisspellingRule(listing({ title, description: '', sellerName: '' }), null, context({ protectedMarks: marks }));

describe('the brand misspelling rule', () => {
  it('does not flag the exact mark, in any case or width', () => {
    expect(check('Corvanne CORVANNE corvanne ＣＯＲＶＡＮＮＥ Corvanne-style')).toEqual([]);
  });

  it('flags a word one edit from the mark and says which letter differs', () => {
    const [finding] = check('Korvanne tote');
    expect(finding).toMatchObject({ rule: 'brand.misspelling', severity: 'medium', expected: 'Corvanne', observed: 'Korvanne', where: { field: 'title', start: 0, end: 8 } });
    expect(finding?.message).toBe('The title writes "Korvanne", one edit from the mark "Corvanne": "k" in place of "c".');
  });

  it.each([
    ['Corvane', '"n" left out'],
    ['Corvvanne', 'an extra "v"'],
    ['Cor-vanne', 'an extra hyphen'],
    ['Corvnane', '"na" with its letters swapped'],
    ['Corvnne', '"a" left out'],
  ])('explains the edit in "%s"', (word, explanation) => {
    expect(check(`${word} bag`)[0]?.message).toContain(explanation);
  });

  it('allows two edits for a mark of 8 or more letters but only one for 5 to 7, and none below 5', () => {
    expect([allowedEdits(4), allowedEdits(5), allowedEdits(7), allowedEdits(8)]).toEqual([0, 1, 1, 2]);
    expect(check('Corvan bag').map((f) => f.observed)).toEqual(['Corvan']);
    expect(check('Corva bag')).toEqual([]);
    expect(check('Aurele bag', ['Aurelle']).map((f) => f.observed)).toEqual(['Aurele']);
    expect(check('Aurle bag', ['Aurelle'])).toEqual([]);
    expect(check('Vexo bag', ['Vexa'])).toEqual([]);
  });

  it('flags a Cyrillic look-alike letter, naming the character and its code point', () => {
    const [finding] = check('Corvann\u0435 Aurelle');
    expect(finding).toMatchObject({ rule: 'brand.lookalike_characters', severity: 'high', observed: 'Corvann\u0435' });
    expect(finding?.message).toBe('The title writes "Corvannе", imitating the mark "Corvanne" with look-alike characters: Cyrillic "е" (U+0435) in place of "e".');
  });

  it('flags a Greek omicron, a digit for a letter and an @ for an a', () => {
    expect(check('C\u03bfrvanne')[0]?.message).toContain('Greek "ο" (U+03BF) in place of "o"');
    expect(check('C0rvanne')[0]?.message).toContain('the digit "0" in place of "o"');
    expect(check('Corv@nne')[0]?.message).toContain('the symbol "@" in place of "a"');
  });

  it('flags a word written entirely in capital Cyrillic look-alikes', () => {
    expect(check('\u0421\u041eRV\u0410NN\u0415')[0]?.rule).toBe('brand.lookalike_characters');
  });

  it('names both the look-alike and the edit when a word has both', () => {
    const [finding] = check('C0rvane');
    expect(finding?.rule).toBe('brand.misspelling');
    expect(finding?.message).toContain('the digit "0" in place of "o"');
    expect(finding?.message).toContain('"n" left out');
  });

  it('flags the mark spelt out letter by letter', () => {
    const [finding] = check('C O R V A N N E handbag');
    expect(finding).toMatchObject({ rule: 'brand.spaced_out', observed: 'C O R V A N N E' });
  });

  it('finds a misspelling glued to Chinese text', () => {
    expect(check('Korvanne高仿包').map((f) => f.observed)).toEqual(['Korvanne']);
  });

  it('checks a two-word mark against two consecutive words', () => {
    expect(check('Maison Korvanne sale', ['Maison Corvanne']).map((f) => f.observed)).toEqual(['Maison Korvanne']);
  });

  it('leaves ordinary words alone', () => {
    expect(check('Caravan canvas tote, convenient, corner')).toEqual([]);
  });

  it('reports the same misspelling once even when repeated', () => {
    expect(check('Korvanne Korvanne')).toHaveLength(1);
  });

  it('compares a mark once when the brand name and a registration write it in different case or width', () => {
    // A brand "Corvanne" with the word mark CORVANNE: one finding per misspelt word, naming the mark as first listed.
    const findings = check('Korvanne bag, C0rvanne tote, C O R V A N N E', ['Corvanne', 'CORVANNE', 'Ｃｏｒｖａｎｎｅ']);
    expect(findings.map((f) => [f.rule, f.expected, f.observed])).toEqual([
      ['brand.misspelling', 'Corvanne', 'Korvanne'],
      ['brand.lookalike_characters', 'Corvanne', 'C0rvanne'],
      ['brand.spaced_out', 'Corvanne', 'C O R V A N N E'],
    ]);
  });

  it('reads the seller name, marking the field', () => {
    const findings = brandMisspellingRule(listing({ title: 'Tote', description: '', sellerName: 'Korvanne Outlet' }), null, context());
    expect(findings[0]?.where).toEqual({ field: 'seller', start: 0, end: 8 });
  });

  it('finds nothing in a listing with no title', () => {
    expect(check('')).toEqual([]);
  });
});
