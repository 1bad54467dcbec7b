// "Add to case" for the review queue and the grid's bulk actions: an open case or a new one, with the number of
// listings it will add said before anything happens.
import { useState, type FormEvent } from 'react';
import type { AddedToCase, ReviewTarget } from '../../../electron/api/reviewContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { countOf } from '../format/numberFormat';
import { ReviewDialog } from './ReviewDialog';

interface Props {
  target: ReviewTarget;
  count: number;
  onDone: (result: AddedToCase) => void;
  onCancel: () => void;
}

const NEW_CASE = 'new';

export function AddToCaseDialog({ target, count, onDone, onCancel }: Props) {
  const cases = useOperation('cases.list', {});
  const open = (cases.data ?? []).filter((c) => c.status !== 'submitted' && c.status !== 'resolved');
  const [choice, setChoice] = useState<string>('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selected = choice || (open.length ? String(open[0]!.id) : NEW_CASE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = selected === NEW_CASE ? { target, newCaseName: name } : { target, caseId: Number(selected) };
      onDone(await call('review.addToCase', input));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <ReviewDialog title={`Add ${countOf(count, 'listing')} to a case`} onCancel={onCancel}>
      <form className="review-dialog__form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">Case</span>
          <select value={selected} onChange={(e) => setChoice(e.target.value)} data-autofocus>
            {open.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({countOf(c.listings, 'listing')})
              </option>
            ))}
            <option value={NEW_CASE}>A new case…</option>
          </select>
        </label>
        {selected === NEW_CASE ? (
          <label className="field">
            <span className="field__label">New case name</span>
            <input type="text" value={name} maxLength={300} required onChange={(e) => setName(e.target.value)} />
          </label>
        ) : null}
        {cases.error ? <InlineAlert>{cases.error}</InlineAlert> : null}
        {error ? <InlineAlert>{error}</InlineAlert> : null}
        <div className="review-dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || (selected === NEW_CASE && name.trim() === '')}>
            Add {countOf(count, 'listing')}
          </button>
        </div>
      </form>
    </ReviewDialog>
  );
}
