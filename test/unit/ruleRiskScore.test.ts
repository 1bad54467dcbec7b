import { describe, expect, it } from 'vitest';
import { ALL_RULES, applyRules } from '../../electron/core/compare/rules/allRules';
import type { Finding } from '../../electron/core/compare/rules/finding';
import { riskScore } from '../../electron/core/compare/rules/riskScore';
import { context, listing, product } from './ruleFixtures';

const finding = (rule: string, weight: number): Finding => ({ rule, severity: 'low', expected: null, observed: null, weight, message: rule });

describe('the risk score', () => {
  it('adds the findings’ weights and keeps each part so the score can be explained', () => {
    expect(riskScore([finding('a', 30), finding('b', 25), finding('c', 0)])).toEqual({ score: 55, parts: [{ rule: 'a', weight: 30 }, { rule: 'b', weight: 25 }] });
  });

  it('clamps the score to 0–100', () => {
    expect(riskScore([finding('a', 80), finding('b', 70)]).score).toBe(100);
    expect(riskScore([finding('seller.authorised', -40)]).score).toBe(0);
  });

  it('lets a negative weight lower the score', () => {
    expect(riskScore([finding('a', 50), finding('seller.authorised', -40)]).score).toBe(10);
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
    expect(fakeScore.score).toBe(100);
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
