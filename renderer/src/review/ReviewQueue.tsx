// The review queue: the undecided listings matching the grid's filter, riskiest first, one at a time beside the
// genuine product. Keyboard triage (j/k or arrows, i, n, s, c) with the shortcuts on screen; every decision is one
// contract call that writes its custody event, and the queue moves on to the next listing.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ListingCursor, ListingFilter, ListingRow } from '../../../electron/api/contract';
import type { ReviewDecision } from '../../../electron/api/reviewContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { ListingStatusBadge } from '../components/StatusBadge';
import { marketplaceName } from '../format/marketplaceNames';
import { countOf } from '../format/numberFormat';
import { formatListedPrice } from '../format/priceFormat';
import { ListingRiskSection } from '../risk/ListingRiskSection';
import { RiskBadge } from '../risk/RiskBadge';
import { AddToCaseDialog } from './AddToCaseDialog';
import { ListingComparisonSection } from './ListingComparisonSection';
import { ListingHistorySection } from './ListingHistorySection';
import { keyLabel, TRIAGE_SHORTCUTS, triageAction, type TriageAction } from './triageKeys';
import './review.css';

const PAGE = 100;
/** Fetch the next page this many listings before the end of what is loaded. */
const PREFETCH = 10;

const DECIDED_TEXT: Record<ReviewDecision, string> = { infringing: 'Marked infringing', not_infringing: 'Marked not infringing', suspect: 'Put back among the undecided' };

interface Props {
  filter: ListingFilter;
  onExit: () => void;
}

