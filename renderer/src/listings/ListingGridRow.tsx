// One row of the listings grid, or its skeleton while the page it belongs to is loading.
// Positioned absolutely by the grid inside a moving track; memoised so scrolling re-renders no row.
import { memo, type ReactNode } from 'react';
import type { ListingRow } from '../../../electron/api/contract';
import { ListingStatusBadge } from '../components/StatusBadge';
import { formatDay, formatTimestamp } from '../format/dateFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { formatAmount, formatListedPrice, normalisedPriceNote } from '../format/priceFormat';
import { RiskBadge } from '../risk/RiskBadge';

export const ROW_HEIGHT = 32;

interface Props {
  index: number;
  row: ListingRow | undefined;
  top: number;
  active: boolean;
  open: boolean;
  /** Ticked for a bulk action. */
  selected: boolean;
  normalisedCurrency: string;
  onPick: (index: number, row: ListingRow | undefined) => void;
  onToggleSelect: (index: number, row: ListingRow, range: boolean) => void;
}

export const rowElementId = (index: number) => `listing-row-${index}`;

export const ListingGridRow = memo(function ListingGridRow({ index, row, top, active, open, selected, normalisedCurrency, onPick, onToggleSelect }: Props) {
  const className = `grid-row${active ? ' grid-row--active' : ''}${open ? ' grid-row--open' : ''}${selected ? ' grid-row--selected' : ''}${row ? '' : ' grid-row--loading'}`;
  return (
    <div
      role="row"
      id={rowElementId(index)}
      aria-rowindex={index + 2}
      aria-selected={active}
      aria-busy={row ? undefined : true}
      className={className}
      style={{ top }}
      onClick={(event) => {
        // Shift-click ticks a range of rows for a bulk action rather than opening one.
        if (event.shiftKey && row) onToggleSelect(index, row, true);
        else onPick(index, row);
      }}
    >
      {row ? (
        <RowCells row={row} normalisedCurrency={normalisedCurrency} selectBox={<SelectBox row={row} selected={selected} onToggle={(range) => onToggleSelect(index, row, range)} />} />
      ) : (
        <SkeletonCells index={index} />
      )}
    </div>
  );
});

function SelectBox({ row, selected, onToggle }: { row: ListingRow; selected: boolean; onToggle: (range: boolean) => void }) {
  return (
    <input
      type="checkbox"
      className="grid-cell__select"
      checked={selected}
      tabIndex={-1}
      aria-label={`Select listing ${row.listingId}`}
      onClick={(event) => {
        event.stopPropagation();
        onToggle(event.shiftKey);
      }}
      onChange={() => undefined}
    />
  );
}

function RowCells({ row, normalisedCurrency, selectBox }: { row: ListingRow; normalisedCurrency: string; selectBox: ReactNode }) {
  const listed = formatListedPrice(row.price, row.priceMax, row.currency);
  const normalised = normalisedPriceNote(row, normalisedCurrency);
  return (
    <>
      <div role="gridcell" className="grid-cell">
        {selectBox}
        {marketplaceName(row.marketplace)}
      </div>
      <div role="gridcell" className="grid-cell grid-cell--mono" title={row.listingId}>
        {row.listingId}
      </div>
      <div role="gridcell" className="grid-cell grid-cell--title" title={row.title}>
        {row.title}
      </div>
      <div role="gridcell" className="grid-cell grid-cell--numeric grid-cell--risk">
        <RiskBadge score={row.riskScore} />
      </div>
      <div role="gridcell" className="grid-cell grid-cell--price" title={normalised ? `${listed} (${normalised})` : listed}>
        <span className="grid-cell__listed">{listed}</span>
        {/* The currency of this column is named once, in the header. */}
        <span className="grid-cell__secondary">{normalised && row.priceNormalised !== null ? `≈ ${formatAmount(row.priceNormalised, normalisedCurrency)}` : ''}</span>
      </div>
      <div role="gridcell" className="grid-cell" title={row.sellerName}>
        {row.sellerName || '—'}
      </div>
      <div role="gridcell" className="grid-cell" title={row.sellerLocation}>
        {row.sellerLocation || '—'}
      </div>
      <div role="gridcell" className="grid-cell">
        <ListingStatusBadge status={row.status} />
      </div>
      <div role="gridcell" className="grid-cell grid-cell--numeric" title={formatTimestamp(row.lastSeen)}>
        {formatDay(row.lastSeen)}
      </div>
    </>
  );
}

/** Grey bars of varying length, so a loading page reads as a table and not as a flicker. */
function SkeletonCells({ index }: { index: number }) {
  const widths = [60, 70, 40 + ((index * 37) % 50), 50, 60, 55 + ((index * 13) % 30), 50, 56, 70];
  return (
    <>
      {widths.map((width, column) => (
        <div role="gridcell" className="grid-cell" key={column}>
          <span className="skeleton-bar" style={{ width: `${width}%` }} />
        </div>
      ))}
    </>
  );
}
