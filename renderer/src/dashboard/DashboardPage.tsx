// The overview: real figures from the workspace (counts, listings by marketplace and status, cases by
// stage). Fuller charts wait for scoring and case work, and the page says so rather than inventing them.
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { ProportionList } from '../components/ProportionList';
import { ListingStatusBadge, CaseStatusBadge } from '../components/StatusBadge';
import { formatCount } from '../format/numberFormat';
import { CASE_STATUS_ORDER, LISTING_STATUS_ORDER } from '../format/statusLabels';
import { routeHref } from '../routing/hashRoute';
import { useWorkspace } from '../workspace/workspaceStore';
import { MarketplaceChart } from './MarketplaceChart';

export function DashboardPage() {
  const info = useWorkspace((s) => s.info);
  const facets = useOperation('listings.facets', {});
  const cases = useOperation('cases.list', {});

  const statusCounts = LISTING_STATUS_ORDER.map((status) => ({
    key: status,
    label: <ListingStatusBadge status={status} />,
    count: facets.data?.statuses.find((f) => f.value === status)?.count ?? 0,
  }));
  const caseCounts = CASE_STATUS_ORDER.map((status) => ({
    key: status,
    label: <CaseStatusBadge status={status} />,
    count: cases.data?.filter((c) => c.status === status).length ?? 0,
  }));

  return (
    <div className="page page--scroll">
      <PageHeader title="Dashboard" subtitle={info?.brand ? `${info.brand.name} · ${info.brand.ownerName}` : undefined} />
      <div className="page-pad stack">
        {facets.error ? <InlineAlert>{facets.error}</InlineAlert> : null}
        {cases.error ? <InlineAlert>{cases.error}</InlineAlert> : null}

        <section className="stat-row" aria-label="Workspace figures">
          <Stat label="Listings under watch" value={info?.counts.listings} href={routeHref('listings')} />
          <Stat label="Sellers" value={info?.counts.sellers} href={routeHref('sellers')} />
          <Stat label="Genuine products" value={info?.counts.products} href={routeHref('products')} />
          <Stat label="Cases" value={info?.counts.cases} href={routeHref('cases')} />
          <Stat label="Custody events" value={info?.counts.custodyEvents} href={routeHref('settings')} />
        </section>

        <div className="dashboard-grid">
          <section className="card dashboard-grid__wide" aria-labelledby="by-marketplace">
            <h2 className="card__title" id="by-marketplace">
              Listings by marketplace
            </h2>
            {facets.data ? (
              facets.data.marketplaces.length > 0 ? (
                <MarketplaceChart facets={facets.data.marketplaces} />
              ) : (
                <p className="muted">No listings yet.</p>
              )
            ) : (
              <div className="chart chart--loading" aria-hidden="true" />
            )}
          </section>
          <section className="card" aria-labelledby="by-status">
            <h2 className="card__title" id="by-status">
              Listings by status
            </h2>
            <ProportionList items={statusCounts} label="Listings by status" />
          </section>
          <section className="card" aria-labelledby="cases-by-status">
            <h2 className="card__title" id="cases-by-status">
              Cases by status
            </h2>
            <ProportionList items={caseCounts} label="Cases by status" />
          </section>
        </div>

        <p className="hint">Fuller charts — risk, sales and takedowns — arrive with scoring and cases.</p>
      </div>
    </div>
  );
}

function Stat(props: { label: string; value: number | undefined; href: string }) {
  return (
    <a className="stat" href={props.href}>
      <span className="stat__value">{props.value === undefined ? '—' : formatCount(props.value)}</span>
      <span className="stat__label">{props.label}</span>
    </a>
  );
}
