// The Risk block of the listing detail as a reviewer reads it: before scoring, without a matching product, and
// with a match and findings (in the order given, negative points marked as lowering the score).
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import type { ListingDetail } from '../../electron/api/contract';
import { ListingRiskSection } from '../../renderer/src/risk/ListingRiskSection';


function detail(overrides: Partial<ListingDetail>): ListingDetail {
  return {
    id: 1,
    marketplace: 'ebay',
    listingId: 'EB1',
    url: '',
    title: 'Corvanne Aurelle Tote',
    price: 40,
    priceMax: null,
    currency: 'USD',
    priceNormalised: 40,
    sellerName: 'bagsmode612',
    sellerLocation: '',
    status: 'new',
    lastSeen: '2025-01-01T00:00:00Z',
    riskScore: null,
    description: '',
    brand: '',
    imageUrls: [],
    unitsSold: null,
    language: null,
    capturedAt: null,
    firstSeen: '2025-01-01T00:00:00Z',
    seller: null,
    cases: [],
    raw: {},
    match: null,
    findings: [],
    ...overrides,
  };
}

describe('ListingRiskSection', () => {
  const mounted = useMountedRoot();

  const render = (d: ListingDetail) => {
    act(() => mounted.root.render(<ListingRiskSection detail={d} />));
    return mounted.container.querySelector('section[aria-label="Risk"]')!;
  };

  it('tells a listing that was never scored to run assay score, once, with no badge or findings heading', () => {
    const section = render(detail({}));
    expect(section.textContent).toBe('RiskNot scored yet — run assay score.');
    expect(section.querySelector('.risk-badge')).toBeNull();
  });

  it('says no product cleared the threshold when the match has no SKU', () => {
    const section = render(
      detail({ riskScore: 12, match: { productId: null, sku: null, name: null, score: 0.41, corrected: false, candidates: [{ sku: 'CV-BG-1002', score: 0.41 }] } }),
    );
    expect(section.textContent).toContain('No product cleared the threshold (closest: CV-BG-1002, 41%).');
    expect(section.textContent).toContain('No rule found anything to report');
  });

  it('shows the matched product, its candidates, and each finding in order with its weight, its points and the arithmetic', () => {
    const section = render(
      detail({
        riskScore: 36,
        match: { productId: 3, sku: 'CV-BG-1001', name: 'Aurelle Tote 34', score: 0.8649, corrected: false, candidates: [{ sku: 'CV-BG-1001', score: 0.8649 }, { sku: 'CV-BG-1002', score: 0.38 }] },
        findings: [
          { rule: 'vocabulary.counterfeit_term', severity: 'high', expected: null, observed: 'AAA+', weight: 60, message: 'The title says "AAA+", counterfeit vocabulary in English.' },
          { rule: 'seller.authorised', severity: 'info', expected: null, observed: null, weight: -40, message: 'The seller is an authorised reseller of the brand.' },
        ],
      }),
    );
    expect(section.querySelector('.risk-badge--medium')!.textContent).toBe('36');
    expect(section.querySelector('.risk-match__product')!.textContent).toContain('CV-BG-1001');
    expect(section.querySelector('.risk-match__product')!.textContent).toContain('86% match');
    expect([...section.querySelectorAll('.candidates-table tbody tr')].map((r) => r.textContent)).toEqual(['CV-BG-100186%', 'CV-BG-100238%']);
    const rows = [...section.querySelectorAll('.finding')];
    expect(rows.map((r) => r.querySelector('.finding__message')!.textContent)).toEqual([
      'The title says "AAA+", counterfeit vocabulary in English.',
      'The seller is an authorised reseller of the brand.',
    ]);
    expect(rows.map((r) => r.querySelector('.finding__weight')!.textContent)).toEqual(['+60', '−40']);
    expect(rows[0]!.querySelector('.finding__points')!.textContent).toBe('+60');
    expect(rows[1]!.querySelector('.finding__points')!.textContent).toBe('−24');
    expect(section.querySelector('.risk-section__note')!.textContent).toBe('The weights combine as independent chances: 100 × (1 − 0.40) × 0.60 = 36.');
    expect(rows[1]!.querySelector('.finding__points')!.className).toContain('finding__points--lowers');
    expect(rows[1]!.querySelector('.severity')!.textContent).toBe('Info');
  });

  it('marks a finding outweighed by a stronger one of its kind as not counted, saying why', () => {
    const section = render(
      detail({
        riskScore: 55,
        match: { productId: 3, sku: 'CV-BG-1001', name: 'Aurelle Tote 34', score: 0.9, corrected: false, candidates: [] },
        findings: [
          { rule: 'price.below_msrp_share', severity: 'high', expected: null, observed: null, weight: 55, message: 'Listed at US$18.00, 8% of the MSRP of US$225.00.' },
          { rule: 'price.below_minimum_authorised', severity: 'medium', expected: null, observed: null, weight: 20, message: 'Listed at US$18.00, below the minimum authorised price of US$200.00.' },
        ],
      }),
    );
    const second = section.querySelectorAll('.finding')[1]!.querySelector('.finding__points')!;
    expect(second.textContent).toBe('—');
    expect(second.getAttribute('title')).toBe('Not counted: a stronger price finding counts instead.');
    expect(section.querySelector('.risk-section__note')!.textContent).toContain('Of several findings of one kind only the strongest counts.');
  });
});
