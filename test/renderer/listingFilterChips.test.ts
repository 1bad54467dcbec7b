// The Listings store's extra filters (set by a dashboard click) and the chips that show them: each chip reads as
// the person would say it, and removing one takes out exactly its fields and nothing else.
import { beforeEach, describe, expect, it } from 'vitest';
import { activeFilterChips } from '../../renderer/src/listings/extraFilterChips';
import { useListingsStore } from '../../renderer/src/listings/listingsStore';

describe('extra listing filters as chips', () => {
  beforeEach(() => useListingsStore.getState().clearFilters());

  it('labels every extra filter', () => {
    const store = useListingsStore.getState();
    store.toggleMarketplace('ebay');
    store.setExtraFilter({ riskMin: 60, riskMax: 69, rule: 'price.below_msrp_share', sellerLocation: 'Guangzhou', productId: 7, firstSeenFrom: '2026-01-05', firstSeenTo: '2026-01-11' }, 'CV-AC-5001');
    const { filter, productLabel } = useListingsStore.getState();
    expect(activeFilterChips(filter, productLabel).map((c) => c.label)).toEqual([
      'Risk 60–69',
      'Rule: price.below_msrp_share',
      'Location: Guangzhou',
      'Product: CV-AC-5001',
      'First seen 2026-01-05 – 2026-01-11',
    ]);
  });

  it('reads open-ended ranges, a missing location and an unnamed product', () => {
    expect(activeFilterChips({ query: '', marketplaces: [], statuses: [], riskMin: 60, sellerLocation: '', productId: 3, firstSeenTo: '2026-02-01' }, null).map((c) => c.label)).toEqual([
      'Risk 60–100',
      'Location: Unknown',
      'Product: #3',
      'First seen until 2026-02-01',
    ]);
    expect(activeFilterChips({ query: '', marketplaces: [], statuses: [] }, null)).toEqual([]);
  });

  it('removes one chip’s fields only, keeping the marketplace and the other chips', () => {
    const store = useListingsStore.getState();
    store.toggleMarketplace('ebay');
    store.setExtraFilter({ riskMin: 60, riskMax: 69, productId: 7 }, 'CV-AC-5001');
    store.setSelection([1, 2], 0);
    useListingsStore.getState().removeExtraFilter('risk');
    const after = useListingsStore.getState();
    expect(after.filter).toEqual({ query: '', marketplaces: ['ebay'], statuses: [], productId: 7 });
    expect(after.selected).toEqual([]);
    useListingsStore.getState().removeExtraFilter('product');
    expect(useListingsStore.getState().filter).toEqual({ query: '', marketplaces: ['ebay'], statuses: [] });
    expect(useListingsStore.getState().productLabel).toBeNull();
  });

  it('clears the extra filters with the others', () => {
    useListingsStore.getState().setExtraFilter({ rule: 'text.replica_terms' });
    useListingsStore.getState().clearFilters();
    expect(useListingsStore.getState().filter).toEqual({ query: '', marketplaces: [], statuses: [] });
  });
});
