// The specification of one genuine product as an examiner reads it: prices, size and weight, serial pattern,
// and the lists (aliases, materials, colourways, GTINs, authentication features, official images, models
// that never existed).
import type { ProductSummary } from '../../../electron/api/contract';
import { Fact } from '../components/Facts';
import { formatMoney } from '../format/priceFormat';

const measure = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "300 × 200 × 100 mm", "300 × 200 mm"; null when no dimension is recorded. */
export function formatDimensions(p: Pick<ProductSummary, 'lengthMm' | 'widthMm' | 'heightMm'>): string | null {
  const parts = [p.lengthMm, p.widthMm, p.heightMm].filter((n): n is number => n !== null);
  return parts.length === 0 ? null : `${parts.map((n) => measure.format(n)).join(' × ')} mm`;
}

export function ProductSpecification({ product }: { product: ProductSummary }) {
  const dimensions = formatDimensions(product);
  return (
    <>
      <dl className="facts facts--two">
        <Fact term="MSRP">{formatMoney(product.msrp, product.currency)}</Fact>
        <Fact term="Minimum authorised price">{formatMoney(product.minAuthorisedPrice, product.currency)}</Fact>
        <Fact term="Dimensions (L × W × H)">{dimensions ?? '—'}</Fact>
        <Fact term="Weight">{product.weightG === null ? '—' : `${measure.format(product.weightG)} g`}</Fact>
        <Fact term="Serial pattern" wide>
          {product.serialPattern ? <code>{product.serialPattern}</code> : 'Carries no serial number'}
        </Fact>
        <Fact term="Status" wide>
          {product.discontinued ? <span className="badge badge--discontinued">Discontinued</span> : 'In production'}
        </Fact>
      </dl>
      <SpecList title="Also sold as" items={product.aliases} />
      <SpecList title="Materials" items={product.materials} />
      <SpecList title="Colourways" items={product.colourways} />
      <SpecList title="GTINs" items={product.gtins} mono />
      <SpecList title="Authentication features" items={product.authenticationFeatures} ordered />
      <SpecList title="Official images" items={product.officialImages} mono />
      <SpecList title="Models never made" items={product.neverMadeModels} />
    </>
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
        <ListTag className={`spec-list${props.ordered ? ' spec-list--ordered' : ''}${props.mono ? ' mono spec-list--paths' : ''}`}>
          {props.items.map((item, i) => (
            <li key={`${i}-${item}`}>{item}</li>
          ))}
        </ListTag>
      )}
    </div>
  );
}
