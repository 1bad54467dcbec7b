// Binds the listings grid to the Node side for the current filter and sort: one row source (pages)
// and the matching count from listings.count, with answers to an older query ignored.
import { useCallback, useEffect, useState } from 'react';
import type { ListingFilter, ListingSort } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { ListingRowSource } from './listingRowSource';

export interface ListingRows {
  source: ListingRowSource;
  /** Matching rows; null until the first count for this query arrives. */
  total: number | null;
  /** True while the count shown belongs to an earlier query. */
  counting: boolean;
  countError: string | null;
  /** Reads rows and count again, after the listings themselves changed. */
  refresh: () => void;
}

export function useListingRows(filter: ListingFilter, sort: ListingSort): ListingRows {
  const [source] = useState(() => new ListingRowSource((input) => call('listings.page', input)));
  const filterKey = JSON.stringify(filter);
  const [count, setCount] = useState<{ key: string; total: number | null; error: string | null }>({ key: '', total: null, error: null });
  const [generation, setGeneration] = useState(0);

  // The store replaces filter and sort only when they really change, so identity is enough here.
  useEffect(() => {
    source.setQuery(filter, sort);
  }, [source, filter, sort]);

  useEffect(() => {
    let current = true;
    call('listings.count', JSON.parse(filterKey) as ListingFilter).then(
      ({ total }) => current && setCount({ key: filterKey, total, error: null }),
      (error: unknown) => current && setCount((previous) => ({ key: filterKey, total: previous.total, error: errorMessage(error) })),
    );
    return () => {
      current = false;
    };
  }, [filterKey, generation]);

  const refresh = useCallback(() => {
    source.refresh();
    setGeneration((g) => g + 1);
  }, [source]);

  return {
    source,
    total: count.total,
    counting: count.key !== filterKey,
    countError: count.key === filterKey ? count.error : null,
    refresh,
  };
}
