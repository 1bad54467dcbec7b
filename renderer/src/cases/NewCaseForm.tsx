// Opens a case: its name, the marketplaces it covers and notes; the case opens in draft and its view follows.
import { useState, type FormEvent } from 'react';
import { MARKETPLACES } from '../../../electron/api/vocabulary';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { marketplaceName } from '../format/marketplaceNames';
import { caseHref, navigate } from '../routing/hashRoute';

export function NewCaseForm({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState('');
  const [marketplaces, setMarketplaces] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('A case needs a name.');
      return;
    }
    setBusy(true);
    setError(null);
    call('cases.create', { name, marketplaces, notes }).then(
      ({ caseId }) => navigate(caseHref(caseId)),
      (e: unknown) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  const toggle = (m: string) => setMarketplaces((list) => (list.includes(m) ? list.filter((x) => x !== m) : [...list, m]));

  return (
    <form className="card stack" onSubmit={submit} aria-label="New case">
      <h2 className="card__title">New case</h2>
      <label className="form-field">
        <span className="field-label">Name</span>
        <input className="input input--block" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Riviera sneaker fakes – DHgate sweep" aria-invalid={error !== null && !name.trim()} autoFocus />
      </label>
      <fieldset className="chip-group">
        <legend className="chip-group__legend">Marketplaces</legend>
        {MARKETPLACES.map((m) => (
          <label key={m} className={`chip${marketplaces.includes(m) ? ' chip--on' : ''}`}>
            <input type="checkbox" className="chip__input" checked={marketplaces.includes(m)} onChange={() => toggle(m)} />
            <span className="chip__label">{marketplaceName(m)}</span>
          </label>
        ))}
      </fieldset>
      <label className="form-field">
        <span className="field-label">Notes</span>
        <textarea className="textarea" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
      </label>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      <div className="card__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open case'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
