// Sellers seen in the workspace: clusters of accounts linked by shared contacts (sellers.clusters) and every
// seller (sellers.list), in two tabs under one quick local filter.
import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import type { SellerSummary } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { LoadingRows } from '../components/LoadingRows';
import { PageHeader } from '../components/PageHeader';
import { contactKindLabel } from '../format/contactKinds';
import { countOf, formatCount } from '../format/numberFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { clusterText } from './clusterPresentation';
import { SellerClusters } from './SellerClusters';

const SHOWN_AT_ONCE = 500;

type SellersView = 'clusters' | 'sellers';
const VIEWS: readonly { key: SellersView; label: string }[] = [
  { key: 'clusters', label: 'Clusters' },
  { key: 'sellers', label: 'All sellers' },
];
const tabId = (view: SellersView) => `sellers-tab-${view}`;
const panelId = (view: SellersView) => `sellers-panel-${view}`;

const sellerText = (s: SellerSummary) => [s.name, s.sellerRef, s.location, marketplaceName(s.marketplace), ...s.contacts.map((c) => c.value)].join('\n').toLowerCase();

export function SellersPage() {
  const sellers = useOperation('sellers.list', {});
  const clusters = useOperation('sellers.clusters', {});
  const [view, setView] = useState<SellersView>('clusters');
  const [filterText, setFilterText] = useState('');
  const [limit, setLimit] = useState(SHOWN_AT_ONCE);
  const query = useDeferredValue(filterText.trim().toLowerCase());

  const matching = useMemo(() => {
    const all = sellers.data ?? [];
    return query ? all.filter((s) => sellerText(s).includes(query)) : all;
  }, [sellers.data, query]);
  const shown = matching.slice(0, limit);
  const matchingClusters = useMemo(() => {
    const all = clusters.data ?? [];
    return query ? all.filter((c) => clusterText(c).includes(query)) : all;
  }, [clusters.data, query]);
  const counts: Record<SellersView, number | undefined> = { clusters: clusters.data?.length, sellers: sellers.data?.length };

  // Arrow keys move between the tabs, as the ARIA tabs pattern expects.
  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.findIndex((v) => v.key === view) + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!.key;
    setView(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <div className="page page--scroll">
      <PageHeader
        title="Sellers"
        subtitle="Accounts that share a phone, e-mail, WeChat or other contact are grouped into one cluster, across marketplaces."
        actions={
          <input
            type="search"
            className="input"
            aria-label="Filter sellers"
            placeholder="Filter by name, reference, contact…"
            value={filterText}
            onChange={(event) => {
              setFilterText(event.target.value);
              setLimit(SHOWN_AT_ONCE);
            }}
          />
        }
      />
      <div className="page-pad stack">
        <div role="tablist" aria-label="Sellers view" className="tabs" onKeyDown={onTabKeyDown}>
          {VIEWS.map((v) => (
            <button
              key={v.key}
              type="button"
              role="tab"
              id={tabId(v.key)}
              aria-selected={view === v.key}
              aria-controls={panelId(v.key)}
              tabIndex={view === v.key ? 0 : -1}
              className={`tab${view === v.key ? ' tab--on' : ''}`}
              onClick={() => setView(v.key)}
            >
              {v.label}
              <TabCount count={counts[v.key]} />
            </button>
          ))}
        </div>
        {view === 'clusters' ? (
          <div role="tabpanel" id={panelId('clusters')} aria-labelledby={tabId('clusters')} className="stack">
            {clusters.error ? <InlineAlert>{clusters.error}</InlineAlert> : null}
            {clusters.data ? (
              <p className="table-caption" aria-live="polite">
                {query ? `${formatCount(matchingClusters.length)} of ${countOf(clusters.data.length, 'cluster')}` : countOf(clusters.data.length, 'cluster')}
                {' · '}largest estimated sales first; open a cluster to see the contacts that link its sellers.
              </p>
            ) : null}
            <SellerClusters clusters={matchingClusters} loading={clusters.loading} />
            {clusters.data && clusters.data.length === 0 ? <p className="muted">No two sellers share a contact in this workspace.</p> : null}
          </div>
        ) : (
          <div role="tabpanel" id={panelId('sellers')} aria-labelledby={tabId('sellers')} className="stack">
            {sellers.error ? <InlineAlert>{sellers.error}</InlineAlert> : null}
            {sellers.data ? (
              <p className="table-caption" aria-live="polite">
                {query ? `${formatCount(matching.length)} of ${countOf(sellers.data.length, 'seller')}` : countOf(sellers.data.length, 'seller')}
              </p>
            ) : null}
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Marketplace</th>
                    <th scope="col">Name</th>
                    <th scope="col">Reference</th>
                    <th scope="col">Location</th>
                    <th scope="col" className="numeric">
                      Listings
                    </th>
                    <th scope="col">Contacts</th>
                  </tr>
                </thead>
                <tbody>
                  {sellers.loading && !sellers.data ? <LoadingRows columns={6} /> : null}
                  {shown.map((s) => (
                    <tr key={s.id}>
                      <td>{marketplaceName(s.marketplace)}</td>
                      <td className="strong">{s.name || '—'}</td>
                      <td className="mono">{s.sellerRef || '—'}</td>
                      <td>{s.location || '—'}</td>
                      <td className="numeric">{formatCount(s.listings)}</td>
                      <td>
                        {s.contacts.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <ul className="contact-list">
                            {s.contacts.map((c, i) => (
                              <li key={`${c.kind}-${i}`}>
                                <span className="contact-list__kind">{contactKindLabel(c.kind)}</span> <span className="mono">{c.value}</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {sellers.data && sellers.data.length === 0 ? <p className="muted">No sellers in this workspace yet.</p> : null}
            {matching.length > shown.length ? (
              <div className="table-more">
                <span className="muted">
                  Showing {formatCount(shown.length)} of {formatCount(matching.length)}.
                </span>
                <button type="button" className="button" onClick={() => setLimit((n) => n + SHOWN_AT_ONCE)}>
                  Show {formatCount(Math.min(SHOWN_AT_ONCE, matching.length - shown.length))} more
                </button>
              </div>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}

function TabCount({ count }: { count: number | undefined }) {
  return count === undefined ? null : <span className="tab__count">{formatCount(count)}</span>;
}
