// An import's rejected rows, a page at a time from imports.rejections: the row number in the file, the
// column at fault, the reason, and the original row folded away until asked for.
import { useState } from 'react';
import type { ImportRejection } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { LoadingRows } from '../components/LoadingRows';
import { formatCount } from '../format/numberFormat';
import { clampPage, pageCount, pageRangeLabel, pageRequest } from './rejectionPaging';

export function RejectedRows({ importId, label }: { importId: number; label: string }) {
  const [page, setPage] = useState(0);
  const rejections = useOperation('imports.rejections', { importId, ...pageRequest(page) });
  const total = rejections.data?.total ?? 0;
  const pages = pageCount(total);
  const current = clampPage(page, total);

  return (
    <div className="rejected-rows" aria-busy={rejections.loading}>
      {rejections.error ? (
        <InlineAlert
          action={
            <button type="button" className="button button--small" onClick={rejections.reload}>
              Retry
            </button>
          }
        >
          {rejections.error}
        </InlineAlert>
      ) : null}
      <div className="table-wrap">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Reason</th>
              <th scope="col">Original row</th>
            </tr>
          </thead>
          <tbody className={rejections.loading && rejections.data ? 'is-stale' : undefined}>
            {rejections.loading && !rejections.data ? <LoadingRows columns={4} rows={4} /> : null}
            {rejections.data?.rows.map((r) => (
              <tr key={`${r.rowNumber}-${r.column ?? ''}-${r.reason}`}>
                <td className="numeric">{formatCount(r.rowNumber)}</td>
                <td className="nowrap">{r.column ?? <span className="muted">—</span>}</td>
                <td>{reasonText(r)}</td>
                <td className="rejected-rows__raw">
                  <RawRow raw={r.raw} rowNumber={r.rowNumber} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejections.data && total === 0 ? <p className="muted">No rows were rejected.</p> : null}
      {pages > 1 ? (
        <nav className="pager" aria-label={`Pages of ${label.toLowerCase()}`}>
          <button type="button" className="button button--small" onClick={() => setPage(current - 1)} disabled={current === 0}>
            ‹ Previous
          </button>
          <span className="pager__range" aria-live="polite">
            {pageRangeLabel(current, total)}
          </span>
          <button type="button" className="button button--small" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
            Next ›
          </button>
        </nav>
      ) : null}
    </div>
  );
}

/** The Node side starts each reason with "Row N:", which the Row column already says. */
function reasonText(r: ImportRejection): string {
  const text = r.reason.replace(new RegExp(`^Row ${r.rowNumber}:\\s*`), '');
  return text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : r.reason;
}

function RawRow({ raw, rowNumber }: { raw: string; rowNumber: number }) {
  let values: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) values = parsed as Record<string, unknown>;
  } catch {
    values = null;
  }
  return (
    <details className="raw-row">
      <summary>Show row {formatCount(rowNumber)}</summary>
      {values ? (
        <table className="kv-table kv-table--raw">
          <tbody>
            {Object.entries(values).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td className="mono">{typeof value === 'string' ? value : JSON.stringify(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <pre className="raw-row__text mono">{raw}</pre>
      )}
    </details>
  );
}
