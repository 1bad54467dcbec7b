import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../electron/core/compare/rules/allRules';
import { foldTerm } from '../../electron/core/compare/rules/foldedText';
import { riskScore } from '../../electron/core/compare/rules/riskScore';
import { vocabularyRule } from '../../electron/core/compare/rules/vocabularyRule';
import { context, listing, product } from './ruleFixtures';

/** Text mixing arbitrary Unicode with the characters the rules care about: marks, look-alikes, CJK, full width. */
const listingText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom('Corvanne', 'C0rvanne', 'Corvannе', 'replica', '高仿', 'ＡＡＡ', '1:1', 'super fake', 'é', '\u0301', '\ud83d', ' ', '-', 'Aurelle Tote 40', 'PU', 'Pink', 'İ', 'ß'), { maxLength: 12 }).map((parts) => parts.join('')),
);

const money = fc.option(fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1000, max: 100000 })), { nil: null });

describe('every rule on arbitrary listings', () => {
  it('never throws, and returns findings with a finite weight and a message', () => {
    fc.assert(
      fc.property(listingText, listingText, listingText, money, money, fc.array(fc.string({ maxLength: 16 }), { maxLength: 3 }), fc.boolean(), (title, description, sellerName, price, priceUsd, ids, withProduct) => {
        const l = listing({ title, description, sellerName, price, priceUsd, gtins: ids, serials: ids });
        for (const { rule } of ALL_RULES) {
          const findings = rule(l, withProduct ? product() : null, context());
          for (const f of findings) {
            expect(Number.isFinite(f.weight)).toBe(true);
            expect(f.message.length).toBeGreaterThan(0);
          }
          const { score } = riskScore(findings);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('points every counterfeit-term finding at original text that folds to contain the term', () => {
    fc.assert(
      fc.property(listingText, (title) => {
        for (const f of vocabularyRule(listing({ title, description: '', sellerName: '' }), null, context())) {
          const quoted = title.slice(f.where?.start, f.where?.end);
          expect(foldTerm(quoted).replace(/[\s\-_]+/g, ' ')).toBe(foldTerm(f.observed ?? '').replace(/[\s\-_]+/g, ' '));
          expect(quoted.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
