// The Dashboard's address and CSV exports: filters survive a round trip through the hash (malformed parts are
// dropped), and CSV cells a spreadsheet would run as formulas are neutralised while numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../renderer/src/routing/hashRoute';
import { csvText } from '../../renderer/src/dashboard/chartCsv';
import { dashboardHref, filterFromHash } from '../../renderer/src/dashboard/dashboardUrl';

describe('dashboard filters in the address', () => {
  it('round-trips every filter through the hash, and the route is still the Dashboard', () => {
    const filter = { brandId: 2, productId: 14, marketplace: 'ebay', from: '2025-01-06', to: '2025-03-30' };
    const href = dashboardHref(filter);
    expect(href).toBe('#/dashboard?brand=2&product=14&marketplace=ebay&from=2025-01-06&to=2025-03-30');
    expect(filterFromHash(href)).toEqual(filter);
    expect(parseRoute(href)).toEqual({ page: 'dashboard', listingId: null });
  });

  it('drops malformed values instead of failing', () => {
    expect(filterFromHash('#/dashboard?brand=abc&product=0&from=2025-1-6&marketplace=amazon')).toEqual({ marketplace: 'amazon' });
    expect(dashboardHref({})).toBe('#/dashboard');
  });
});

describe('chart CSV', () => {
  it('neutralises formula-leading text cells and quotes separators, leaving numbers alone', () => {
    const text = csvText(['seller', 'sales'], [
      ['=HYPERLINK("x")', 12.5],
      ['+1 555', -3],
      ['-minus', null],
      ['@sum', 0],
      ['a, b', 1],
    ]);
    expect(text.split('\r\n')).toEqual(['seller,sales', `"'=HYPERLINK(""x"")",12.5`, "'+1 555,-3", "'-minus,", "'@sum,0", '"a, b",1', '']);
  });
});
