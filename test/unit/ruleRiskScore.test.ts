import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, applyRules } from '../../electron/core/compare/rules/allRules';
import type { Finding } from '../../electron/core/compare/rules/finding';
import { riskScore } from '../../electron/core/compare/rules/riskScore';
import { context, listing, product } from './ruleFixtures';

const finding = (rule: string, weight: number): Finding => ({ rule, severity: 'low', expected: null, observed: null, weight, message: rule });

describe('the risk score', () => {
  it('combines findings of different kinds as independent chances, keeping each one’s part so the score can be explained', () => {
    expect(riskScore([finding('price.below_msrp_share', 55), finding('seller.unauthorised', 15), finding('price.cannot_compare', 0)])).toEqual({
      score: 62,
      parts: [
        { rule: 'price.below_msrp_share', weight: 55, points: 55, counted: true },
        { rule: 'seller.unauthorised', weight: 15, points: 7, counted: true },
        { rule: 'price.cannot_compare', weight: 0, points: 0, counted: false },
      ],
    });
  });

  it('counts only the strongest finding of one kind (a price below 40% of MSRP is also below the minimum authorised price)', () => {
    expect(riskScore([finding('price.below_minimum_authorised', 20), finding('price.below_msrp_share', 55)]).score).toBe(55);
    expect(riskScore([finding('vocabulary.counterfeit_term', 55), finding('vocabulary.counterfeit_term', 44)]).score).toBe(55);
  });

  it('never saturates short of certainty: many strong findings approach 100 but stay ordered', () => {
    const four = riskScore(['price', 'vocabulary', 'brand', 'catalogue'].map((kind) => finding(`${kind}.x`, 50))).score;
    const five = riskScore(['price', 'vocabulary', 'brand', 'catalogue', 'image'].map((kind) => finding(`${kind}.x`, 50))).score;
    expect(four).toBe(94);
    expect(five).toBe(97);
    expect(riskScore([finding('a.x', 100), finding('b.x', 30)]).score).toBe(100);
  });

  it('lets a negative weight scale the score down, and never below 0 or above 100', () => {
    expect(riskScore([finding('vocabulary.x', 50), finding('seller.authorised', -40)]).score).toBe(30);
    expect(riskScore([finding('seller.authorised', -40)]).score).toBe(0);
    expect(riskScore([finding('a.x', 250), finding('seller.authorised', -250)]).score).toBe(0);
    expect(riskScore([finding('a.x', 250)]).score).toBe(100);
  });

  it('has points that add up to the score exactly, whatever the findings', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom('price', 'vocabulary', 'brand', 'seller', 'image'), weight: fc.integer({ min: -100, max: 100 }) }), { maxLength: 12 }), (fs) => {
        const r = riskScore(fs.map((f) => finding(`${f.kind}.x`, f.weight)));
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.parts.reduce((sum, p) => sum + p.points, 0)).toBe(r.score);
      }),
    );
  });

  it('scores no findings as 0', () => {
    expect(riskScore([])).toEqual({ score: 0, parts: [] });
  });
});

describe('running every rule', () => {
  it('lists the six rules', () => {
    expect(ALL_RULES.map((r) => r.name)).toEqual(['price', 'vocabulary', 'brand', 'seller', 'identifier', 'catalogue']);
  });

  it('scores an obvious counterfeit high and a genuine listing from an authorised seller at 0', () => {
    const fake = listing({ title: 'Corvanne Aurelle Tote 40 Replica 1:1 PU leather', price: 18, priceUsd: 18, gtins: ['7640175000012'], serials: ['XX-1'] });
    const fakeScore = riskScore(applyRules(fake, product(), context()));
    // Five kinds of evidence: 100 × (1 − 0.45 × 0.45 × 0.85 × 0.70 × 0.50), high but short of certainty.
    expect(fakeScore.score).toBe(94);
    expect(new Set(fakeScore.parts.map((p) => p.rule))).toEqual(new Set([
      'price.below_msrp_share', 'price.below_minimum_authorised', 'vocabulary.counterfeit_term', 'seller.unauthorised',
      'identifier.gtin_check_digit', 'identifier.serial_off_pattern', 'catalogue.never_made_model', 'catalogue.material_not_used',
    ]));
    const genuine = listing({ price: 225, priceUsd: 225, sellerRef: 'corvanne-official', gtins: ['7640175000011'], serials: ['CV12AB3456'] });
    expect(riskScore(applyRules(genuine, product(), context())).score).toBe(0);
  });

  it('with a catalogue of 0 products (no product), still runs the vocabulary, misspelling and seller rules', () => {
    const findings = applyRules(listing({ title: 'Korvanne replica tote 40', price: 1, priceUsd: 1, gtins: ['123'], serials: ['x'] }), null, context());
    expect(findings.map((f) => f.rule).sort()).toEqual(['brand.misspelling', 'seller.unauthorised', 'vocabulary.counterfeit_term']);
  });

  it('handles a listing with no title', () => {
    const findings = applyRules(listing({ title: '', description: '', brand: '' }), product(), context());
    expect(findings).toEqual([]);
  });

  it('uses the brand’s own weights from the context', () => {
    const weights = { ...context().weights, 'vocabulary.counterfeit_term': 10 };
    expect(applyRules(listing({ title: 'replica' }), product(), context({ weights })).find((f) => f.rule === 'vocabulary.counterfeit_term')?.weight).toBe(10);
  });
});
