import { describe, expect, it } from 'vitest';
import { loadCounterfeitLexicon, type CounterfeitLexicon } from '../../electron/core/compare/rules/counterfeitLexicon';
import { vocabularyRule } from '../../electron/core/compare/rules/vocabularyRule';
import { context, LEXICON, listing, product } from './ruleFixtures';

const find = (over: Parameters<typeof listing>[0], lexicon: CounterfeitLexicon = LEXICON) => vocabularyRule(listing(over), product(), context({ lexicon }));
const lexiconOf = (...terms: string[]) => loadCounterfeitLexicon({ version: 1, entries: terms.map((term) => ({ term, languages: ['en'], weight: 1 })) });

describe('the counterfeit vocabulary rule', () => {
  it('finds "replica" in the title and points at it in the original text', () => {
    const title = 'Corvanne Aurelle Replica Tote';
    const [finding] = find({ title });
    expect(finding).toMatchObject({ rule: 'vocabulary.counterfeit_term', severity: 'high', observed: 'Replica', weight: 55, where: { field: 'title', start: 17, end: 24 } });
    expect(finding?.message).toBe('The title says "Replica", counterfeit vocabulary in English.');
  });

  it('matches full-width text, with indexes into the original full-width characters', () => {
    const title = 'Tote ＡＡＡ grade';
    const [finding] = find({ title });
    expect(finding?.observed).toBe('ＡＡＡ');
    expect(title.slice(finding?.where?.start, finding?.where?.end)).toBe('ＡＡＡ');
  });

  it.each([
    ['高仿 Corvanne 手提包', '高仿', 'Chinese'],
    ['柯梵A货包包', 'A货', 'Chinese'],
    ['原單 復刻 手袋', '原單', 'Chinese'],
    ['Bolso réplica Corvanne', 'réplica', 'Spanish/Portuguese'],
    ['Bolsa primeira linha', 'primeira linha', 'Portuguese'],
    ['Corvanne çakma çanta', 'çakma', 'Turkish'],
    ['กระเป๋าของก๊อปเกรดเอ', 'ของก๊อป', 'Thai'],
    ['Tas tiruan Corvanne', 'tiruan', 'Indonesian'],
    ['Túi xách hàng fake loại 1', 'hàng fake', 'Vietnamese'],
  ])('finds the counterfeit term in "%s"', (title, term, language) => {
    const findings = find({ title });
    expect(findings.map((f) => f.observed)).toContain(term);
    expect(findings.find((f) => f.observed === term)?.message).toContain(`in ${language}`);
  });

  it('matches CJK terms inside a longer run of characters', () => {
    expect(find({ title: '新款精仿女包' }).map((f) => f.observed)).toEqual(['精仿']);
  });

  it('matches Latin terms only as whole words: "fake" is not found in "fakeroo" or "1:1" in "21:15"', () => {
    expect(find({ title: 'Fakeroo bag, ships 21:15' })).toEqual([]);
    expect(find({ title: 'fake bag 1:1' }).map((f) => f.observed)).toEqual(['fake', '1:1']);
  });

  it('matches a Latin term right next to Chinese characters', () => {
    expect(find({ title: '女包1:1高品质' }).map((f) => f.observed)).toEqual(['1:1']);
  });

  it('reports the longer of two overlapping terms: "super fake", not the "fake" inside it', () => {
    expect(find({ title: 'Corvanne super fake' }).map((f) => f.observed)).toEqual(['super fake']);
  });

  it('matches a phrase across hyphens and extra spaces: "Super-Copy", "mirror   quality"', () => {
    expect(find({ title: 'Super-Copy mirror   quality' }).map((f) => f.observed)).toEqual(['Super-Copy', 'mirror quality']);
  });

  it('reads the description and seller name as well, naming the field', () => {
    const findings = find({ title: 'Tote', description: 'Top quality, 1:1 with the original', sellerName: 'Replica House' });
    expect(findings.map((f) => f.where?.field)).toEqual(['description', 'seller']);
  });

  it('reports a term once, saying how often it appears', () => {
    const findings = find({ title: 'Replica tote', description: 'replica, replica' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('It appears 3 times in the listing.');
  });

  it('weights a soft term lower than an outright one', () => {
    const [inspired] = find({ title: 'Corvanne inspired tote' });
    expect(inspired).toMatchObject({ severity: 'low', weight: 22 });
  });

  it('takes a lexicon term that is a regular-expression metacharacter literally', () => {
    const lexicon = lexiconOf('1:1', 'A+', '(AAA)', 'c*', 'x.y', '[rep]', 'a|b');
    expect(find({ title: 'aaa ccc xzy rep ab b' }, lexicon)).toEqual([]);
    expect(find({ title: 'A+ (AAA) c* x.y [rep] a|b 1:1' }, lexicon).map((f) => f.observed)).toEqual(['A+', '(AAA)', 'c*', 'x.y', '[rep]', 'a|b', '1:1']);
  });

  it('finds nothing in a listing with no title and no description', () => {
    expect(find({ title: '', description: '', sellerName: '' })).toEqual([]);
  });

  it('finds nothing in a genuine listing', () => {
    expect(find({})).toEqual([]);
  });

  it('still runs when no product matched', () => {
    expect(vocabularyRule(listing({ title: 'replica' }), null, context())).toHaveLength(1);
  });
});

describe('loading the counterfeit lexicon', () => {
  it('covers every language the issue lists, simplified and traditional Chinese included', () => {
    const languages = new Set(LEXICON.entries.flatMap((e) => e.languages));
    for (const tag of ['en', 'zh-Hans', 'zh-Hant', 'es', 'pt', 'tr', 'th', 'id', 'vi']) expect(languages).toContain(tag);
    const terms = LEXICON.entries.map((e) => e.term);
    for (const term of ['replica', '1:1', 'aaa', 'mirror quality', 'super copy', 'high copy', 'inspired', 'dupe', 'fake', '高仿', 'A货', '原单', '精仿', '复刻', '高倣', '原單', '復刻', 'réplica', 'imitación', 'cópia', 'primeira linha', 'çakma', 'replika', 'ของก๊อป', 'เกรด', 'tiruan', 'kw', 'hàng fake', 'hàng nhái', 'super fake'])
      expect(terms).toContain(term);
  });

  it.each([
    [null, 'not a JSON object'],
    [{ version: 2, entries: [] }, 'version 2'],
    [{ version: 1, entries: [] }, 'no entries'],
    [{ version: 1, entries: [{ term: ' ', languages: ['en'], weight: 1 }] }, 'entry 1 has no term'],
    [{ version: 1, entries: [{ term: 'fake', languages: [], weight: 1 }] }, 'entry 1 ("fake") needs a list of languages'],
    [{ version: 1, entries: [{ term: 'fake', languages: ['en'], weight: 3 }] }, 'entry 1 ("fake") needs a weight from 0 to 1'],
    [{ version: 1, entries: [{ term: 'AAA', languages: ['en'], weight: 1 }, { term: 'ＡＡＡ', languages: ['en'], weight: 1 }] }, 'entry 2 ("ＡＡＡ") repeats entry 1'],
  ])('refuses %j, naming the problem', (json, problem) => {
    expect(() => loadCounterfeitLexicon(json)).toThrow(problem);
  });
});
