// The Dashboard's headline figures and eight chart cards. Each card loads its own operation, so one answer
// arriving re-renders that card alone, not every chart on the page.
import type { DashboardFilter } from '../../../electron/api/dashboardContract';
import type { ListingStatus } from '../../../electron/api/contract';
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
import { openListing, openListings } from './listingsLink';
import { PriceMsrpChart } from './PriceMsrpChart';
import { RiskHistogramChart } from './RiskHistogramChart';
import { TakedownsChart } from './TakedownsChart';

/** Which listing statuses stand for a case stage when clicking through from the funnel. */
const STAGE_STATUSES: Record<string, ListingStatus[]> = { draft: ['infringing'], in_review: ['infringing'], ready: ['infringing'], submitted: ['reported'], resolved: ['taken_down'] };

interface CardProps {
  filter: DashboardFilter;
  currency: string;
}

const riskiestFirst = (marketplace: string | undefined) => () => openListings({ marketplace, sort: { column: 'risk', direction: 'desc' } });

export function DashboardBody({ filter, currency }: CardProps) {
  return (
    <>
      <HeadlineCard filter={filter} currency={currency} />
      <div className="dashboard-grid">
        <ListingsOverTimeCard filter={filter} currency={currency} />
        <RiskCard filter={filter} currency={currency} />
        <PriceCard filter={filter} currency={currency} />
        <ClustersCard filter={filter} currency={currency} />
        <RulesCard filter={filter} currency={currency} />
        <FunnelCard filter={filter} currency={currency} />
        <TakedownsCard filter={filter} currency={currency} />
        <LocationsCard filter={filter} currency={currency} />
      </div>
    </>
  );
}

function HeadlineCard({ filter, currency }: CardProps) {
  const headline = useOperation('dashboard.headline', { filter });
  const marketplace = filter.marketplace;
  return (
    <>
      {headline.error ? <InlineAlert>{headline.error}</InlineAlert> : null}
      <HeadlineFigures headline={headline.data} currency={currency} onListings={() => openListings({ marketplace })} onHighRisk={riskiestFirst(marketplace)} onTakedowns={() => openListings({ marketplace, statuses: ['taken_down'] })} />
    </>
  );
}

function ListingsOverTimeCard({ filter }: CardProps) {
  const overTime = useOperation('dashboard.listingsOverTime', { filter });
  return (
    <ChartCard
      id="listings-over-time"
      wide
      title="Listings first seen per week, by marketplace"
      hint="Stacked by marketplace; the red line is the high-risk listings among them. Click a marketplace to open its listings."
      error={overTime.error}
      emptyText="No listings were first seen in these weeks."
      data={overTime.data && { header: ['week', ...overTime.data.marketplaces, 'high_risk'], rows: overTime.data.weeks.map((w) => [w.week, ...overTime.data!.marketplaces.map((m) => w.byMarketplace[m] ?? 0), w.highRisk]) }}
    >
      {overTime.data ? <ListingsOverTimeChart marketplaces={overTime.data.marketplaces} weeks={overTime.data.weeks} onMarketplace={(m) => openListings({ marketplace: m })} /> : null}
    </ChartCard>
  );
}

