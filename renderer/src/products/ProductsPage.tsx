// The brand's genuine catalogue from products.list: a list of products and the full specification of the
// one selected, which can be edited in place (products.update). Whole sheets are imported on the Imports page.
import { useRef, useState } from 'react';
import type { ProductSummary } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { LoadingRows } from '../components/LoadingRows';
import { PageHeader } from '../components/PageHeader';
import { formatMoney } from '../format/priceFormat';
import { countOf } from '../format/numberFormat';
import { routeHref } from '../routing/hashRoute';
import { ProductEditForm } from './ProductEditForm';
import { ProductSpecification } from './ProductSpecification';

export function ProductsPage() {
  const products = useOperation('products.list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  /** Which product was just saved, for a line saying so until the person moves on. */
  const [justSaved, setJustSaved] = useState<number | null>(null);
  const sheet = useRef<HTMLElement>(null);
  /** The product just saved, shown at once until the reloaded list (a new array) replaces the one it was saved over. */
  const [saved, setSaved] = useState<{ product: ProductSummary; over: ProductSummary[] | undefined } | null>(null);
  const list = (products.data ?? []).map((p) => (saved && saved.over === products.data && saved.product.id === p.id ? saved.product : p));
  const selected = list.find((p) => p.id === selectedId) ?? list[0];

  const select = (id: number) => {
    if (editing) return;
    setSelectedId(id);
    setJustSaved(null);
  };

  /** Switching between the sheet and the form starts at the top of either. */
  const showForm = (open: boolean) => {
    setEditing(open);
    sheet.current?.scrollTo({ top: 0 });
  };

  return (
    <div className="page">
      <PageHeader
        title="Products"
        subtitle={
          <>
            The genuine specifications listings are compared against{products.data ? ` — ${countOf(list.length, 'product')}` : ''}. Edit one here, or import a whole
            specification sheet on the <a href={routeHref('imports')}>Imports</a> page.
          </>
        }
      />
      {products.error ? (
        <div className="page-pad">
          <InlineAlert>{products.error}</InlineAlert>
        </div>
      ) : null}
      <div className="catalogue">
        <div className={`catalogue__list table-wrap${editing ? ' catalogue__list--locked' : ''}`} title={editing ? 'Save or cancel the edit to choose another product.' : undefined}>
          <table className="data-table data-table--selectable">
            <thead>
              <tr>
                <th scope="col">SKU</th>
                <th scope="col">Name</th>
                <th scope="col">Category</th>
                <th scope="col" className="numeric">
                  MSRP
                </th>
                <th scope="col" className="numeric">
                  Min. authorised
                </th>
              </tr>
            </thead>
            <tbody>
              {products.loading && !products.data ? <LoadingRows columns={5} /> : null}
              {list.map((p) => (
                <tr key={p.id} className={p.id === selected?.id ? 'is-selected' : undefined} onClick={() => select(p.id)}>
                  <td className="mono nowrap">
                    <button
                      type="button"
                      className="link-button mono"
                      onClick={() => select(p.id)}
                      disabled={editing && p.id !== selected?.id}
                      aria-current={p.id === selected?.id ? 'true' : undefined}
                      title={`Show the specification of ${p.name}`}
                    >
                      {p.sku}
                    </button>
                  </td>
                  <td className="strong">
                    {p.name}
                    {p.discontinued ? <span className="badge badge--discontinued">Discontinued</span> : null}
                  </td>
                  <td className="nowrap">{p.category ?? '—'}</td>
                  <td className="numeric">{formatMoney(p.msrp, p.currency)}</td>
                  <td className="numeric">{formatMoney(p.minAuthorisedPrice, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {products.data && list.length === 0 ? (
            <p className="muted page-pad">
              No genuine products in this workspace yet. Import the brand’s specification sheet on the <a href={routeHref('imports')}>Imports</a> page.
            </p>
          ) : null}
        </div>
        {selected ? (
          <section className="spec-sheet" aria-label={editing ? 'Edit product' : 'Product specification'} ref={sheet}>
            <header className="spec-sheet__head">
              <div className="spec-sheet__titles">
                <span className="mono muted">
                  {selected.sku}
                  {selected.brand ? ` · ${selected.brand}` : ''}
                </span>
                <h2 className="spec-sheet__title">{editing ? `Editing ${selected.name}` : selected.name}</h2>
                {!editing && selected.category ? <span className="muted">{selected.category}</span> : null}
              </div>
              {!editing ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setJustSaved(null);
                    showForm(true);
                  }}
                >
                  Edit
                </button>
              ) : null}
            </header>
            {editing ? (
              <ProductEditForm
                key={selected.id}
                product={selected}
                onCancel={() => showForm(false)}
                onSaved={(product) => {
                  setSaved({ product, over: products.data });
                  setJustSaved(product.id);
                  showForm(false);
                  products.reload();
                }}
              />
            ) : (
              <>
                {justSaved === selected.id ? (
                  <div className="spec-sheet__saved">
                    <InlineAlert tone="success" title="Saved.">
                      The change is recorded in the custody log.
                    </InlineAlert>
                  </div>
                ) : null}
                <ProductSpecification product={selected} />
              </>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
