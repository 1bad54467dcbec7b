// A case's test buys: the order (number, date, cost), what arrived, the examination against the genuine
// specification as field / expected / observed rows, the conclusion, and photos kept as evidence.
import { useRef, useState, type FormEvent } from 'react';
import type { CaseEvidenceRecord, CaseListingRecord, TestBuyRecord } from '../../../electron/api/caseContract';
import { TEST_BUY_CONCLUSIONS, type TestBuyConclusion } from '../../../electron/api/caseVocabulary';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { formatDay } from '../format/dateFormat';
import { countOf } from '../format/numberFormat';
import { formatMoney } from '../format/priceFormat';

const CONCLUSION_LABELS: Record<TestBuyConclusion, string> = { counterfeit: 'Counterfeit', genuine: 'Genuine', inconclusive: 'Inconclusive' };
const blankRow = () => ({ field: '', expected: '', observed: '' });

export function TestBuysSection(props: { caseId: number; testBuys: TestBuyRecord[]; listings: CaseListingRecord[]; evidence: CaseEvidenceRecord[]; onChanged: () => void }) {
  const { caseId, testBuys, listings, evidence, onChanged } = props;
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="case-test-buys">
      <div className="card__head">
        <div>
          <h2 className="card__title" id="case-test-buys">
            Test buys
          </h2>
          <p className="muted">{countOf(testBuys.length, 'test buy')}. What was ordered, what arrived, and how it differs from the genuine product.</p>
        </div>
        <button type="button" className="button" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
          Record a test buy
        </button>
      </div>
      {open ? (
        <TestBuyForm
          caseId={caseId}
          listings={listings}
          onSaved={() => {
            setOpen(false);
            onChanged();
          }}
        />
      ) : null}
      {testBuys.map((t) => (
        <TestBuyCard key={t.id} testBuy={t} listings={listings} photos={evidence.filter((e) => t.evidenceIds.includes(e.id))} onChanged={onChanged} />
      ))}
    </section>
  );
}

