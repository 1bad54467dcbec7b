// Finds listings to add to a case with the Listings page's search (riskiest first), and adds the ones ticked
// under the kind of reason chosen (each marketplace's own reason of that kind).
import { useState, type FormEvent } from 'react';
import type { ListingRow } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { marketplaceName } from '../format/marketplaceNames';
import { countOf } from '../format/numberFormat';
import { RiskBadge } from '../risk/RiskBadge';
import { REASON_KINDS } from './casePresentation';

export function AddListingsForm({ caseId, inCase, onAdded, onClose }: { caseId: number; inCase: Set<number>; onAdded: () => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<ListingRow[] | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [kind, setKind] = useState<string>('counterfeit');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    call('listings.page', { filter: { query, marketplaces: [], statuses: [] }, sort: { column: 'risk', direction: 'desc' }, limit: 50 }).then(
      (page) => {
        setRows(page.rows);
        setChosen(new Set());
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const toggle = (id: number) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = () => {
    setBusy(true);
    call('cases.addListings', { caseId, listingIds: [...chosen], reason: kind }).then(
      () => {
        setBusy(false);
        setChosen(new Set());
        onAdded();
        onClose();
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <div className="card__pad add-listings">
      <form className="add-listings__search" onSubmit={search} role="search">
        <input className="input input--block" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search titles, sellers, descriptions…" aria-label="Search listings to add" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      {rows ? (
        rows.length === 0 ? (
          <p className="muted">No listing matches.</p>
        ) : (
          <ul className="add-listings__results">
            {rows.map((r) => (
              <li key={r.id}>
                <label className="check-line add-listings__row">
                  <input type="checkbox" checked={chosen.has(r.id) || inCase.has(r.id)} disabled={inCase.has(r.id)} onChange={() => toggle(r.id)} />
                  <RiskBadge score={r.riskScore} />
                  <span className="add-listings__title">{r.title || r.listingId}</span>
                  <span className="hint">
                    {marketplaceName(r.marketplace)} · {r.sellerName || 'unknown seller'}
                    {inCase.has(r.id) ? ' · in this case' : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <div className="card__actions">
        <label className="form-field add-listings__kind">
          <span className="field-label">Report as</span>
          <select className="select" value={kind} onChange={(e) => setKind(e.target.value)}>
            {REASON_KINDS.map((k) => (
              <option key={k} value={k}>
                {k[0]!.toUpperCase() + k.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--primary" disabled={busy || chosen.size === 0} onClick={add}>
          {chosen.size ? `Add ${countOf(chosen.size, 'listing')}` : 'Add listings'}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
