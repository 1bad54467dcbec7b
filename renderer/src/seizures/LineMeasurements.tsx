// The examiner's own measurement of one unit of a seized line: weight in grams and length, width and height in
// millimetres. Enter saves; an empty box clears that measure. The automatic checks compare them with the matched
// product's specification at once, and the change is a custody event on the Node side.
import { useState, type FormEvent } from 'react';
import type { SeizedLineDetail } from '../../../electron/api/seizureContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';

const MEASURES = [
  { key: 'weightG', label: 'Weight', unit: 'g' },
  { key: 'lengthMm', label: 'Length', unit: 'mm' },
  { key: 'widthMm', label: 'Width', unit: 'mm' },
  { key: 'heightMm', label: 'Height', unit: 'mm' },
] as const;
type MeasureKey = (typeof MEASURES)[number]['key'];

const shown = (value: number | null) => (value === null ? '' : String(value));

/** A box's text as a measure: null when empty, else a positive number (a decimal comma is accepted), or a sentence. */
export function readMeasure(text: string, label: string, unit: string): number | null | string {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value <= 0) return `The ${label.toLowerCase()} “${text.trim()}” is not a positive number of ${unit === 'g' ? 'grams' : 'millimetres'}.`;
  return value;
}

export function LineMeasurements(props: { line: SeizedLineDetail; onSaved: (detail: SeizedLineDetail) => void }) {
  const { line } = props;
  const [values, setValues] = useState<Record<MeasureKey, string>>({ weightG: shown(line.weightG), lengthMm: shown(line.lengthMm), widthMm: shown(line.widthMm), heightMm: shown(line.heightMm) });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read: Partial<Record<MeasureKey, number | null>> = {};
    for (const m of MEASURES) {
      const value = readMeasure(values[m.key], m.label, m.unit);
      if (typeof value === 'string') {
        setError(value);
        document.getElementById(`measure-${m.key}`)?.focus();
        return;
      }
      read[m.key] = value;
    }
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await call('seizures.setMeasurements', { lineId: line.id, weightG: read.weightG ?? null, lengthMm: read.lengthMm ?? null, widthMm: read.widthMm ?? null, heightMm: read.heightMm ?? null }));
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="exam-panel" aria-label="Measurements" onSubmit={(e) => void submit(e)}>
      <h2 className="exam-panel__title">Measured <span className="muted">one unit · Enter saves</span></h2>
      <div className="exam-measures">
        {MEASURES.map((m) => (
          <label key={m.key} className="form-field">
            <span className="field-label">
              {m.label} ({m.unit})
            </span>
            <input
              id={`measure-${m.key}`}
              className="input input--block exam-measure"
              inputMode="decimal"
              value={values[m.key]}
              onChange={(e) => {
                setSaved(false);
                setValues((old) => ({ ...old, [m.key]: e.target.value }));
              }}
            />
          </label>
        ))}
      </div>
      <div className="exam-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save measurements'}
        </button>
        {saved ? <span className="muted" role="status">Saved; the automatic checks were run again.</span> : null}
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
    </form>
  );
}
