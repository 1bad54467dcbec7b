// Settings → Brand: the rights holder, the agent and their authorisation, the signature block, and the
// registered trademarks (office, number, classes, expiry, mark image). Every notice a packet holds draws on it.
import { useRef, useState, type FormEvent } from 'react';
import type { RightsHolderDetails, RightsHolderRecord, TrademarkRecord } from '../../../electron/api/caseContract';
import { TRADEMARK_KINDS, TRADEMARK_OFFICES, type TrademarkKind } from '../../../electron/api/caseVocabulary';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { formatDay } from '../format/dateFormat';
import { parseClasses, rightsHolderDraft, type RightsHolderDraft } from './brandDraft';
import '../cases/cases.css';

type Field = keyof RightsHolderDraft;

const FIELDS: { key: Field; label: string; wide?: boolean; multiline?: boolean; placeholder?: string }[] = [
  { key: 'brandName', label: 'Brand' },
  { key: 'ownerName', label: 'Rights holder (legal name)' },
  { key: 'ownerAddress', label: 'Rights holder’s address', wide: true, multiline: true },
  { key: 'ownerEmail', label: 'Rights holder’s e-mail' },
  { key: 'ownerPhone', label: 'Rights holder’s phone' },
  { key: 'ownerCountry', label: 'Country (two letters)', placeholder: 'FR' },
  { key: 'agentName', label: 'Agent (law firm or enforcement agent)' },
  { key: 'agentAddress', label: 'Agent’s address', wide: true, multiline: true },
  { key: 'agentEmail', label: 'Agent’s e-mail' },
  { key: 'agentPhone', label: 'Agent’s phone' },
  { key: 'agentAuthorisation', label: 'Authorisation (how the rights holder empowered the agent)', wide: true, multiline: true },
  { key: 'agentAuthorisationExpiresOn', label: 'Authorisation expires on', placeholder: 'YYYY-MM-DD' },
  { key: 'signatoryName', label: 'Signatory' },
  { key: 'signatoryTitle', label: 'Signatory’s title' },
  { key: 'signatureText', label: 'Electronic signature (as it appears on notices)', placeholder: '/Aline Moreau/' },
];

export function BrandSettingsCard() {
  const brand = useOperation('brand.get', {});
  return (
    <section className="card stack" aria-labelledby="brand-settings">
      <div>
        <h2 className="card__title" id="brand-settings">
          Brand
        </h2>
        <p className="muted">The rights holder, their agent and the signature block every notice is made with. A packet that needs a detail missing here is refused, naming it.</p>
      </div>
      {brand.error ? <InlineAlert>{brand.error}</InlineAlert> : null}
      {brand.data === undefined ? !brand.error ? <p className="muted">Reading the brand…</p> : null : <BrandEditor initial={brand.data} />}
    </section>
  );
}

/** Holds the saved details; each save's answer replaces them, and the form restarts from what was stored. */
function BrandEditor({ initial }: { initial: RightsHolderDetails | null }) {
  const [details, setDetails] = useState(initial);
  const [saves, setSaves] = useState(0);
  const saved = (d: RightsHolderDetails) => {
    setDetails(d);
    setSaves((n) => n + 1);
  };
  return (
    <>
      <RightsHolderForm key={saves} details={details} justSaved={saves > 0} onSaved={saved} />
      {details ? <Trademarks trademarks={details.trademarks} onChanged={setDetails} /> : null}
    </>
  );
}

function RightsHolderForm({ details, justSaved, onSaved }: { details: RightsHolderDetails | null; justSaved: boolean; onSaved: (d: RightsHolderDetails) => void }) {
  const [draft, setDraft] = useState<RightsHolderDraft>(() => rightsHolderDraft(details));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(justSaved);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, k === 'brandName' || k === 'ownerName' ? v : v.trim() || null])) as Omit<RightsHolderRecord, 'brandId'>;
    call('brand.save', input).then(
      (d) => {
        setError(null);
        setSaved(true);
        onSaved(d);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Rights holder">
      <div className="brand-form__grid">
        {FIELDS.map((f) => (
          <label key={f.key} className={`form-field${f.wide ? ' brand-form__wide' : ''}`}>
            <span className="field-label">{f.label}</span>
            {f.multiline ? (
              <textarea className="textarea" rows={2} value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
            ) : (
              <input className="input input--block" value={draft[f.key]} placeholder={f.placeholder} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
            )}
          </label>
        ))}
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      {saved && !error ? <InlineAlert tone="success">Saved. Notices use these details from now on.</InlineAlert> : null}
      <div className="card__actions">
        <button type="submit" className="button button--primary">
          Save rights holder
        </button>
      </div>
    </form>
  );
}

