// The extra filters a dashboard click sets, as the chips the Listings page shows ("Risk 60–69", "Rule: …"),
// so the person sees why the list is short and can remove each one.
import type { ListingFilter } from '../../../electron/api/contract';
import type { ExtraFilterChip } from './listingsStore';

export interface ActiveChip {
  chip: ExtraFilterChip;
  label: string;
}

export function activeFilterChips(filter: ListingFilter, productLabel: string | null): ActiveChip[] {
  const chips: ActiveChip[] = [];
  if (filter.riskMin !== undefined || filter.riskMax !== undefined) chips.push({ chip: 'risk', label: `Risk ${filter.riskMin ?? 0}–${filter.riskMax ?? 100}` });
  if (filter.rule !== undefined) chips.push({ chip: 'rule', label: `Rule: ${filter.rule}` });
  if (filter.sellerLocation !== undefined) chips.push({ chip: 'sellerLocation', label: `Location: ${filter.sellerLocation.trim() || 'Unknown'}` });
  if (filter.productId !== undefined) chips.push({ chip: 'product', label: `Product: ${productLabel ?? `#${filter.productId}`}` });
  if (filter.firstSeenFrom !== undefined || filter.firstSeenTo !== undefined) {
    const { firstSeenFrom: from, firstSeenTo: to } = filter;
    chips.push({ chip: 'firstSeen', label: from && to ? `First seen ${from} – ${to}` : from ? `First seen from ${from}` : `First seen until ${to}` });
  }
  return chips;
}