export function ReviewQueue({ filter, onExit }: Props) {
  const [items, setItems] = useState<ListingRow[]>([]);
  const [next, setNext] = useState<ListingCursor | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [addingToCase, setAddingToCase] = useState(false);
  const [version, setVersion] = useState(0);
  const loading = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    call('review.queue', { filter: JSON.parse(filterKey) as ListingFilter, limit: PAGE }).then(
      (page) => {
        if (!live) return;
        setItems(page.rows);
        setNext(page.next);
        setTotal(page.total);
        setIndex(0);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [filterKey]);

  /** The next keyset page: decisions made meanwhile do not shift it, as it starts after the last row held. */
  const loadMore = (after: ListingCursor) => {
    if (loading.current) return;
    loading.current = true;
    call('review.queue', { filter: JSON.parse(filterKey) as ListingFilter, limit: PAGE, after })
      .then(
        (page) => {
          setItems((prev) => [...prev, ...page.rows]);
          setNext(page.next);
        },
        (e: unknown) => setError(errorMessage(e)),
      )
      .finally(() => (loading.current = false));
  };

  useEffect(() => {
    container.current?.focus();
  }, []);

  const current = items[index];
  const move = (by: number) => {
    const to = Math.max(0, Math.min(items.length - 1, index + by));
    setIndex(to);
    if (next && to >= items.length - PREFETCH) loadMore(next);
  };

  const decide = async (decision: ReviewDecision) => {
    if (!current) return;
    try {
      await call('review.decide', { target: { ids: [current.id] }, decision });
      setItems((prev) => prev.map((r) => (r.id === current.id ? { ...r, status: decision } : r)));
      setAnnouncement(`${DECIDED_TEXT[decision]}: ${current.title || `listing ${current.listingId}`}`);
      setVersion((v) => v + 1);
      move(1);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const run = (action: TriageAction) => {
    switch (action) {
      case 'next':
        return move(1);
      case 'previous':
        return move(-1);
      case 'skip':
        setAnnouncement(current ? `Skipped: ${current.title || current.listingId}` : '');
        return move(1);
      case 'infringing':
      case 'not_infringing':
        return void decide(action);
      case 'addToCase':
        return current ? setAddingToCase(true) : undefined;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (addingToCase) return;
    const action = triageAction(event);
    if (action) {
      event.preventDefault();
      run(action);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onExit();
    }
  };

  return (
    <div ref={container} className="review-queue" role="region" aria-label="Review queue" tabIndex={0} onKeyDown={onKeyDown} aria-keyshortcuts="j k i n s c ArrowDown ArrowUp Escape">
      <div className="review-queue__bar">
        <button type="button" className="button button--small button--quiet" onClick={onExit} title="Back to the grid (Esc)">
          ← Grid
        </button>
        <h1 className="toolbar__title">Review queue</h1>
        <output className="toolbar__count" aria-live="polite">
          {total === null ? 'Counting…' : total === 0 ? 'Nothing left to review' : `${Math.min(index + 1, items.length)} of ${countOf(total, 'undecided listing')}, riskiest first`}
        </output>
        <ShortcutList onRun={run} disabled={!current} />
      </div>
      <div className="visually-hidden review-queue__announcement" role="status" aria-live="polite">
        {announcement}
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      <div className="review-queue__body">
        <ol className="review-queue__list" aria-label="Queued listings">
          {items.map((row, i) => (
            <li key={row.id} aria-current={i === index ? 'true' : undefined} className={`review-queue__item${i === index ? ' is-current' : ''}`}>
              <button type="button" className="review-queue__pick" tabIndex={-1} onClick={() => setIndex(i)}>
                <RiskBadge score={row.riskScore} />
                <span className="review-queue__title">{row.title || 'Untitled listing'}</span>
                <ListingStatusBadge status={row.status} />
              </button>
            </li>
          ))}
        </ol>
        <div className="review-queue__current">
          {current ? (
            <CurrentListing key={current.id} row={current} version={version} />
          ) : total === 0 ? (
            <p className="grid-empty" role="status">
              Every listing matching these filters has been decided.
            </p>
          ) : null}
        </div>
      </div>
      {addingToCase && current ? (
        <AddToCaseDialog
          target={{ ids: [current.id] }}
          count={1}
          onCancel={() => setAddingToCase(false)}
          onDone={(result) => {
            setAddingToCase(false);
            setAnnouncement(`Added to case ${result.caseName}`);
            setVersion((v) => v + 1);
            move(1);
          }}
        />
      ) : null}
    </div>
  );
}

function ShortcutList({ onRun, disabled }: { onRun: (action: TriageAction) => void; disabled: boolean }) {
  return (
    <ul className="shortcut-list" aria-label="Keyboard shortcuts">
      {TRIAGE_SHORTCUTS.map((s) => (
        <li key={s.action}>
          <button type="button" className="shortcut" tabIndex={-1} disabled={disabled} onClick={() => onRun(s.action)}>
            {s.keys.map((k) => (
              <kbd key={k}>{keyLabel(k)}</kbd>
            ))}
            <span>{s.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function CurrentListing({ row, version }: { row: ListingRow; version: number }) {
  const { data: detail, error } = useOperation('listings.get', { id: row.id });
  const [corrections, setCorrections] = useState(0);
  return (
    <article className="review-current" aria-label={`Listing ${row.listingId}`}>
      <header className="detail-head">
        <h2 className="detail-head__title">{row.title || 'Untitled listing'}</h2>
        <p className="detail-head__meta">
          <span>{marketplaceName(row.marketplace)}</span>
          <span className="mono">{row.listingId}</span>
          <span>{formatListedPrice(row.price, row.priceMax, row.currency)}</span>
          <span>{row.sellerName}</span>
          <ListingStatusBadge status={row.status} />
        </p>
      </header>
      <div className="review-current__columns">
        <ListingComparisonSection listingId={row.id} onCorrected={() => setCorrections((n) => n + 1)} />
        <div>
          {error ? <InlineAlert>{error}</InlineAlert> : null}
          {detail && detail.id === row.id ? <ListingRiskSection detail={detail} /> : null}
          <ListingHistorySection key={`${version}-${corrections}`} listingId={row.id} />
        </div>
      </div>
    </article>
  );
}