function Trademarks({ trademarks, onChanged }: { trademarks: TrademarkRecord[]; onChanged: (d: RightsHolderDetails) => void }) {
  const [error, setError] = useState<string | null>(null);
  const run = (p: Promise<RightsHolderDetails>) =>
    p.then(
      (d) => {
        setError(null);
        onChanged(d);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <div className="stack">
      <h3 className="field-label">Trademarks</h3>
      {trademarks.length ? (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">Mark</th>
              <th scope="col">Office</th>
              <th scope="col">Registration</th>
              <th scope="col">Classes</th>
              <th scope="col">Expires</th>
              <th scope="col">Mark image</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {trademarks.map((t) => (
              <tr key={t.id}>
                <td>
                  {t.mark} <span className="hint">{t.kind}</span>
                </td>
                <td>{t.office}</td>
                <td className="mono">{t.registrationNumber}</td>
                <td>{t.classes.join(', ') || '—'}</td>
                <td className="nowrap">{formatDay(t.expiresOn)}</td>
                <td>
                  <MarkImage trademark={t} onSet={(path) => run(call('brand.setMarkImage', { trademarkId: t.id, path }))} />
                </td>
                <td>
                  <button type="button" className="button button--quiet button--small" onClick={() => run(call('brand.removeTrademark', { trademarkId: t.id }))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">No trademarks yet. Notices name the registrations they rest on; add at least one.</p>
      )}
      <TrademarkForm onSave={(t) => run(call('brand.saveTrademark', t))} />
      {error ? <InlineAlert>{error}</InlineAlert> : null}
    </div>
  );
}

function MarkImage({ trademark, onSet }: { trademark: TrademarkRecord; onSet: (path: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className="copyable">
      {trademark.markImageSha256 ? <code className="mono hint" title={trademark.markImageSha256}>{trademark.markImageSha256.slice(0, 10)}…</code> : <span className="hint">none</span>}
      <button type="button" className="button button--small" onClick={() => input.current?.click()}>
        {trademark.markImageSha256 ? 'Replace…' : 'Add…'}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/*"
        hidden
        aria-label={`Mark image for ${trademark.mark}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void fileToPath(file).then(onSet);
        }}
      />
    </span>
  );
}

function TrademarkForm({ onSave }: { onSave: (t: { id: null; mark: string; kind: TrademarkKind; office: string; registrationNumber: string; classes: number[]; registeredOn: string | null; expiresOn: string | null }) => Promise<void> }) {
  const [mark, setMark] = useState('');
  const [kind, setKind] = useState<TrademarkKind>('word');
  const [office, setOffice] = useState('EUIPO');
  const [number, setNumber] = useState('');
  const [classes, setClasses] = useState('');
  const [registeredOn, setRegisteredOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseClasses(classes);
    if (typeof parsed === 'string') {
      setError(parsed);
      return;
    }
    setError(null);
    void onSave({ id: null, mark, kind, office, registrationNumber: number, classes: parsed, registeredOn: registeredOn || null, expiresOn: expiresOn || null }).then(() => {
      setMark('');
      setNumber('');
      setClasses('');
      setRegisteredOn('');
      setExpiresOn('');
    });
  };

  return (
    <form onSubmit={submit} aria-label="Add a trademark">
      <div className="trademark-form">
        <label className="form-field">
          <span className="field-label">Mark</span>
          <input className="input" value={mark} onChange={(e) => setMark(e.target.value)} />
        </label>
        <label className="form-field">
          <span className="field-label">Kind</span>
          <select className="select" value={kind} onChange={(e) => setKind(e.target.value as TrademarkKind)}>
            {TRADEMARK_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Office</span>
          <input className="input" list="trademark-offices" value={office} onChange={(e) => setOffice(e.target.value)} />
          <datalist id="trademark-offices">
            {TRADEMARK_OFFICES.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
        <label className="form-field">
          <span className="field-label">Registration no.</span>
          <input className="input" value={number} onChange={(e) => setNumber(e.target.value)} />
        </label>
        <label className="form-field">
          <span className="field-label">Classes</span>
          <input className="input" value={classes} placeholder="18, 25" onChange={(e) => setClasses(e.target.value)} />
        </label>
        <label className="form-field">
          <span className="field-label">Registered</span>
          <input className="input" type="date" value={registeredOn} onChange={(e) => setRegisteredOn(e.target.value)} />
        </label>
        <label className="form-field">
          <span className="field-label">Expires</span>
          <input className="input" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Add trademark
        </button>
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
    </form>
  );
}
