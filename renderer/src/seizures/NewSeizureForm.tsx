// Records a new seizure as the authority's notice gives it: who detained the goods and their reference, where and
// when, the deadline to answer, how the goods travelled, from where, and between whom. The seizure opens next,
// ready for its inventory. Only the authority and the reference are required; the Node side checks the rest.
import { useState, type FormEvent } from 'react';
import { TRANSPORT_MODES, type TransportMode } from '../../../electron/api/seizureContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';

const TRANSPORT_LABELS: Record<TransportMode, string> = { '': 'Not given', sea: 'Sea', air: 'Air', road: 'Road', rail: 'Rail', post: 'Post', courier: 'Courier', other: 'Other' };

export function NewSeizureForm(props: { onCreated: (id: number) => void; onCancel: () => void }) {
  const [f, setF] = useState({ authority: '', reference: '', office: '', detainedOn: '', deadlineOn: '', transportMode: '' as TransportMode, originCountry: '', consignor: '', consignee: '', notes: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) => {
    setError(null);
    setF((old) => ({ ...old, [key]: e.target.value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!f.authority.trim() || !f.reference.trim()) {
      setError(!f.authority.trim() ? 'Name the authority that detained the goods (for example “US CBP” or “Douane France”).' : 'Give the authority’s reference number for this detention.');
      return;
    }
    setBusy(true);
    setError(null);
    call('seizures.create', { ...f, detainedOn: f.detainedOn || null, deadlineOn: f.deadlineOn || null }).then(
      (created) => props.onCreated(created.id),
      (e: unknown) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <form className="card card__pad stack new-seizure" onSubmit={submit} aria-label="New seizure">
      <h2 className="card__title">New seizure</h2>
      <div className="new-seizure__grid">
        <label className="form-field">
          <span className="field-label">Authority</span>
          <input className="input input--block" value={f.authority} onChange={set('authority')} placeholder="US CBP, Douane France…" autoFocus aria-required="true" aria-invalid={error !== null && !f.authority.trim()} />
        </label>
        <label className="form-field">
          <span className="field-label">Reference</span>
          <input className="input input--block" value={f.reference} onChange={set('reference')} placeholder="The authority’s reference number" aria-required="true" aria-invalid={error !== null && !f.reference.trim()} />
        </label>
        <label className="form-field">
          <span className="field-label">Port or office</span>
          <input className="input input--block" value={f.office} onChange={set('office')} />
        </label>
        <label className="form-field">
          <span className="field-label">Detained on</span>
          <input className="input input--block" type="date" value={f.detainedOn} onChange={set('detainedOn')} />
        </label>
        <label className="form-field">
          <span className="field-label">Deadline to answer</span>
          <input className="input input--block" type="date" value={f.deadlineOn} onChange={set('deadlineOn')} />
        </label>
        <label className="form-field">
          <span className="field-label">Transport</span>
          <select className="select select--block" value={f.transportMode} onChange={set('transportMode')}>
            {TRANSPORT_MODES.map((m) => (
              <option key={m} value={m}>
                {TRANSPORT_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Country of origin</span>
          <input className="input input--block" value={f.originCountry} onChange={set('originCountry')} />
        </label>
        <label className="form-field">
          <span className="field-label">Consignor</span>
          <input className="input input--block" value={f.consignor} onChange={set('consignor')} />
        </label>
        <label className="form-field">
          <span className="field-label">Consignee</span>
          <input className="input input--block" value={f.consignee} onChange={set('consignee')} />
        </label>
      </div>
      <label className="form-field">
        <span className="field-label">Notes</span>
        <textarea className="textarea" rows={2} value={f.notes} onChange={set('notes')} />
      </label>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      <div className="card__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record the seizure'}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
