// The main page: search and filters over every listing, the virtualised grid, and the detail panel of
// the listing in the route (#/listings/123). Escape closes the panel from anywhere on the page.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { ListingRow } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { navigate, routeHref } from '../routing/hashRoute';
import { useWorkspace } from '../workspace/workspaceStore';
import { ReviewQueue } from '../review/ReviewQueue';
import { BulkActionBar } from './BulkActionBar';
import { ActiveFilterChips } from './ActiveFilterChips';
import { activeFilterChips } from './extraFilterChips';
import { ListingDetailPanel } from './ListingDetailPanel';
import { ListingFilters } from './ListingFilters';
import { ListingsGrid } from './ListingsGrid';
import { useListingsStore } from './listingsStore';
import { ListingsToolbar } from './ListingsToolbar';
import { rangeSelection, toggledSelection } from './rowSelection';
import { useListingRows } from './useListingRows';

export function ListingsPage({ openId }: { openId: number | null }) {
  const store = useListingsStore();
  const normalisedCurrency = useWorkspace((s) => s.info?.normalisedCurrency ?? 'USD');
  const facets = useOperation('listings.facets', {});
  const rows = useListingRows(store.filter, store.sort);
  const total = rows.total ?? 0;
  const { source } = rows;
  const { setActiveIndex } = store;
  const panelOpen = openId !== null;
  /** A row the keyboard moved to while the panel was open, whose page had not arrived yet. */
  const pendingFollow = useRef<number | null>(null);
  const version = useSyncExternalStore(source.subscribe, source.snapshot);

  const openRow = useCallback(
    (index: number, row: ListingRow | undefined) => {
      setActiveIndex(index);
      if (row) navigate(routeHref('listings', row.id));
    },
    [setActiveIndex],
  );

  /** While the panel is open it follows the active row, replacing the history entry rather than adding one. */
  const activate = useCallback(
    (index: number) => {
      setActiveIndex(index);
      if (!panelOpen) return;
      const row = source.row(index);
      pendingFollow.current = row ? null : index;
      if (row) navigate(routeHref('listings', row.id), { replace: true });
    },
    [setActiveIndex, panelOpen, source],
  );

  useEffect(() => {
    const index = pendingFollow.current;
    if (index === null || !panelOpen) return;
    const row = source.row(index);
    if (row) {
      pendingFollow.current = null;
      navigate(routeHref('listings', row.id), { replace: true });
    }
  }, [version, panelOpen, source]);

  const closePanel = useCallback(() => navigate(routeHref('listings')), []);

  const { setSelection } = store;
  const selectedIds = store.selected;
  const anchor = store.selectionAnchor;
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);
  const toggleSelect = useCallback(
    (index: number, row: ListingRow, range: boolean) => {
      const next = range && anchor !== null ? rangeSelection(selectedIds, anchor, index, (i) => source.row(i)?.id) : toggledSelection(selectedIds, row.id);
      setSelection(next, index);
    },
    [selectedIds, anchor, source, setSelection],
  );
  const [bulkMessage, setBulkMessage] = useState<string | null>(null);
  const { refresh } = rows;
  const onBulkChanged = useCallback(
    (message: string) => {
      setBulkMessage(message);
      store.clearSelection();
      refresh();
      facets.reload();
    },
    [store, refresh, facets],
  );

  if (store.mode === 'review') {
    return (
      <div className="listings-page">
        <ReviewQueue
          filter={store.filter}
          onExit={() => {
            store.setMode('grid');
            refresh();
          }}
        />
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !panelOpen) return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).value !== '') return;
    event.preventDefault();
    closePanel();
  };

  const chips = activeFilterChips(store.filter, store.productLabel);
  const filtered = store.filter.query !== '' || store.filter.marketplaces.length > 0 || store.filter.statuses.length > 0 || chips.length > 0 || store.searchText !== '';
  const queryKey = JSON.stringify([store.filter, store.sort]);
  const error = rows.countError ?? source.error ?? facets.error;

  return (
    <div className="listings-page" onKeyDown={onKeyDown}>
      <div className="listings-page__main">
        <div className="listings-page__controls">
          <ListingsToolbar
            searchText={store.searchText}
            onSearchText={store.setSearchText}
            onCommitSearch={store.commitSearch}
            total={rows.total}
            counting={rows.counting}
            filtered={filtered}
            onClearFilters={store.clearFilters}
          />
          <ListingFilters facets={facets.data} filter={store.filter} onToggleMarketplace={store.toggleMarketplace} onToggleStatus={store.toggleStatus} />
          <ActiveFilterChips chips={chips} onRemove={store.removeExtraFilter} />
          <div className="listings-page__review">
            <button type="button" className="button button--primary button--small" onClick={() => store.setMode('review')}>
              Review queue
            </button>
            <BulkActionBar
              filter={store.filter}
              total={total}
              selected={store.selected}
              allMatching={store.allMatching}
              onSelectAllMatching={store.selectAllMatching}
              onClear={store.clearSelection}
              onChanged={onBulkChanged}
            />
          </div>
          {bulkMessage ? (
            <p className="hint" role="status">
              {bulkMessage}
            </p>
          ) : null}
          {error ? (
            <InlineAlert
              action={
                source.error ? (
                  <button type="button" className="button button--small" onClick={() => source.retry()}>
                    Retry
                  </button>
                ) : undefined
              }
            >
              {error}
            </InlineAlert>
          ) : null}
        </div>
        {rows.total === 0 && !rows.counting ? (
          <div className="grid-empty" role="status">
            {filtered ? 'No listings match these filters.' : 'This workspace holds no listings yet.'}
          </div>
        ) : null}
        <ListingsGrid
          source={source}
          total={total}
          sort={store.sort}
          activeIndex={Math.min(store.activeIndex, Math.max(0, total - 1))}
          openId={openId}
          normalisedCurrency={normalisedCurrency}
          queryKey={queryKey}
          onSort={store.sortBy}
          onActivate={activate}
          onOpen={openRow}
          selected={selectedSet}
          onToggleSelect={toggleSelect}
        />
      </div>
      {openId !== null ? <ListingDetailPanel listingId={openId} normalisedCurrency={normalisedCurrency} onClose={closePanel} /> : null}
    </div>
  );
}
