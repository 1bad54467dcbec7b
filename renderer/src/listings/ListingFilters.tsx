// Marketplace and status filters as toggle chips (real checkboxes, named by the marketplace or status),
// each with the number of listings it holds in the whole workspace, from listings.facets.
import type { Facet, ListingFilter, ListingStatus } from '../../../electron/api/contract';
import { formatCount } from '../format/numberFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { LISTING_STATUS_ORDER, listingStatusLabel } from '../format/statusLabels';

interface Props {
  facets: { marketplaces: Facet[]; statuses: Facet[] } | undefined;
  filter: ListingFilter;
  onToggleMarketplace: (marketplace: string) => void;
  onToggleStatus: (status: ListingStatus) => void;
}

export function ListingFilters({ facets, filter, onToggleMarketplace, onToggleStatus }: Props) {
  const statusOrder = (value: string) => LISTING_STATUS_ORDER.indexOf(value as ListingStatus);
  const statuses = [...(facets?.statuses ?? [])].sort((a, b) => statusOrder(a.value) - statusOrder(b.value));
  return (
    <div className="filter-bar">
      <fieldset className="chip-group">
        <legend className="chip-group__legend">Marketplace</legend>
        {facets === undefined ? <span className="chip chip--placeholder" aria-hidden="true" /> : null}
        {facets?.marketplaces.map((facet) => (
          <FilterChip
            key={facet.value}
            id={`filter-marketplace-${facet.value}`}
            label={marketplaceName(facet.value)}
            count={facet.count}
            checked={filter.marketplaces.includes(facet.value)}
            onChange={() => onToggleMarketplace(facet.value)}
          />
        ))}
      </fieldset>
      <fieldset className="chip-group">
        <legend className="chip-group__legend">Status</legend>
        {statuses.map((facet) => (
          <FilterChip
            key={facet.value}
            id={`filter-status-${facet.value}`}
            label={listingStatusLabel(facet.value)}
            count={facet.count}
            checked={filter.statuses.includes(facet.value as ListingStatus)}
            onChange={() => onToggleStatus(facet.value as ListingStatus)}
          />
        ))}
      </fieldset>
    </div>
  );
}

function FilterChip(props: { id: string; label: string; count: number; checked: boolean; onChange: () => void }) {
  return (
    <label className={`chip${props.checked ? ' chip--on' : ''}`} htmlFor={props.id}>
      <input id={props.id} type="checkbox" className="chip__input" checked={props.checked} onChange={props.onChange} aria-label={props.label} aria-describedby={`${props.id}-count`} />
      <span className="chip__label" aria-hidden="true">
        {props.label}
      </span>
      <span className="chip__count" id={`${props.id}-count`}>
        {formatCount(props.count)}
      </span>
    </label>
  );
}
