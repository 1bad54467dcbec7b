// The first rows of a file as Assay read them: one compact, horizontally scrolling table, the file's row
// numbers down the side, long values cut short with the full text on hover.
import type { ImportPreview } from '../../../electron/api/contract';
import { formatCount } from '../format/numberFormat';

export function PreviewTable({ preview, stale }: { preview: ImportPreview; stale: boolean }) {
  const { headers } = preview.sniffed;
  return (
    <section aria-label="First rows" className={`preview-rows${stale ? ' is-stale' : ''}`} aria-busy={stale}>
      <h3 className="section-label">{preview.rows.length > 0 ? `First ${formatCount(preview.rows.length)} ${preview.rows.length === 1 ? 'row' : 'rows'}` : 'Rows'}</h3>
      {headers.length === 0 ? (
        <p className="muted">No columns were found. Try another delimiter, encoding or sheet above.</p>
      ) : preview.rows.length === 0 ? (
        <p className="muted">
          Only a header row was found ({headers.map((h) => `“${h}”`).join(', ')}), with nothing under it.{preview.sniffed.sheets.length > 1 ? ' Is the data on another sheet?' : ''}
        </p>
      ) : (
        <div className="table-wrap preview-rows__scroll">
          <table className="data-table data-table--compact data-table--cells">
            <thead>
              <tr>
                <th scope="col" className="numeric preview-rows__number">
                  Row
                </th>
                {headers.map((h, i) => (
                  <th scope="col" key={`${i}-${h}`} title={h}>
                    {h || <span className="muted">(no name)</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNumber}>
                  <td className="numeric muted">{formatCount(row.rowNumber)}</td>
                  {headers.map((h, i) => {
                    const value = row.values[h] ?? '';
                    return (
                      <td key={`${i}-${h}`} title={value.length > 40 ? value : undefined}>
                        {value}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
