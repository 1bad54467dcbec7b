// The filters every Dashboard chart obeys: brand, product (of that brand), marketplace, and the weeks first seen.
// Each change rewrites the address, so the view can be reopened from a bookmark or the history.
import type { DashboardFilter, DashboardOptions } from '../../../electron/api/dashboardContract';
import { marketplaceName } from '../format/marketplaceNames';

export function DashboardFilters(props: { options: DashboardOptions; filter: DashboardFilter; onChange: (filter: DashboardFilter) => void }) {
  const { options, filter } = props;
  const set = (patch: Partial<DashboardFilter>) => {
    const next: DashboardFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof DashboardFilter)[]) if (next[key] === undefined || next[key] === '') delete next[key];
    props.onChange(next);
  };
  const products = options.products.filter((p) => !filter.brandId || p.brandId === filter.brandId);
  const numberOrUndefined = (v: string) => (v ? Number(v) : undefined);
  const filtered = Object.keys(filter).length > 0;
  return (
    <form className="dashboard-filters" aria-label="Dashboard filters" onSubmit={(e) => e.preventDefault()}>
      <label className="dashboard-filters__field">
        <span>Brand</span>
        <select className="select" value={filter.brandId ?? ''} onChange={(e) => set({ brandId: numberOrUndefined(e.target.value), productId: undefined })}>
          <option value="">All brands</option>
          {options.brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <label className="dashboard-filters__field">
        <span>Product</span>
        <select className="select dashboard-filters__product" value={filter.productId ?? ''} onChange={(e) => set({ productId: numberOrUndefined(e.target.value) })}>
          <option value="">All products</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.sku} · {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="dashboard-filters__field">
        <span>Marketplace</span>
        <select className="select" value={filter.marketplace ?? ''} onChange={(e) => set({ marketplace: e.target.value || undefined })}>
          <option value="">All marketplaces</option>
          {options.marketplaces.map((m) => (
            <option key={m} value={m}>
              {marketplaceName(m)}
            </option>
          ))}
        </select>
      </label>
      <label className="dashboard-filters__field">
        <span>First seen from</span>
        <input className="input" type="date" value={filter.from ?? ''} min={options.firstWeek ?? undefined} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label className="dashboard-filters__field">
        <span>to</span>
        <input className="input" type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      {filtered ? (
        <button type="button" className="button button--quiet" onClick={() => props.onChange({})}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
