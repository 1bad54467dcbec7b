// Specifies the product matcher: which genuine product a listing claims to be, its score and threshold, and the
// edge cases (empty catalogue, no title, hostile text). Pure: no database, small hand-written catalogues.
import { describe, expect, it } from 'vitest';
import { createProductMatcher, DEFAULT_MATCH_THRESHOLD, type MatchableListing, type MatchableProduct } from '../../electron/core/compare/matching/productMatcher';

const product = (id: number, sku: string, name: string, extra: Partial<MatchableProduct> = {}): MatchableProduct => ({
  id, sku, name, aliases: [], brand: 'Corvanne', category: null, msrp: null, currency: null, msrpUsd: null, ...extra,
});
const listing = (title: string, extra: Partial<MatchableListing> = {}): MatchableListing => ({ title, description: '', brand: '', priceUsd: null, ...extra });

const CATALOGUE: MatchableProduct[] = [
  product(1, 'CV-BG-1001', 'Aurelle Tote 34', { aliases: ['Aurelle 34', '柯梵奥瑞尔托特包34'], msrpUsd: 2540 }),
  product(2, 'CV-BG-1002', 'Aurelle Tote 28', { aliases: ['Aurelle 28', '柯梵 Aurelle 托特包 小号'], msrpUsd: 2020 }),
  product(3, 'CV-SL-2001', 'Quill Bifold Wallet', { aliases: ['Quill Wallet', '柯梵 Quill 短款钱包'], msrpUsd: 540 }),
  product(4, 'CV-WT-3001', 'Meridian Automatic 40', { aliases: ['Meridian 40'], msrpUsd: 6900 }),
  product(5, 'CV-WT-3002', 'Meridian Chronograph 42', { aliases: ['Meridian Chrono'], msrpUsd: 8900 }),
  product(6, 'PSLX350H', 'Sony Turntable - PSLX350H', { brand: 'Sony', msrpUsd: 149 }),
  product(7, 'PSLX300USB', 'Sony USB Turntable - PSLX300USB', { brand: 'Sony', msrpUsd: 199 }),
  product(8, 'CV-SN-4001', 'Riviera Low Sneaker', { aliases: ['Riviera Low'], msrpUsd: 680 }),
];

describe('createProductMatcher', () => {
  const matcher = createProductMatcher(CATALOGUE);

  it('matches an English title to the product it names, above the threshold', () => {
    const result = matcher.match(listing('Replica Corvanne Aurelle Tote 34 Noir Handbag AAA Women', { priceUsd: 180 }));
    expect(result.best?.sku).toBe('CV-BG-1001');
    expect(result.matched).toBe(true);
    expect(result.best?.score).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
  });

  it('matches a Chinese title through the product’s Chinese alias', () => {
    const result = matcher.match(listing('高仿柯梵奥瑞尔托特包34 黑色 包邮'));
    expect(result.best?.sku).toBe('CV-BG-1001');
    expect(result.matched).toBe(true);
  });

  it('matches a model code written with other punctuation and case', () => {
    const result = matcher.match(listing('sony ps-lx350h belt drive record player', { brand: 'SONY' }));
    expect(result.best?.sku).toBe('PSLX350H');
    expect(result.matched).toBe(true);
    expect(matcher.match(listing('Turntable PS.LX350H')).best?.sku).toBe('PSLX350H');
  });

  it('matches a listing that quotes the SKU only in its description', () => {
    const result = matcher.match(listing('Designer wallet', { description: 'Ref. cv-sl-2001, grained leather' }));
    expect(result.best?.sku).toBe('CV-SL-2001');
    expect(result.matched).toBe(true);
  });

  it('matches a look-alike spelling of the name written in Cyrillic letters', () => {
    expect(matcher.match(listing('Corvanne Mеridiаn Automatic 40 watch')).best?.sku).toBe('CV-WT-3001');
  });

  it('prefers the product whose price is plausible when two names tie', () => {
    const twins = [
      product(1, 'A-1', 'Voyageur Weekender', { msrpUsd: 3500 }),
      product(2, 'A-2', 'Voyageur Weekender', { msrpUsd: 90 }),
    ];
    const tied = createProductMatcher(twins);
    expect(tied.match(listing('Voyageur Weekender', { priceUsd: 3300 })).best?.sku).toBe('A-1');
    expect(tied.match(listing('Voyageur Weekender', { priceUsd: 85 })).best?.sku).toBe('A-2');
  });

  it('keeps the top three candidates, best first, even below the threshold', () => {
    const strict = createProductMatcher(CATALOGUE, { threshold: 0.99 });
    const result = strict.match(listing('Corvanne Aurelle bag'));
    expect(result.candidates).toHaveLength(3);
    expect(result.candidates.slice(0, 2).map((c) => c.sku).sort()).toEqual(['CV-BG-1001', 'CV-BG-1002']);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.best).toEqual(result.candidates[0]);
    expect(result.matched).toBe(false);
  });

  it('returns no product for an unrelated listing', () => {
    const result = matcher.match(listing('Stainless steel kitchen knife set with wooden block', { brand: 'Zwilling', priceUsd: 60 }));
    expect(result.matched).toBe(false);
    expect(result.best === null || result.best.score < DEFAULT_MATCH_THRESHOLD).toBe(true);
  });

  it('scores between 0 and 1, and 1 at most for an exact name with its code', () => {
    const result = matcher.match(listing('Sony Turntable - PSLX350H', { brand: 'Sony', priceUsd: 149 }));
    expect(result.best?.score).toBeGreaterThan(0.9);
    expect(result.best?.score).toBeLessThanOrEqual(1);
    for (const c of result.candidates) expect(c.score).toBeGreaterThanOrEqual(0);
  });

  it('returns no product and no candidates from an empty catalogue', () => {
    expect(createProductMatcher([]).match(listing('Aurelle Tote 34'))).toEqual({ best: null, matched: false, candidates: [] });
  });

  it('returns a result for a listing with no title', () => {
    const result = matcher.match({ title: '', description: '', brand: '', priceUsd: null });
    expect(result).toEqual({ best: null, matched: false, candidates: [] });
    expect(matcher.match(listing('', { description: 'Meridian Chronograph 42 steel' })).best?.sku).toBe('CV-WT-3002');
  });

  it('takes regular-expression metacharacters in titles literally', () => {
    const hostile = createProductMatcher([product(1, 'X(1)', 'Aurelle [Tote] 34 (*+?)', { aliases: ['^$|\\'] }), ...CATALOGUE.slice(2)]);
    const result = hostile.match(listing('.*Aurelle (Tote) 34+? ^$ \\ [a-z]{2} |'));
    expect(result.best?.sku).toBe('X(1)');
    expect(() => matcher.match(listing('(((( [[[ \\ *** ??? $$$'))).not.toThrow();
  });

  it('gives the same answer however often it is asked', () => {
    const first = matcher.match(listing('Meridian Chrono 42 panda'));
    matcher.match(listing('Quill Wallet'));
    expect(matcher.match(listing('Meridian Chrono 42 panda'))).toEqual(first);
  });
});
