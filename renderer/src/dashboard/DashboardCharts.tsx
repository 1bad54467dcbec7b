// The Dashboard's headline figures and eight chart cards. Each card loads its own operation, so one answer
// arriving re-renders that card alone, not every chart on the page.
import type { DashboardFilter } from '../../../electron/api/dashboardContract';
import { HIGH_RISK_FROM, type ListingStatus } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { formatCount } from '../format/numberFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { BarListChart } from './BarListChart';
import { CaseFunnelChart } from './CaseFunnelChart';
import { ChartCard } from './ChartCard';
import { RISK_RED } from './chartStyle';
import { formatCompactMoney } from './compactMoney';
import { HeadlineFigures } from './HeadlineFigures';
import { ListingsOverTimeChart } from './ListingsOverTimeChart';
import { dashboardScope, narrowed, openListing, openListings, weekEnd, type ListingsView } from './listingsLink';
import { PriceMsrpChart } from './PriceMsrpChart';
import { RiskHistogramChart } from './RiskHistogramChart';
import { TakedownsChart } from './TakedownsChart';

/** Which listing statuses stand for a case stage when clicking through from the funnel. */
const STAGE_STATUSES: Record<string, ListingStatus[]> = { draft: ['infringing'], in_review: ['infringing'], ready: ['infringing'], submitted: ['reported'], resolved: ['taken_down'] };

interface CardProps {
  filter: DashboardFilter;
  currency: string;
  /** The SKU of the dashboard's product filter, for the Listings page's chip. */
  productLabel?: string | undefined;
}

const RISKIEST_FIRST = { column: 'risk', direction: 'desc' } as const;

/** Opens the listings the dashboard counts under its filter, narrowed by what was clicked. */
const openScoped = (filter: DashboardFilter, productLabel: string | undefined, click: ListingsView) => openListings(narrowed(dashboardScope(filter, productLabel), click));

export function DashboardBody({ filter, currency, productLabel }: CardProps) {
  return (
    <>
      <HeadlineCard filter={filter} currency={currency} productLabel={productLabel} />
      <div className="dashboard-grid">
        <ListingsOverTimeCard filter={filter} currency={currency} productLabel={productLabel} />
        <RiskCard filter={filter} currency={currency} productLabel={productLabel} />
        <PriceCard filter={filter} currency={currency} productLabel={productLabel} />
        <ClustersCard filter={filter} currency={currency} productLabel={productLabel} />
        <RulesCard filter={filter} currency={currency} productLabel={productLabel} />
        <FunnelCard filter={filter} currency={currency} productLabel={productLabel} />
        <TakedownsCard filter={filter} currency={currency} productLabel={productLabel} />
        <LocationsCard filter={filter} currency={currency} productLabel={productLabel} />
      </div>
    </>
  );
}

function HeadlineCard({ filter, currency, productLabel }: CardProps) {
  const headline = useOperation('dashboard.headline', { filter });
  const open = (click: ListingsView) => () => openScoped(filter, productLabel, click);
  return (
    <>
      {headline.error ? <InlineAlert>{headline.error}</InlineAlert> : null}
      <HeadlineFigures headline={headline.data} currency={currency} onListings={open({})} onHighRisk={open({ extra: { riskMin: HIGH_RISK_FROM, riskMax: 100 }, sort: RISKIEST_FIRST })} onTakedowns={open({ statuses: ['taken_down'] })} />
    </>
  );
}

function ListingsOverTimeCard({ filter, productLabel }: CardProps) {
  const overTime = useOperation('dashboard.listingsOverTime', { filter });
  return (
    <ChartCard
      id="listings-over-time"
      wide
      title="Listings first seen per week, by marketplace"
      hint="Stacked by marketplace; the red line is the high-risk listings among them. Click a band for that marketplace's listings first seen that week, or a legend entry for all its weeks."
      error={overTime.error}
      emptyText="No listings were first seen in these weeks."
      data={overTime.data && { header: ['week', ...overTime.data.marketplaces, 'high_risk'], rows: overTime.data.weeks.map((w) => [w.week, ...overTime.data!.marketplaces.map((m) => w.byMarketplace[m] ?? 0), w.highRisk]) }}
    >
      {overTime.data ? <ListingsOverTimeChart marketplaces={overTime.data.marketplaces} weeks={overTime.data.weeks} onMarketplace={(m, week) => openScoped(filter, productLabel, { marketplace: m, ...(week ? { extra: { firstSeenFrom: week, firstSeenTo: weekEnd(week) } } : {}) })} /> : null}
    </ChartCard>
  );
}

function RiskCard({ filter, productLabel }: CardProps) {
  const risk = useOperation('dashboard.riskHistogram', { filter });
  return (
    <ChartCard
      id="risk-histogram"
      title="Risk score distribution"
      hint={risk.data ? `Listings per ten points of risk; red from 60 (high).${risk.data.unscored ? ` ${formatCount(risk.data.unscored)} not scored yet.` : ''} Click a bar for exactly its listings.` : undefined}
      error={risk.error}
      emptyText="No listing has been scored yet. Run scoring (assay score) to see the risk distribution."
      data={risk.data && { header: ['risk_from', 'risk_to', 'listings'], rows: risk.data.bins.every((b) => b.listings === 0) ? [] : risk.data.bins.map((b) => [b.from, b.to, b.listings]) }}
    >
      {risk.data ? <RiskHistogramChart bins={risk.data.bins} onBin={(b) => openScoped(filter, productLabel, { extra: { riskMin: b.from, riskMax: b.to }, sort: RISKIEST_FIRST })} /> : null}
    </ChartCard>
  );
}

