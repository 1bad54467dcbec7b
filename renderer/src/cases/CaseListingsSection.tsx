// A case's listings: the reason each is reported under (editable until the case is submitted), its outcome
// (once submitted), removal, and a search to add more listings from the workspace.
import { useState } from 'react';
import type { CaseListingRecord, CaseRecord } from '../../../electron/api/caseContract';
import { LISTING_OUTCOMES, type ListingOutcome } from '../../../electron/api/caseVocabulary';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { EmptyState } from '../components/EmptyState';
import { InlineAlert } from '../components/InlineAlert';
import { ListingStatusBadge } from '../components/StatusBadge';
import { marketplaceName } from '../format/marketplaceNames';
import { countOf } from '../format/numberFormat';
import { formatMoney } from '../format/priceFormat';
import { routeHref } from '../routing/hashRoute';
import { AddListingsForm } from './AddListingsForm';
import { listingOutcomeLabel, reasonOptions } from './casePresentation';

export function CaseListingsSection({ caseRecord, listings, onChanged }: { caseRecord: CaseRecord; listings: CaseListingRecord[]; onChanged: () => void }) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fixed = caseRecord.status === 'submitted' || caseRecord.status === 'resolved';
  const run = (p: Promise<unknown>) =>
    p.then(
      () => {
        setError(null);
        onChanged();
      },
      (e: unknown) => setError(errorMessage(e)),
    );

  return (
    <section className="card card--flush" aria-labelledby="case-listings">
      <div className="card__head card__head--padded">
        <div>
          <h2 className="card__title" id="case-listings">
            Listings
          </h2>
          <p className="muted">{countOf(listings.length, 'listing')}{fixed ? ' · the reasons are fixed once the case is submitted; record what became of each.' : ' · each reported under its marketplace’s reason.'}</p>
        </div>
        {!fixed ? (
          <button type="button" className="button" onClick={() => setAdding((v) => !v)} aria-expanded={adding}>
            Add listings
          </button>
        ) : null}
      </div>
      {adding ? <AddListingsForm caseId={caseRecord.id} inCase={new Set(listings.map((l) => l.listingId))} onAdded={onChanged} onClose={() => setAdding(false)} /> : null}
      {error ? (
        <div className="card__pad">
          <InlineAlert>{error}</InlineAlert>
        </div>
      ) : null}
      {listings.length === 0 ? (
        <div className="card__pad">
          <EmptyState title="No listings yet">Add the listings this case reports: search the workspace with “Add listings”, or use “Add to case” in the review queue.</EmptyState>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--compact case-listings">
            <thead>
              <tr>
                <th scope="col">Listing</th>
                <th scope="col">Marketplace</th>
                <th scope="col">Seller</th>
                <th scope="col" className="numeric">
                  Price
                </th>
                <th scope="col">Status</th>
                <th scope="col">Reason</th>
                <th scope="col">Outcome</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listings.map((l) => (
                <tr key={l.listingId} data-listing-id={l.listingId}>
                  <td className="case-listings__title">
                    <a href={routeHref('listings', l.listingId)}>{l.title || l.platformListingId}</a>
                    <span className="hint mono">{l.platformListingId}</span>
                  </td>
                  <td>{marketplaceName(l.marketplace)}</td>
                  <td>{l.sellerName || '—'}</td>
                  <td className="numeric nowrap">{formatMoney(l.price, l.currency)}</td>
                  <td>
                    <ListingStatusBadge status={l.listingStatus} />
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={`Reason for listing ${l.platformListingId}`}
                      value={l.reason}
                      disabled={fixed}
                      onChange={(e) => run(call('cases.setReason', { caseId: caseRecord.id, listingId: l.listingId, reason: e.target.value }))}
                    >
                      {reasonOptions(l.marketplace, l.reason).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {fixed ? (
                      <select
                        className="select"
                        aria-label={`Outcome for listing ${l.platformListingId}`}
                        value={l.outcome ?? ''}
                        onChange={(e) => run(call('cases.setOutcome', { caseId: caseRecord.id, listingId: l.listingId, outcome: (e.target.value || null) as ListingOutcome | null }))}
                      >
                        <option value="">Pending</option>
                        {LISTING_OUTCOMES.map((o) => (
                          <option key={o} value={o}>
                            {listingOutcomeLabel(o)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="hint">{listingOutcomeLabel(l.outcome)}</span>
                    )}
                  </td>
                  <td>
                    {!fixed ? (
                      <button type="button" className="button button--quiet button--small" onClick={() => run(call('cases.removeListings', { caseId: caseRecord.id, listingIds: [l.listingId] }))} aria-label={`Remove listing ${l.platformListingId} from the case`}>
                        Remove
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
