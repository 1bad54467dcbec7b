// The right-hand panel for one listing, from listings.get: its risk and the findings behind it, what was listed,
// by whom, where it stands, and the original imported row. Everything renders as text; URLs are copyable, never opened.
import { useEffect, useState } from 'react';
import type { ListingDetail } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { CopyButton } from '../components/CopyButton';
import { OpenInBrowserButton } from '../components/OpenInBrowserButton';
import { visibleUrl } from '../format/visibleUrl';
import { Fact } from '../components/Facts';
import { InlineAlert } from '../components/InlineAlert';
import { CaseStatusBadge, ListingStatusBadge } from '../components/StatusBadge';
import { contactKindLabel } from '../format/contactKinds';
import { formatTimestamp } from '../format/dateFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { formatCount } from '../format/numberFormat';
import { formatListedPrice, formatMoney } from '../format/priceFormat';
import { ListingComparisonSection } from '../review/ListingComparisonSection';
import { ListingHistorySection } from '../review/ListingHistorySection';
import { ListingRiskSection } from '../risk/ListingRiskSection';
import { routeHref } from '../routing/hashRoute';

interface Props {
  listingId: number;
  normalisedCurrency: string;
  onClose: () => void;
}

/** Arrowing through rows with the panel open asks only for the row the person stops on. */
const FOLLOW_DELAY_MS = 90;