function PriceCard({ filter, currency }: CardProps) {
  const prices = useOperation('dashboard.priceVsMsrp', { filter });
  return (
    <ChartCard
      id="price-vs-msrp"
      title="Listing price against the product's MSRP"
      hint={prices.data ? `Up to ${prices.data.perProduct} listings per matched product, in ${currency}. Below the red line a listing is under ${Math.round(prices.data.threshold * 100)}% of MSRP. Click a dot to open the listing.` : undefined}
      error={prices.error}
      emptyText="No listing is matched to a product with an MSRP yet."
      data={prices.data && { header: ['listing_id', 'sku', 'msrp', 'price', 'risk_score'], rows: prices.data.points.map((p) => [p.listingId, p.sku, p.msrp, p.price, p.riskScore]) }}
    >
      {prices.data ? <PriceMsrpChart points={prices.data.points} threshold={prices.data.threshold} currency={currency} onPoint={(p) => openListing(p.listingId)} /> : null}
    </ChartCard>
  );
}

function ClustersCard({ filter, currency, productLabel }: CardProps) {
  const clusters = useOperation('dashboard.sellerClusters', { filter });
  const money = (v: number) => formatCompactMoney(v, currency);
  return (
    <ChartCard
      id="seller-clusters"
      title="Top seller clusters by estimated sales"
      hint="Sellers linked by shared contacts count as one; units sold × price. Click a bar to search the listings for the cluster's top seller."
      error={clusters.error}
      emptyText="No seller has listings with units sold and a price under these filters."
      data={clusters.data && { header: ['cluster', 'sellers', 'marketplaces', 'listings', 'estimated_sales'], rows: clusters.data.map((c) => [c.label, c.sellers, c.marketplaces.join(' '), c.listings, c.estimatedSales]) }}
    >
      {clusters.data ? <BarListChart items={clusters.data} label={(c) => c.label} value={(c) => c.estimatedSales} format={money} valueName="Estimated sales" onItem={(c) => openScoped(filter, productLabel, { query: c.searchName })} /> : null}
    </ChartCard>
  );
}

function RulesCard({ filter, productLabel }: CardProps) {
  const rules = useOperation('dashboard.findingsByRule', { filter });
  return (
    <ChartCard
      id="findings-by-rule"
      title="Findings by rule"
      hint="How often each rule found something (a listing can have several findings of one rule); click a bar for the listings with that finding."
      error={rules.error}
      emptyText="No findings yet: scoring has not found anything under these filters."
      data={rules.data && { header: ['rule', 'findings'], rows: rules.data.map((r) => [r.rule, r.findings]) }}
    >
      {rules.data ? <BarListChart items={rules.data} label={(r) => r.rule} value={(r) => r.findings} format={formatCount} valueName="Findings" labelWidth={215} onItem={(r) => openScoped(filter, productLabel, { extra: { rule: r.rule }, sort: RISKIEST_FIRST })} /> : null}
    </ChartCard>
  );
}

function FunnelCard({ filter, productLabel }: CardProps) {
  const funnel = useOperation('dashboard.caseFunnel', { filter });
  return (
    <ChartCard
      id="case-funnel"
      title="Case funnel, draft → resolved"
      hint="Click a stage for the listings in that state of enforcement."
      error={funnel.error}
      emptyText="No cases yet under these filters."
      data={funnel.data && { header: ['stage', 'at_stage_now', 'reached_stage'], rows: funnel.data.stages.every((s) => s.reached === 0) ? [] : funnel.data.stages.map((s) => [s.status, s.now, s.reached]) }}
    >
      {funnel.data ? <CaseFunnelChart funnel={funnel.data} onStage={(status) => openScoped(filter, productLabel, { statuses: STAGE_STATUSES[status] ?? [] })} /> : null}
    </ChartCard>
  );
}

function TakedownsCard({ filter, productLabel }: CardProps) {
  const takedowns = useOperation('dashboard.takedownsOverTime', { filter });
  return (
    <ChartCard
      id="takedowns-over-time"
      title="Takedown outcomes per week"
      hint="Share of the listings decided each week that were taken down, rejected or relisted. Click for the listings taken down."
      error={takedowns.error}
      emptyText="No takedown outcome has been recorded yet."
      data={takedowns.data && { header: ['week', 'taken_down', 'rejected', 'relisted', 'other', 'taken_down_share', 'rejected_share', 'relisted_share'], rows: takedowns.data.map((w) => [w.week, w.takenDown, w.rejected, w.relisted, w.other, w.takenDownShare, w.rejectedShare, w.relistedShare]) }}
    >
      {takedowns.data ? <TakedownsChart weeks={takedowns.data} onClick={() => openScoped(filter, productLabel, { statuses: ['taken_down'] })} /> : null}
    </ChartCard>
  );
}

function LocationsCard({ filter, productLabel }: CardProps) {
  const locations = useOperation('dashboard.sellerLocations', { filter });
  const marketplace = filter.marketplace;
  return (
    <ChartCard
      id="seller-locations"
      title="Listings by seller location"
      hint={`Where the sellers say they are${marketplace ? ` on ${marketplaceName(marketplace)}` : ''}. Click a bar for the listings from that location.`}
      error={locations.error}
      emptyText="No listings under these filters."
      data={locations.data && { header: ['location', 'listings'], rows: locations.data.map((l) => [l.location, l.listings]) }}
    >
      {locations.data ? <BarListChart items={locations.data} label={(l) => l.location} value={(l) => l.listings} format={formatCount} valueName="Listings" colour={RISK_RED} labelWidth={200} onItem={(l) => openScoped(filter, productLabel, { extra: { sellerLocation: l.location === 'Unknown' ? '' : l.location }, sort: RISKIEST_FIRST })} /> : null}
    </ChartCard>
  );
}
