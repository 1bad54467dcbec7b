// The listings table: a virtualised ARIA grid over every matching row, paged from SQLite as it scrolls.
// Header clicks sort in the database; arrows, Page Up/Down, Home and End move the active row; Enter opens it.
import { useCallback, useEffect, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { ListingRow, ListingSort, ListingSortColumn } from '../../../electron/api/contract';
import { LISTING_COLUMNS, LISTING_GRID_MIN_WIDTH, LISTING_GRID_TEMPLATE } from './listingColumns';
import { ListingGridRow, ROW_HEIGHT, rowElementId } from './ListingGridRow';
import type { ListingRowSource } from './listingRowSource';
import { fullyVisibleRows } from './scaledScroll';
import { useScaledScroll } from './useScaledScroll';

const HEADER_HEIGHT = 34;
const OVERSCAN = 6;
/** How long the visible range must hold still before a far page is fetched by offset. */
const JUMP_SETTLE_MS = 90;

interface Props {
  source: ListingRowSource;
  total: number;
  sort: ListingSort;
  activeIndex: number;
  openId: number | null;
  normalisedCurrency: string;
  /** Bumped whenever filter or sort change, to scroll back to the top. */
  queryKey: string;
  onSort: (column: ListingSortColumn) => void;
  onActivate: (index: number) => void;
  onOpen: (index: number, row: ListingRow | undefined) => void;
  /** Ticked listings, by id. */
  selected?: ReadonlySet<number>;
  onToggleSelect?: (index: number, row: ListingRow, range: boolean) => void;
}

const NONE: ReadonlySet<number> = new Set();
const ignoreSelect = () => undefined;

export function ListingsGrid(props: Props) {
  const { source, total, activeIndex, onActivate, onOpen } = props;
  const version = useSyncExternalStore(source.subscribe, source.snapshot);
  const { attachContainer, onScroll, metrics, view, range, reveal, scrollToTop } = useScaledScroll({
    rows: total,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    overscan: OVERSCAN,
  });
  const { start, end } = range;

  useEffect(() => {
    scrollToTop();
  }, [props.queryKey, scrollToTop]);

  useEffect(() => {
    source.ensureRows(start, end, false);
    const timer = setTimeout(() => source.ensureRows(start, end, true), JUMP_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [source, start, end, version]);

  const moveTo = useCallback(
    (index: number) => {
      if (total === 0) return;
      const next = Math.min(total - 1, Math.max(0, index));
      onActivate(next);
      reveal(next);
    },
    [total, onActivate, reveal],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, fullyVisibleRows(metrics) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && total > 0) {
      event.preventDefault();
      onOpen(activeIndex, source.row(activeIndex));
    } else if (event.key === ' ' && total > 0) {
      // Space ticks the active row for a bulk action; Shift+Space a range up to it.
      event.preventDefault();
      const row = source.row(activeIndex);
      if (row) (props.onToggleSelect ?? ignoreSelect)(activeIndex, row, event.shiftKey);
    }
  };

  const rows: number[] = [];
  for (let i = start; i < end; i++) rows.push(i);
  const activeRendered = activeIndex >= start && activeIndex < end;

  return (
    <div
      ref={attachContainer}
      className="grid"
      role="grid"
      aria-label="Listings"
      aria-rowcount={total + 1}
      aria-colcount={LISTING_COLUMNS.length}
      aria-activedescendant={activeRendered && total > 0 ? rowElementId(activeIndex) : undefined}
      tabIndex={0}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div className="grid__inner" style={{ minWidth: LISTING_GRID_MIN_WIDTH, ['--grid-columns' as string]: LISTING_GRID_TEMPLATE }}>
        <div role="rowgroup" className="grid__head">
          <div role="row" aria-rowindex={1} className="grid-row grid-row--header" style={{ height: HEADER_HEIGHT }}>
            {LISTING_COLUMNS.map((column, i) => {
              const sorted = column.sort !== null && props.sort.column === column.sort;
              const ariaSort = column.sort === null ? undefined : sorted ? (props.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <div key={column.key} role="columnheader" aria-colindex={i + 1} aria-sort={ariaSort} className={`grid-header-cell${column.numeric ? ' grid-header-cell--numeric' : ''}`}>
                  {column.sort === null ? (
                    <span className="grid-header-cell__label">{column.label}</span>
                  ) : (
                    <button type="button" className="grid-header-cell__button" onClick={() => props.onSort(column.sort as ListingSortColumn)} title={`Sort by ${column.label.toLowerCase()}`}>
                      <span className="grid-header-cell__label">{column.label}</span>
                      <span className={`sort-indicator${sorted ? ' sort-indicator--on' : ''}`} aria-hidden="true">
                        {sorted && props.sort.direction === 'desc' ? '▼' : '▲'}
                      </span>
                      {column.key === 'price' ? <span className="grid-header-cell__note">≈ {props.normalisedCurrency}</span> : null}
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div className="grid__body" style={{ height: Math.max(view.spacerHeight, metrics.viewportHeight) }}>
          <div className="grid__rows" style={{ top: HEADER_HEIGHT, height: metrics.viewportHeight }}>
            {/* Rows sit at fixed places in this track and the track moves, so scrolling re-renders no row. */}
            <div role="rowgroup" className="grid__track" style={{ transform: `translateY(${view.offsetY + (start - view.firstRow) * ROW_HEIGHT}px)` }}>
              {rows.map((index) => {
                const row = source.row(index);
                return (
                  <ListingGridRow
                    key={index}
                    index={index}
                    row={row}
                    top={(index - start) * ROW_HEIGHT}
                    active={index === activeIndex}
                    open={row !== undefined && row.id === props.openId}
                    selected={row !== undefined && (props.selected ?? NONE).has(row.id)}
                    normalisedCurrency={props.normalisedCurrency}
                    onPick={onOpen}
                    onToggleSelect={props.onToggleSelect ?? ignoreSelect}
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
