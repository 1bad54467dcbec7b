// The brand's genuine catalogue from products.list: a list of products and the full specification of
// the one selected. Read-only for now; editing and importing specifications arrive with imports.
import { useState } from 'react';
import type { ProductSummary } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { Fact } from '../components/Facts';
import { InlineAlert } from '../components/InlineAlert';
import { LoadingRows } from '../components/LoadingRows';
import { PageHeader } from '../components/PageHeader';
import { formatMoney } from '../format/priceFormat';
import { countOf } from '../format/numberFormat';

export function ProductsPage() {
  const products = useOperation('products.list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const list = products.data ?? [];
  const selected = list.find((p) => p.id === selectedId) ?? list[0];

  return (
    <div className="page">
      <PageHeader
        title="Products"
        subtitle={
          <>
            The genuine specifications listings are compared against{products.data ? ` — ${countOf(list.length, 'product')}` : ''}. Read-only for now: editing and importing
            specifications arrive with imports.
          </>
        }
      />
      {products.error ? (
        <div className="page-pad">
          <InlineAlert>{products.error}</InlineAlert>
        </div>
      ) : null}
      <div className="catalogue">
        <div className="catalogue__list table-wrap">
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
                <tr key={p.id} className={p.id === selected?.id ? 'is-selected' : undefined} onClick={() => setSelectedId(p.id)}>
                  <td className="mono nowrap">
                    <button type="button" className="link-button mono" onClick={() => setSelectedId(p.id)} aria-current={p.id === selected?.id ? 'true' : undefined} title={`Show the specification of ${p.name}`}>
                      {p.sku}
                    </button>
                  </td>
                  <td className="strong">{p.name}</td>
                  <td className="nowrap">{p.category ?? '—'}</td>
                  <td className="numeric">{formatMoney(p.msrp, p.currency)}</td>
                  <td className="numeric">{formatMoney(p.minAuthorisedPrice, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {products.data && list.length === 0 ? <p className="muted page-pad">No genuine products in this workspace yet.</p> : null}
        </div>
        {selected ? <ProductSpecification product={selected} /> : null}
      </div>
    </div>
  );
}

function ProductSpecification({ product }: { product: ProductSummary }) {
  return (
    <section className="spec-sheet" aria-label="Product specification">
      <header className="spec-sheet__head">
        <span className="mono muted">{product.sku}</span>
        <h2 className="spec-sheet__title">{product.name}</h2>
        {product.category ? <span className="muted">{product.category}</span> : null}
      </header>
      <dl className="facts facts--two">
        <Fact term="MSRP">{formatMoney(product.msrp, product.currency)}</Fact>
        <Fact term="Minimum authorised price">{formatMoney(product.minAuthorisedPrice, product.currency)}</Fact>
        <Fact term="Serial pattern" wide>
          {product.serialPattern ? <code>{product.serialPattern}</code> : 'Carries no serial number'}
        </Fact>
      </dl>
      <SpecList title="Also sold as" items={product.aliases} />
      <SpecList title="Materials" items={product.materials} />
      <SpecList title="Colourways" items={product.colourways} />
      <SpecList title="GTINs" items={product.gtins} mono />
      <SpecList title="Authentication features" items={product.authenticationFeatures} ordered />
    </section>
  );
}

function SpecList(props: { title: string; items: string[]; mono?: boolean; ordered?: boolean }) {
  const ListTag = props.ordered ? 'ol' : 'ul';
  return (
    <div className="spec-sheet__block">
      <h3 className="detail-section__title">{props.title}</h3>
      {props.items.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ListTag className={`spec-list${props.ordered ? ' spec-list--ordered' : ''}${props.mono ? ' mono' : ''}`}>
          {props.items.map((item, i) => (
            <li key={`${i}-${item}`}>{item}</li>
          ))}
        </ListTag>
      )}
    </div>
  );
}
