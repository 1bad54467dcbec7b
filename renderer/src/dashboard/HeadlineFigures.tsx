// The Dashboard's headline figures: listings under watch, high-risk listings, estimated counterfeit sales, open
// cases, takedown success and seizure deadlines, each a button or link to where the figure comes from.
import type { DashboardHeadline } from '../../../electron/api/dashboardContract';
import { formatCount } from '../format/numberFormat';
import { routeHref } from '../routing/hashRoute';
import { formatCompactMoney } from './compactMoney';

export function HeadlineFigures(props: { headline: DashboardHeadline | undefined; currency: string; onListings: () => void; onHighRisk: () => void; onTakedowns: () => void }) {
  const h = props.headline;
  const value = (v: string | undefined) => v ?? '—';
  const rate = h?.takedowns.rate;
  const next = h?.seizures.upcoming[0];
  return (
    <section className="stat-row dashboard-stats" aria-label="Headline figures">
      <button type="button" className="stat" onClick={props.onListings}>
        <span className="stat__value">{value(h && formatCount(h.listings))}</span>
        <span className="stat__label">Listings under watch</span>
      </button>
      <button type="button" className="stat" onClick={props.onHighRisk}>
        <span className="stat__value">{value(h && (h.scored > 0 ? formatCount(h.highRisk) : 'Not scored'))}</span>
        <span className="stat__label">High-risk listings</span>
      </button>
      <button type="button" className="stat" onClick={props.onHighRisk} title={h ? `${props.currency} ${formatCount(h.counterfeitSales)}: units sold × normalised price, over high-risk listings where both are known` : undefined}>
        <span className="stat__value">{value(h && formatCompactMoney(h.counterfeitSales, props.currency))}</span>
        <span className="stat__label">Estimated counterfeit sales{h ? ` · ${formatCount(h.counterfeitUnits)} units` : ''}</span>
      </button>
      <a className="stat" href={routeHref('cases')}>
        <span className="stat__value">{value(h && formatCount(h.openCases))}</span>
        <span className="stat__label">Open cases</span>
      </a>
      <button type="button" className="stat" onClick={props.onTakedowns}>
        <span className="stat__value">{value(h && (rate === null || rate === undefined ? 'No outcomes' : `${Math.round(rate * 100)}%`))}</span>
        <span className="stat__label">Takedown success{h && h.takedowns.decided > 0 ? ` · ${formatCount(h.takedowns.succeeded)} of ${formatCount(h.takedowns.decided)}` : ''}</span>
      </button>
      <a className="stat" href={routeHref('seizures')}>
        <span className="stat__value">{value(h && (h.seizures.available ? formatCount(h.seizures.upcoming.length) : 'No seizures'))}</span>
        <span className="stat__label">
          {h?.seizures.available ? (next ? `Seizure deadlines in 30 days · next ${next.deadline.slice(0, 10)}` : 'Seizure deadlines in 30 days') : 'Seizure deadlines'}
          {h && h.seizures.overdue > 0 ? ` · ${formatCount(h.seizures.overdue)} passed` : ''}
        </span>
      </a>
    </section>
  );
}