function TestBuyForm({ caseId, listings, onSaved }: { caseId: number; listings: CaseListingRecord[]; onSaved: () => void }) {
  const [orderNumber, setOrderNumber] = useState('');
  const [orderedOn, setOrderedOn] = useState('');
  const [cost, setCost] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [listingId, setListingId] = useState<number | null>(null);
  const [received, setReceived] = useState('');
  const [rows, setRows] = useState([blankRow()]);
  const [conclusion, setConclusion] = useState<TestBuyConclusion | ''>('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = cost.trim() === '' ? null : Number(cost);
    if (amount !== null && (!Number.isFinite(amount) || amount < 0)) {
      setError(`The cost "${cost}" is not an amount.`);
      return;
    }
    call('cases.addTestBuy', {
      caseId,
      listingId,
      orderNumber,
      orderedOn: orderedOn || null,
      cost: amount,
      currency: amount === null ? null : currency,
      received,
      examination: rows.filter((r) => r.field.trim() || r.expected.trim() || r.observed.trim()),
      conclusion: conclusion || null,
    }).then(onSaved, (e: unknown) => setError(errorMessage(e)));
  };

  const setRow = (i: number, key: 'field' | 'expected' | 'observed', value: string) => setRows((list) => list.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  return (
    <form className="test-buy-form stack" onSubmit={submit} aria-label="Record a test buy">
      <div className="test-buy-form__grid">
        <label className="form-field">
          <span className="field-label">Order number</span>
          <input className="input" value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} required />
        </label>
        <label className="form-field">
          <span className="field-label">Ordered on</span>
          <input className="input" type="date" value={orderedOn} onChange={(e) => setOrderedOn(e.target.value)} />
        </label>
        <label className="form-field">
          <span className="field-label">Cost</span>
          <input className="input" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </label>
        <label className="form-field">
          <span className="field-label">Currency</span>
          <input className="input" value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value.toUpperCase())} />
        </label>
        <label className="form-field">
          <span className="field-label">Listing bought from</span>
          <select className="select" value={listingId ?? ''} onChange={(e) => setListingId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">—</option>
            {listings.map((l) => (
              <option key={l.listingId} value={l.listingId}>
                {l.platformListingId}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Conclusion</span>
          <select className="select" value={conclusion} onChange={(e) => setConclusion(e.target.value as TestBuyConclusion | '')}>
            <option value="">Not yet examined</option>
            {TEST_BUY_CONCLUSIONS.map((c) => (
              <option key={c} value={c}>
                {CONCLUSION_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="form-field">
        <span className="field-label">What arrived</span>
        <textarea className="textarea" rows={2} value={received} onChange={(e) => setReceived(e.target.value)} placeholder="Packaging, labels, accessories, how it was shipped…" />
      </label>
      <fieldset className="examination">
        <legend className="field-label">Examination against the genuine specification</legend>
        {rows.map((r, i) => (
          <div className="examination__row" key={i}>
            <input className="input" aria-label={`Row ${i + 1}: field`} placeholder="Field (e.g. serial number)" value={r.field} onChange={(e) => setRow(i, 'field', e.target.value)} />
            <input className="input" aria-label={`Row ${i + 1}: expected`} placeholder="Expected (genuine)" value={r.expected} onChange={(e) => setRow(i, 'expected', e.target.value)} />
            <input className="input" aria-label={`Row ${i + 1}: observed`} placeholder="Observed" value={r.observed} onChange={(e) => setRow(i, 'observed', e.target.value)} />
          </div>
        ))}
        <button type="button" className="button button--quiet button--small" onClick={() => setRows((list) => [...list, blankRow()])}>
          Add a row
        </button>
      </fieldset>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      <div className="card__actions">
        <button type="submit" className="button button--primary">
          Save test buy
        </button>
      </div>
    </form>
  );
}

function TestBuyCard({ testBuy: t, listings, photos, onChanged }: { testBuy: TestBuyRecord; listings: CaseListingRecord[]; photos: CaseEvidenceRecord[]; onChanged: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const listing = listings.find((l) => l.listingId === t.listingId);

  const addPhotos = async (files: FileList | null) => {
    setError(null);
    try {
      for (const file of [...(files ?? [])]) {
        await call('evidence.add', { path: await fileToPath(file), originalName: file.name, testBuyId: t.id, caseId: t.caseId, kind: 'photo' });
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      if (input.current) input.current.value = '';
      onChanged();
    }
  };

  return (
    <article className="test-buy" aria-label={`Test buy ${t.orderNumber}`}>
      <header className="test-buy__head">
        <strong>Order {t.orderNumber}</strong>
        <span className="hint">
          {t.orderedOn ? `ordered ${formatDay(t.orderedOn)}` : 'date not recorded'}
          {t.cost !== null ? ` · ${formatMoney(t.cost, t.currency)}` : ''}
          {listing ? ` · from ${listing.platformListingId}` : ''}
        </span>
        {t.conclusion ? <span className={`badge badge--test-buy-${t.conclusion}`}>{CONCLUSION_LABELS[t.conclusion]}</span> : null}
      </header>
      {t.received ? <p>{t.received}</p> : null}
      {t.examination.length ? (
        <table className="data-table data-table--compact data-table--cells">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Expected</th>
              <th scope="col">Observed</th>
            </tr>
          </thead>
          <tbody>
            {t.examination.map((r, i) => (
              <tr key={i}>
                <td>{r.field}</td>
                <td>{r.expected}</td>
                <td>{r.observed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="test-buy__photos">
        <span className="hint">{photos.length ? `Photos: ${photos.map((p) => p.originalName).join(', ')}` : 'No photos yet.'}</span>
        <button type="button" className="button button--small" onClick={() => input.current?.click()}>
          Add photos…
        </button>
        <input ref={input} type="file" accept="image/*,application/pdf" multiple hidden aria-label={`Photos for order ${t.orderNumber}`} onChange={(e) => void addPhotos(e.target.files)} />
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
    </article>
  );
}