export function ListingDetailPanel({ listingId, normalisedCurrency, onClose }: Props) {
  const [requestedId, setRequestedId] = useState(listingId);
  useEffect(() => {
    const timer = setTimeout(() => setRequestedId(listingId), FOLLOW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [listingId]);
  const { data: detail, error, loading, reload } = useOperation('listings.get', { id: requestedId });
  // The previous listing stays on screen, dimmed, until the next one arrives: no flash of skeleton per row.
  const stale = loading || requestedId !== listingId || (detail !== undefined && detail.id !== listingId);

  return (
    <aside className="detail-panel" aria-label="Listing detail" aria-busy={stale}>
      <div className="detail-panel__bar">
        <span className="detail-panel__kicker">Listing</span>
        <button type="button" className="icon-button" aria-label="Close listing detail" title="Close (Esc)" onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className={`detail-panel__scroll${stale && detail ? ' detail-panel__scroll--stale' : ''}`} key={detail?.id}>
        {error ? (
          <InlineAlert
            action={
              <button type="button" className="button button--small" onClick={reload}>
                Retry
              </button>
            }
          >
            {error}
          </InlineAlert>
        ) : null}
        {detail ? <DetailBody detail={detail} normalisedCurrency={normalisedCurrency} /> : !error ? <DetailSkeleton /> : null}
      </div>
    </aside>
  );
}

function DetailBody({ detail, normalisedCurrency }: { detail: ListingDetail; normalisedCurrency: string }) {
  return (
    <>
      <header className="detail-head">
        <h2 className="detail-head__title">{detail.title || 'Untitled listing'}</h2>
        <p className="detail-head__meta">
          <span>{marketplaceName(detail.marketplace)}</span>
          <span className="detail-head__dot" aria-hidden="true">
            ·
          </span>
          <span className="mono">{detail.listingId}</span>
          <ListingStatusBadge status={detail.status} />
        </p>
      </header>

      <ListingRiskSection detail={detail} />

      <ListingComparisonSection listingId={detail.id} />

      <ListingHistorySection listingId={detail.id} />

      <section className="detail-section" aria-label="Address">
        <h3 className="detail-section__title">URL</h3>
        <div className="copyable">
          <code className="copyable__text">{detail.url ? visibleUrl(detail.url) : '—'}</code>
          {detail.url ? <CopyButton text={detail.url} label="Copy listing URL" /> : null}
          {detail.url ? <OpenInBrowserButton url={detail.url} label="Open the listing in your browser" /> : null}
        </div>
      </section>

      <section className="detail-section" aria-label="Facts">
        <dl className="facts">
          <Fact term="Price">{formatListedPrice(detail.price, detail.priceMax, detail.currency)}</Fact>
          <Fact term={`Normalised (${normalisedCurrency})`}>{formatMoney(detail.priceNormalised, normalisedCurrency)}</Fact>
          <Fact term="Brand">{detail.brand || '—'}</Fact>
          <Fact term="Units sold">{detail.unitsSold === null ? '—' : formatCount(detail.unitsSold)}</Fact>
          <Fact term="Language">{detail.language ?? '—'}</Fact>
          <Fact term="First seen">{formatTimestamp(detail.firstSeen)}</Fact>
          <Fact term="Last seen">{formatTimestamp(detail.lastSeen)}</Fact>
          <Fact term="Captured at">{formatTimestamp(detail.capturedAt)}</Fact>
        </dl>
      </section>

      <section className="detail-section" aria-label="Description">
        <h3 className="detail-section__title">Description</h3>
        {detail.description ? <p className="detail-description">{detail.description}</p> : <p className="muted">No description was captured.</p>}
      </section>

      <section className="detail-section" aria-label="Seller">
        <h3 className="detail-section__title">Seller</h3>
        {detail.seller ? (
          <>
            <dl className="facts">
              <Fact term="Name">{detail.seller.name || '—'}</Fact>
              <Fact term="Reference">
                <span className="mono">{detail.seller.sellerRef || '—'}</span>
              </Fact>
              <Fact term="Marketplace">{marketplaceName(detail.seller.marketplace)}</Fact>
              <Fact term="Location">{detail.seller.location || '—'}</Fact>
            </dl>
            {detail.seller.storeUrl ? (
              <div className="copyable copyable--spaced">
                <code className="copyable__text">{detail.seller.storeUrl}</code>
                <CopyButton text={detail.seller.storeUrl} label="Copy store URL" />
              </div>
            ) : null}
            {detail.seller.contacts.length > 0 ? (
              <table className="kv-table">
                <caption className="visually-hidden">Seller contacts</caption>
                <tbody>
                  {detail.seller.contacts.map((contact, i) => (
                    <tr key={`${contact.kind}-${contact.value}-${i}`}>
                      <th scope="row">{contactKindLabel(contact.kind)}</th>
                      <td className="mono">{contact.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">No contacts recorded for this seller.</p>
            )}
          </>
        ) : (
          <p className="muted">
            Seller as listed: {detail.sellerName || '—'}
            {detail.sellerLocation ? `, ${detail.sellerLocation}` : ''}. Not linked to a seller record.
          </p>
        )}
      </section>

      <section className="detail-section" aria-label="Cases">
        <h3 className="detail-section__title">Cases</h3>
        {detail.cases.length > 0 ? (
          <ul className="plain-list">
            {detail.cases.map((c) => (
              <li key={c.id} className="plain-list__item">
                <a href={routeHref('cases')}>{c.name}</a>
                <CaseStatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">This listing is not in any case.</p>
        )}
      </section>

      <section className="detail-section" aria-label="Images">
        <h3 className="detail-section__title">Images ({detail.imageUrls.length})</h3>
        {detail.imageUrls.length > 0 ? (
          <ol className="url-list">
            {detail.imageUrls.map((url, i) => (
              <li key={`${i}-${url}`} className="mono">
                {url}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No image addresses were captured.</p>
        )}
        <p className="hint">Image addresses are listed as text; Assay does not download them.</p>
      </section>

      <section className="detail-section" aria-label="Original row">
        <h3 className="detail-section__title">Original row</h3>
        <table className="kv-table kv-table--raw">
          <caption className="visually-hidden">The row as imported</caption>
          <tbody>
            {Object.entries(detail.raw).map(([key, value]) => (
              <tr key={key}>
                <th scope="row" className="mono">
                  {key}
                </th>
                <td className="mono">{rawValueText(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}


/** Imported cells are usually strings; anything else is shown as JSON so nothing is hidden. */
function rawValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

function DetailSkeleton() {
  return (
    <div className="detail-skeleton" aria-hidden="true">
      <span className="skeleton-bar skeleton-bar--title" />
      <span className="skeleton-bar" style={{ width: '40%' }} />
      <span className="skeleton-bar" style={{ width: '90%' }} />
      <span className="skeleton-bar" style={{ width: '75%' }} />
      <span className="skeleton-bar" style={{ width: '82%' }} />
    </div>
  );
}
