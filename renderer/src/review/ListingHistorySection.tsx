// A listing's history: its custody events (decisions, match corrections) newest first, each a sentence with who
// and when, and the prices it was seen at across imports.
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { formatTimestamp } from '../format/dateFormat';
import { formatListedPrice } from '../format/priceFormat';

// The caller remounts it (a React key) after a decision, so the history is read again.
export function ListingHistorySection({ listingId }: { listingId: number }) {
  const { data, error, reload } = useOperation('review.history', { listingId });
  const current = data;
  return (
    <section className="detail-section" aria-label="History">
      <h3 className="detail-section__title">History</h3>
      {error ? <InlineAlert action={<button type="button" className="button button--small" onClick={reload}>Retry</button>}>{error}</InlineAlert> : null}
      {current === undefined ? null : current.events.length === 0 ? (
        <p className="muted">No decision or correction recorded yet.</p>
      ) : (
        <ol className="history-list">
          {current.events.map((e) => (
            <li key={e.seq} className="history-list__item">
              <span className="history-list__summary">{e.summary}</span>
              <span className="history-list__meta muted">
                {formatTimestamp(e.at)} · {e.actor} · event {e.seq}
              </span>
            </li>
          ))}
        </ol>
      )}
      {current && current.prices.length > 1 ? (
        <>
          <h4 className="risk-subtitle">Prices seen</h4>
          <ol className="history-list">
            {current.prices.map((p, i) => (
              <li key={`${p.seenAt}-${i}`} className="history-list__item">
                <span>{formatListedPrice(p.price, p.priceMax, p.currency)}</span>
                <span className="history-list__meta muted">{formatTimestamp(p.seenAt)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
