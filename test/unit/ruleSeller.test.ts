import { describe, expect, it } from 'vitest';
import { sellerRule } from '../../electron/core/compare/rules/sellerRule';
import { context, listing, product } from './ruleFixtures';

describe('the seller rule', () => {
  it('flags an unauthorised seller whose listing names the brand', () => {
    const findings = sellerRule(listing(), product(), context());
    expect(findings).toEqual([expect.objectContaining({ rule: 'seller.unauthorised', severity: 'medium', weight: 15, observed: 'Some Shop (some-shop on ebay)' })]);
    expect(findings[0]?.message).toBe('The seller Some Shop (some-shop on ebay) offers goods as "Corvanne" but is not an authorised seller of the brand.');
  });

  it('counts the brand field as naming the mark even when the title does not', () => {
    expect(sellerRule(listing({ title: 'Leather tote', description: '', brand: 'CORVANNE' }), null, context())).toHaveLength(1);
  });

  it('says nothing about a seller whose listing does not name the brand', () => {
    expect(sellerRule(listing({ title: 'Leather tote', description: 'Plain', brand: '' }), product(), context())).toEqual([]);
  });

  it('flags a deny-listed seller as high risk, whatever the listing says', () => {
    const findings = sellerRule(listing({ title: 'Tote', brand: '', sellerMarketplace: 'DHgate', sellerRef: 'luxury-copies-88', sellerName: '' }), null, context());
    expect(findings).toEqual([expect.objectContaining({ rule: 'seller.denied', severity: 'high', weight: 50 })]);
    expect(findings[0]?.message).toBe("The seller luxury-copies-88 on DHgate is on the brand's deny list.");
  });

  it('lowers the risk for an authorised seller and says so', () => {
    const findings = sellerRule(listing({ sellerRef: 'corvanne-official', sellerName: 'Corvanne' }), product(), context());
    expect(findings).toEqual([expect.objectContaining({ rule: 'seller.authorised', severity: 'info' })]);
    expect(findings[0]?.weight).toBeLessThan(0);
    expect(findings[0]?.message).toContain('is an authorised seller');
  });

  it('does not take a seller on another marketplace with the same reference as authorised', () => {
    expect(sellerRule(listing({ sellerMarketplace: 'amazon', sellerRef: 'corvanne-official' }), product(), context())[0]?.rule).toBe('seller.unauthorised');
  });

  it('still runs when no product matched', () => {
    expect(sellerRule(listing(), null, context())[0]?.rule).toBe('seller.unauthorised');
  });
});
