// Bulk actions over the grid: on the ticked rows, or on every listing matching the filter. Mark infringing or
// not infringing, or add to a case; a confirmation names the count before anything changes.
import { useState } from 'react';
import type { ListingFilter } from '../../../electron/api/contract';
import type { ReviewDecision, ReviewTarget } from '../../../electron/api/reviewContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { countOf, formatCount } from '../format/numberFormat';
import { AddToCaseDialog } from '../review/AddToCaseDialog';
import { ReviewDialog } from '../review/ReviewDialog';

interface Props {
  filter: ListingFilter;
  total: number;
  selected: readonly number[];
  allMatching: boolean;
  onSelectAllMatching: (on: boolean) => void;
  onClear: () => void;
  /** After a change to the listings, so the grid reads them again. */
  onChanged: (message: string) => void;
}

const DECISION_LABEL: Record<Exclude<ReviewDecision, 'suspect'>, string> = { infringing: 'infringing', not_infringing: 'not infringing' };

export function BulkActionBar({ filter, total, selected, allMatching, onSelectAllMatching, onClear, onChanged }: Props) {
  const [pending, setPending] = useState<{ kind: 'decide'; decision: Exclude<ReviewDecision, 'suspect'> } | { kind: 'case' } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = allMatching ? total : selected.length;
  const target: ReviewTarget = allMatching ? { filter } : { ids: [...selected] };
  const scope = allMatching ? `all ${countOf(total, 'listing')} matching this filter` : countOf(selected.length, 'selected listing');

  const decide = async (decision: ReviewDecision) => {
    setBusy(true);
    setError(null);
    try {
      const s = await call('review.decide', { target, decision });
      setPending(null);
      onChanged(
        `Marked ${countOf(s.decided, 'listing')} ${DECISION_LABEL[decision as 'infringing']}` +
          (s.unchanged ? `; ${formatCount(s.unchanged)} already were` : '') +
          (s.locked ? `; ${formatCount(s.locked)} reported or taken down left as they were` : '') +
          '.',
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
      <span className="bulk-bar__scope" aria-live="polite">
        {count === 0 ? 'Tick rows (Space, or Shift-click for a range) for a bulk action, or' : `Acting on ${scope}.`}
        {!allMatching && total > 0 ? (
          <button type="button" className="button button--small button--quiet" onClick={() => onSelectAllMatching(true)}>
            Select all {formatCount(total)} matching
          </button>
        ) : null}
        {count > 0 ? (
          <button type="button" className="button button--small button--quiet" onClick={onClear}>
            Clear selection
          </button>
        ) : null}
      </span>
      <button type="button" className="button button--small" disabled={count === 0} onClick={() => setPending({ kind: 'decide', decision: 'infringing' })}>
        Mark infringing
      </button>
      <button type="button" className="button button--small" disabled={count === 0} onClick={() => setPending({ kind: 'decide', decision: 'not_infringing' })}>
        Mark not infringing
      </button>
      <button type="button" className="button button--small" disabled={count === 0} onClick={() => setPending({ kind: 'case' })}>
        Add to case…
      </button>
      {pending?.kind === 'decide' ? (
        <ReviewDialog title={`Mark ${countOf(count, 'listing')} ${DECISION_LABEL[pending.decision]}?`} onCancel={() => setPending(null)}>
          <p>
            This changes the status of {scope} and records one custody event for each listing that changes. Reported or taken-down listings are left as they
            are.
          </p>
          {error ? <InlineAlert>{error}</InlineAlert> : null}
          <div className="review-dialog__actions">
            <button type="button" className="button" onClick={() => setPending(null)}>
              Cancel
            </button>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void decide(pending.decision)} data-autofocus>
              Mark {countOf(count, 'listing')} {DECISION_LABEL[pending.decision]}
            </button>
          </div>
        </ReviewDialog>
      ) : null}
      {pending?.kind === 'case' ? (
        <AddToCaseDialog
          target={target}
          count={count}
          onCancel={() => setPending(null)}
          onDone={(r) => {
            setPending(null);
            onChanged(`Added ${countOf(r.added, 'listing')} to case ${r.caseName}${r.alreadyInCase ? `; ${formatCount(r.alreadyInCase)} were in it already` : ''}.`);
          }}
        />
      ) : null}
      {error && !pending ? <InlineAlert>{error}</InlineAlert> : null}
    </div>
  );
}