function RiskCard({ filter }: CardProps) {
  const risk = useOperation('dashboard.riskHistogram', { filter });
  const marketplace = filter.marketplace;
  return (
    <ChartCard
      id="risk-histogram"
      title="Risk score distribution"
      hint={risk.data ? `Listings per ten points of risk; red from 60 (high).${risk.data.unscored ? ` ${formatCount(risk.data.unscored)} not scored yet.` : ''} Click a bar for the listings by risk.` : undefined}
      error={risk.error}
      emptyText="No listing has been scored yet. Run scoring (assay score) to see the risk distribution."
      data={risk.data && { header: ['risk_from', 'risk_to', 'listings'], rows: risk.data.bins.every((b) => b.listings === 0) ? [] : risk.data.bins.map((b) => [b.from, b.to, b.listings]) }}
    >
      {risk.data ? <RiskHistogramChart bins={risk.data.bins} onBin={(b) => openListings({ marketplace, sort: { column: 'risk', direction: b.from >= 50 ? 'desc' : 'asc' } })} /> : null}
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

function ClustersCard({ filter, currency }: CardProps) {
  const clusters = useOperation('dashboard.sellerClusters', { filter });
  const marketplace = filter.marketplace;
  const money = (v: number) => formatCompactMoney(v, currency);
  return (
    <ChartCard
      id="seller-clusters"
      title="Top seller clusters by estimated sales"
      hint="Sellers linked by shared contacts count as one; units sold × price. Click a bar for the top seller's listings."
      error={clusters.error}
      emptyText="No seller has listings with units sold and a price under these filters."
      data={clusters.data && { header: ['cluster', 'sellers', 'marketplaces', 'listings', 'estimated_sales'], rows: clusters.data.map((c) => [c.label, c.sellers, c.marketplaces.join(' '), c.listings, c.estimatedSales]) }}
    >
      {clusters.data ? <BarListChart items={clusters.data} label={(c) => c.label} value={(c) => c.estimatedSales} format={money} valueName="Estimated sales" onItem={(c) => openListings({ marketplace, query: c.searchName })} /> : null}
    </ChartCard>
  );
}

function RulesCard({ filter }: CardProps) {
  const rules = useOperation('dashboard.findingsByRule', { filter });
  const marketplace = filter.marketplace;
  return (
    <ChartCard
      id="findings-by-rule"
      title="Findings by rule"
      hint="How often each rule found something; click a bar for the riskiest listings."
      error={rules.error}
      emptyText="No findings yet: scoring has not found anything under these filters."
      data={rules.data && { header: ['rule', 'findings'], rows: rules.data.map((r) => [r.rule, r.findings]) }}
    >
      {rules.data ? <BarListChart items={rules.data} label={(r) => r.rule} value={(r) => r.findings} format={formatCount} valueName="Findings" labelWidth={215} onItem={riskiestFirst(marketplace)} /> : null}
    </ChartCard>
  );
}

function FunnelCard({ filter }: CardProps) {
  const funnel = useOperation('dashboard.caseFunnel', { filter });
  const marketplace = filter.marketplace;
  return (
    <ChartCard
      id="case-funnel"
      title="Case funnel, draft → resolved"
      hint="Click a stage for the listings in that state of enforcement."
      error={funnel.error}
      emptyText="No cases yet under these filters."
      data={funnel.data && { header: ['stage', 'at_stage_now', 'reached_stage'], rows: funnel.data.stages.every((s) => s.reached === 0) ? [] : funnel.data.stages.map((s) => [s.status, s.now, s.reached]) }}
    >
      {funnel.data ? <CaseFunnelChart funnel={funnel.data} onStage={(status) => openListings({ marketplace, statuses: STAGE_STATUSES[status] ?? [] })} /> : null}
    </ChartCard>
  );
}

function TakedownsCard({ filter }: CardProps) {
  const takedowns = useOperation('dashboard.takedownsOverTime', { filter });
  const marketplace = filter.marketplace;
  return (
    <ChartCard
      id="takedowns-over-time"
      title="Takedown outcomes per week"
      hint="Share of the listings decided each week that were taken down, rejected or relisted. Click for the listings taken down."
      error={takedowns.error}
      emptyText="No takedown outcome has been recorded yet."
      data={takedowns.data && { header: ['week', 'taken_down', 'rejected', 'relisted', 'other', 'taken_down_share', 'rejected_share', 'relisted_share'], rows: takedowns.data.map((w) => [w.week, w.takenDown, w.rejected, w.relisted, w.other, w.takenDownShare, w.rejectedShare, w.relistedShare]) }}
    >
      {takedowns.data ? <TakedownsChart weeks={takedowns.data} onClick={() => openListings({ marketplace, statuses: ['taken_down'] })} /> : null}
    </ChartCard>
  );
}

function LocationsCard({ filter }: CardProps) {
  const locations = useOperation('dashboard.sellerLocations', { filter });
  const marketplace = filter.marketplace;
  return (
    <ChartCard
      id="seller-locations"
      title="Listings by seller location"
      hint={`Where the sellers say they are${marketplace ? ` on ${marketplaceName(marketplace)}` : ''}. Click a bar for the riskiest listings (the Listings page does not filter by location).`}
      error={locations.error}
      emptyText="No listings under these filters."
      data={locations.data && { header: ['location', 'listings'], rows: locations.data.map((l) => [l.location, l.listings]) }}
    >
      {locations.data ? <BarListChart items={locations.data} label={(l) => l.location} value={(l) => l.listings} format={formatCount} valueName="Listings" colour={RISK_RED} labelWidth={200} onItem={riskiestFirst(marketplace)} /> : null}
    </ChartCard>
  );
}
