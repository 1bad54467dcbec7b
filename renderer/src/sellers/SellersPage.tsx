// Sellers seen in the workspace, from sellers.list, with a quick local filter. Grouping sellers that
// share contacts into one operator comes with scoring; the page says so.
import { useDeferredValue, useMemo, useState } from 'react';
import type { SellerSummary } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { LoadingRows } from '../components/LoadingRows';
import { PageHeader } from '../components/PageHeader';
import { contactKindLabel } from '../format/contactKinds';
import { countOf, formatCount } from '../format/numberFormat';
import { marketplaceName } from '../format/marketplaceNames';

const SHOWN_AT_ONCE = 500;

const sellerText = (s: SellerSummary) => [s.name, s.sellerRef, s.location, marketplaceName(s.marketplace), ...s.contacts.map((c) => c.value)].join('\n').toLowerCase();

export function SellersPage() {
  const sellers = useOperation('sellers.list', {});
  const [filterText, setFilterText] = useState('');
  const [limit, setLimit] = useState(SHOWN_AT_ONCE);
  const query = useDeferredValue(filterText.trim().toLowerCase());

  const matching = useMemo(() => {
    const all = sellers.data ?? [];
    return query ? all.filter((s) => sellerText(s).includes(query)) : all;
  }, [sellers.data, query]);
  const shown = matching.slice(0, limit);

  return (
    <div className="page page--scroll">
      <PageHeader
        title="Sellers"
        subtitle="Grouping sellers that share contacts into one operator comes with scoring."
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
    </div>
  );
}
