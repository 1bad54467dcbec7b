// One row per field the import knows: its name (required ones marked), the file's column that feeds it, and
// what that column holds in the first row, so a wrong choice shows at a glance.
import type { ImportFieldInfo, ImportPreview } from '../../../electron/api/contract';
import { LoadingRows } from '../components/LoadingRows';
import { formatCount } from '../format/numberFormat';

interface Props {
  fields: ImportFieldInfo[] | undefined;
  headers: string[];
  mapping: Record<string, string>;
  firstRow: ImportPreview['rows'][number] | null;
  onMap: (field: string, column: string) => void;
}

export function FieldMappingTable({ fields, headers, mapping, firstRow, onMap }: Props) {
  const mappedCount = fields?.filter((f) => mapping[f.key]).length ?? 0;
  return (
    <section aria-label="Column mapping">
      <h3 className="section-label">
        Columns{fields ? ` — ${formatCount(mappedCount)} of ${formatCount(fields.length)} fields mapped` : ''}
      </h3>
      <div className="table-wrap">
        <table className="data-table data-table--compact mapping-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Column in this file</th>
              <th scope="col">{firstRow ? `Row ${formatCount(firstRow.rowNumber)} holds` : 'Sample'}</th>
            </tr>
          </thead>
          <tbody>
            {!fields ? <LoadingRows columns={3} rows={6} /> : null}
            {fields?.map((field) => {
              const column = mapping[field.key] ?? '';
              const sample = column && firstRow ? (firstRow.values[column] ?? '') : null;
              const id = `map-${field.key}`;
              return (
                <tr key={field.key} className={column ? 'is-mapped' : undefined}>
                  <th scope="row" className="mapping-table__field">
                    <label htmlFor={id}>{field.label}</label>
                    {field.required ? <span className="required-mark">required</span> : null}
                  </th>
                  <td className="mapping-table__column">
                    <select id={id} className="select select--block" value={column} onChange={(e) => onMap(field.key, e.target.value)}>
                      <option value="">— not in this file —</option>
                      {headers.map((h, i) => (
                        <option key={`${i}-${h}`} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="mapping-table__sample" title={sample && sample.length > 50 ? sample : undefined}>
                    {sample === null ? null : sample === '' ? <span className="muted">(empty)</span> : <span className="mono">{sample}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
