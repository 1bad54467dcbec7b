// Corrects which genuine product a seized line is examined against: type part of a SKU or name, pick it from the
// list with the arrow keys, and Enter sets it (the checklist and the automatic checks follow the new product).
// "No product" clears the match. The examiner's choice is kept over the automatic matcher from then on.
import { useState, type FormEvent } from 'react';
import type { ProductSummary } from '../../../electron/api/contract';
import type { SeizedLineDetail } from '../../../electron/api/seizureContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';

const optionText = (p: Pick<ProductSummary, 'sku' | 'name'>) => `${p.sku} — ${p.name}`;

/** The product a typed text names: its exact option text, its SKU, or the one product whose SKU or name contains it. */
export function productFor(products: readonly ProductSummary[], text: string): ProductSummary | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const exact = products.find((p) => optionText(p).toLowerCase() === t || p.sku.toLowerCase() === t);
  if (exact) return exact;
  const some = products.filter((p) => p.sku.toLowerCase().includes(t) || p.name.toLowerCase().includes(t));
  return some.length === 1 ? some[0]! : null;
}

export function ProductChooser(props: { line: SeizedLineDetail; onSaved: (detail: SeizedLineDetail) => void }) {
  const { line } = props;
  const products = useOperation('products.list', {});
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (productId: number | null) => {
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await call('seizures.setProduct', { lineId: line.id, productId }));
      setText('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const product = productFor(products.data ?? [], text);
    if (!product) {
      setError(text.trim() ? `No single product matches “${text.trim()}”; type more of its SKU or name and pick it from the list.` : 'Type a SKU or a product name first.');
      return;
    }
    void save(product.id);
  };

  const how = line.matchMethod === 'examiner' ? 'chosen by the examiner' : line.matchMethod === 'gtin' ? 'matched by GTIN' : line.matchMethod === 'text' ? `matched by text${line.matchScore !== null ? ` (score ${line.matchScore.toFixed(2)})` : ''}` : '';

  return (
    <form className="exam-panel" aria-label="Matched product" onSubmit={submit}>
      <h2 className="exam-panel__title">
        Matched product <span className="muted">{line.product ? `${line.product.sku} ${line.product.name} · ${how}` : 'none'}</span>
      </h2>
      <label className="form-field">
        <span className="field-label">Change to</span>
        <input
          className="input input--block"
          list={`products-for-${line.id}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={products.data ? `SKU or name, ${products.data.length} products` : 'Loading the catalogue…'}
          aria-label="Product SKU or name"
        />
        <datalist id={`products-for-${line.id}`}>
          {(products.data ?? []).map((p) => (
            <option key={p.id} value={optionText(p)} />
          ))}
        </datalist>
      </label>
      <div className="exam-actions">
        <button type="submit" className="button" disabled={busy || !products.data}>
          Set product
        </button>
        <button type="button" className="button button--quiet" disabled={busy || !line.product} onClick={() => void save(null)}>
          No product
        </button>
      </div>
      {products.error ? <InlineAlert>{products.error}</InlineAlert> : null}
      {error ? <InlineAlert>{error}</InlineAlert> : null}
    </form>
  );
}
