// The side-by-side comparison of a listing with its genuine product: field by field with each match or mismatch
// marked, thumbnails of both sides' stored images (ComparisonImages), and the top candidates with a one-click
// "this is the product" correction. Used by the review queue and the listing detail panel alike.
import { useState } from 'react';
import type { ComparisonField, ListingComparison } from '../../../electron/api/reviewContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { formatMatchShare } from '../risk/findingPresentation';
import { ComparisonImages } from './ComparisonImages';

const VERDICT_TEXT: Record<ComparisonField['verdict'], { mark: string; label: string }> = {
  match: { mark: '✓', label: 'Matches' },
  mismatch: { mark: '✗', label: 'Mismatch' },
  unknown: { mark: '?', label: 'Cannot tell' },
};

interface Props {
  listingId: number;
  /** Told after a correction, so the caller can refresh what depends on the match. */
  onCorrected?: () => void;
}

export function ListingComparisonSection({ listingId, onCorrected }: Props) {
  const { data, error, reload } = useOperation('review.comparison', { listingId });
  const [corrected, setCorrected] = useState<ListingComparison | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const comparison = corrected?.listingId === listingId ? corrected : data?.listingId === listingId ? data : undefined;

  const choose = async (productId: number | null) => {
    setSaving(true);
    setSaveError(null);
    try {
      setCorrected(await call('review.correctMatch', { listingId, productId }));
      onCorrected?.();
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="detail-section comparison" aria-label="Comparison with the genuine product">
      <h3 className="detail-section__title">Genuine product beside the listing</h3>
      {error ? (
        <InlineAlert action={<button type="button" className="button button--small" onClick={reload}>Retry</button>}>{error}</InlineAlert>
      ) : null}
      {saveError ? <InlineAlert>{saveError}</InlineAlert> : null}
      {comparison === undefined ? (
        !error ? <p className="muted">Loading the comparison…</p> : null
      ) : (
        <>
          {comparison.product ? (
            <p className="comparison__product">
              <span className="mono strong">{comparison.product.sku}</span> {comparison.product.name}
              {comparison.product.corrected ? <span className="badge">Set by a reviewer</span> : null}
            </p>
          ) : (
            <p className="muted">No genuine product is matched to this listing{comparison.candidates.length ? '; choose one of the candidates below if it imitates one.' : '.'}</p>
          )}
          {comparison.findingsStale ? <p className="hint">The match was corrected after scoring: run <code>assay score</code> to bring the findings and risk score up to date.</p> : null}
          {comparison.fields.length > 0 ? <FieldTable fields={comparison.fields} /> : null}
          <ComparisonImages listingId={comparison.listingId} listing={comparison.images.listing} official={comparison.images.official} hasProduct={comparison.product !== null} />
          <Candidates comparison={comparison} saving={saving} onChoose={choose} />
        </>
      )}
    </section>
  );
}

function FieldTable({ fields }: { fields: readonly ComparisonField[] }) {
  return (
    <table className="comparison-table">
      <caption className="visually-hidden">Genuine specification and listing, field by field</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Genuine</th>
          <th scope="col">Listing</th>
          <th scope="col"><span className="visually-hidden">Verdict</span></th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.key} className={`comparison-row comparison-row--${f.verdict}`}>
            <th scope="row">{f.label}</th>
            <td>{f.genuine}</td>
            <td>
              {f.listing}
              {f.verdict !== 'unknown' || f.note ? <span className="comparison-row__note">{f.note}</span> : null}
            </td>
            <td className="comparison-row__verdict">
              <span className={`verdict verdict--${f.verdict}`} title={VERDICT_TEXT[f.verdict].label} aria-label={VERDICT_TEXT[f.verdict].label}>
                {VERDICT_TEXT[f.verdict].mark}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Candidates({ comparison, saving, onChoose }: { comparison: ListingComparison; saving: boolean; onChoose: (productId: number | null) => void }) {
  const chosen = comparison.product?.id ?? null;
  return (
    <div className="comparison-candidates">
      <h4 className="risk-subtitle">Candidates</h4>
      {comparison.candidates.length === 0 ? <p className="muted">No candidate products.</p> : null}
      <ul className="plain-list">
        {comparison.candidates.map((c) => (
          <li key={c.productId} className={`candidate${c.productId === chosen ? ' is-chosen' : ''}`}>
            <span className="mono">{c.sku}</span>
            <span className="candidate__name">{c.name}</span>
            <span className="candidate__score">{formatMatchShare(c.score)}</span>
            {c.productId === chosen ? (
              <span className="badge">Current match</span>
            ) : (
              <button type="button" className="button button--small" disabled={saving} onClick={() => onChoose(c.productId)} aria-label={`${c.sku} is the product`}>
                This is the product
              </button>
            )}
          </li>
        ))}
      </ul>
      {chosen !== null ? (
        <button type="button" className="button button--small button--quiet" disabled={saving} onClick={() => onChoose(null)}>
          It imitates no product of ours
        </button>
      ) : null}
    </div>
  );
}
