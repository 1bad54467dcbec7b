// The edit form of one genuine product (products.update): text fields, lists one item per line, prices with
// their currency, sizes in millimetres and grams. Problems are said beside their field; the Node side's
// refusal is said above the buttons.
import { useState, type ReactNode } from 'react';
import type { ProductSummary } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { draftFromProduct, editFromDraft, type DraftField, type DraftProblems, type ProductDraft } from './productEditDraft';

interface Props {
  product: ProductSummary;
  onSaved: (product: ProductSummary) => void;
  onCancel: () => void;
}

type ListField = 'aliases' | 'materials' | 'colourways' | 'gtins' | 'authenticationFeatures' | 'officialImages' | 'neverMadeModels';

const LISTS: { field: ListField; label: string; hint: string; mono?: boolean }[] = [
  { field: 'aliases', label: 'Also sold as', hint: 'Other names and model numbers, one per line.' },
  { field: 'materials', label: 'Materials', hint: 'One per line.' },
  { field: 'colourways', label: 'Colourways', hint: 'The colourways made, one per line.' },
  { field: 'gtins', label: 'GTINs', hint: '8 to 14 digits each, one per line.', mono: true },
  { field: 'authenticationFeatures', label: 'Authentication features', hint: 'What a genuine item has, one per line, in the order an examiner checks.' },
  { field: 'officialImages', label: 'Official images', hint: 'File paths of the brand’s own photos, one per line.', mono: true },
  { field: 'neverMadeModels', label: 'Models never made', hint: 'Names counterfeiters use for models that do not exist, one per line.' },
];

/** Fields in the order the form shows them, to focus the first one with a problem. */
const FIELD_ORDER: DraftField[] = ['name', 'category', 'msrp', 'minAuthorisedPrice', 'currency', 'lengthMm', 'widthMm', 'heightMm', 'weightG', 'serialPattern', ...LISTS.map((l) => l.field)];

export function ProductEditForm({ product, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<ProductDraft>(() => draftFromProduct(product));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const set = <K extends DraftField>(field: K, value: ProductDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (problems[field]) setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const save = () => {
    setRefusal(null);
    const result = editFromDraft(product.id, draft);
    if (result.problems) {
      setProblems(result.problems);
      const first = FIELD_ORDER.find((f) => result.problems[f]);
      // After the render that marks the fields, so the person lands on the first one to fix.
      if (first) setTimeout(() => document.getElementById(`product-${first}`)?.focus(), 0);
      return;
    }
    setProblems({});
    setSaving(true);
    call('products.update', result.edit).then(
      (saved) => {
        setSaving(false);
        onSaved(saved);
      },
      (e: unknown) => {
        setSaving(false);
        setRefusal(errorMessage(e));
      },
    );
  };

  const text = (field: DraftField & keyof ProductDraft, props: { mono?: boolean; placeholder?: string } = {}) => ({
    id: `product-${field}`,
    className: `input input--block${props.mono ? ' mono' : ''}`,
    value: draft[field] as string,
    placeholder: props.placeholder,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `product-${field}-problem` : undefined,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  });
  const problemCount = Object.values(problems).filter(Boolean).length;

  return (
    <form
      className="product-form"
      aria-label={`Edit ${product.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field label="Name" field="name" problem={problems.name}>
        <input {...text('name')} required maxLength={300} />
      </Field>
      <Field label="Category" field="category" problem={problems.category}>
        <input {...text('category')} maxLength={200} />
      </Field>

      <fieldset className="product-form__group">
        <legend className="section-label">Prices</legend>
        <div className="product-form__row">
          <Field label="MSRP" field="msrp">
            <input {...text('msrp', { placeholder: '129.00' })} inputMode="decimal" />
          </Field>
          <Field label="Min. authorised price" field="minAuthorisedPrice">
            <input {...text('minAuthorisedPrice')} inputMode="decimal" />
          </Field>
          <Field label="Currency" field="currency" narrow>
            <input {...text('currency', { mono: true, placeholder: 'USD' })} maxLength={3} autoCapitalize="characters" spellCheck={false} />
          </Field>
        </div>
        <RowProblems problems={problems} fields={['msrp', 'minAuthorisedPrice', 'currency']} />
      </fieldset>

      <fieldset className="product-form__group">
        <legend className="section-label">Size and weight</legend>
        <div className="product-form__row">
          {(['lengthMm', 'widthMm', 'heightMm'] as const).map((field) => (
            <Field key={field} label={{ lengthMm: 'Length', widthMm: 'Width', heightMm: 'Height' }[field]} field={field}>
              <span className="unit-input">
                <input {...text(field)} inputMode="decimal" />
                <span className="unit-input__unit">mm</span>
              </span>
            </Field>
          ))}
          <Field label="Weight" field="weightG">
            <span className="unit-input">
              <input {...text('weightG')} inputMode="decimal" />
              <span className="unit-input__unit">g</span>
            </span>
          </Field>
        </div>
        <RowProblems problems={problems} fields={['lengthMm', 'widthMm', 'heightMm', 'weightG']} />
      </fieldset>

      <Field label="Serial pattern" field="serialPattern" problem={problems.serialPattern} hint="A regular expression every genuine serial number matches; empty when the product carries none.">
        <input {...text('serialPattern', { mono: true, placeholder: '^[A-Z]{2}\\d{6}$' })} spellCheck={false} />
      </Field>

      <label className="check-line">
        <input type="checkbox" checked={draft.discontinued} onChange={(e) => set('discontinued', e.target.checked)} />
        Discontinued
      </label>

      {LISTS.map(({ field, label, hint, mono }) => (
        <Field key={field} label={label} field={field} problem={problems[field]} hint={hint}>
          <textarea
            id={`product-${field}`}
            className={`textarea${mono ? ' mono' : ''}`}
            rows={Math.min(8, Math.max(2, draft[field].split('\n').length + 1))}
            value={draft[field]}
            spellCheck={!mono}
            aria-invalid={problems[field] ? true : undefined}
            aria-describedby={problems[field] ? `product-${field}-problem` : `product-${field}-hint`}
            onChange={(e) => set(field, e.target.value)}
          />
        </Field>
      ))}

      <div className="product-form__footer">
        {problemCount > 0 ? (
          <InlineAlert title="Not saved.">
            {problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} attention; each says what is wrong.
          </InlineAlert>
        ) : null}
        {refusal ? <InlineAlert title="Assay did not save the product.">{refusal}</InlineAlert> : null}
        <div className="product-form__buttons">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
          <span className="hint">The change is recorded in the custody log.</span>
        </div>
      </div>
    </form>
  );
}

/** The problems of a row of small fields, said once under the row where there is room for a sentence. */
function RowProblems({ problems, fields }: { problems: DraftProblems; fields: DraftField[] }) {
  const said = fields.filter((f) => problems[f]);
  if (said.length === 0) return null;
  return (
    <ul className="field-problem product-form__row-problems">
      {said.map((f) => (
        <li key={f} id={`product-${f}-problem`}>
          {problems[f]}
        </li>
      ))}
    </ul>
  );
}

/** A labelled control with its hint or problem; a row of small fields says its problems under the row (RowProblems). */
function Field(props: { label: string; field: DraftField; problem?: string; hint?: string; narrow?: boolean; children: ReactNode }) {
  const id = `product-${props.field}`;
  return (
    <div className={`form-field product-form__field${props.narrow ? ' product-form__field--narrow' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      {props.children}
      {props.problem ? (
        <span className="field-problem" id={`${id}-problem`}>
          {props.problem}
        </span>
      ) : props.hint ? (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
