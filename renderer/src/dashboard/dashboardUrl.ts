// The Dashboard's filters kept in the address (#/dashboard?brand=1&marketplace=ebay&from=2025-01-06), so a view
// can be bookmarked, shared and reopened. Parsing is forgiving: anything malformed is simply left out.
import type { DashboardFilter } from '../../../electron/api/dashboardContract';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[1-9]\d{0,15}$/;

export function filterFromHash(hash: string): DashboardFilter {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const filter: DashboardFilter = {};
  const brand = params.get('brand');
  const product = params.get('product');
  const marketplace = params.get('marketplace');
  const from = params.get('from');
  const to = params.get('to');
  if (brand && ID.test(brand)) filter.brandId = Number(brand);
  if (product && ID.test(product)) filter.productId = Number(product);
  if (marketplace && marketplace.length <= 40) filter.marketplace = marketplace;
  if (from && DAY.test(from)) filter.from = from;
  if (to && DAY.test(to)) filter.to = to;
  return filter;
}

export function dashboardHref(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  if (filter.brandId) params.set('brand', String(filter.brandId));
  if (filter.productId) params.set('product', String(filter.productId));
  if (filter.marketplace) params.set('marketplace', filter.marketplace);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  const query = params.toString();
  return query ? `#/dashboard?${query}` : '#/dashboard';
}
