// Writes an import's rejected rows as CSV to fix and import again: the file's own columns first, then where
// and why each row was refused. Cells that a spreadsheet would run as a formula are neutralised.
import Papa from 'papaparse';
import type { ImportRejection } from '../../api/contract';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it. */
export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export function rejectionsCsv(rejections: Iterable<ImportRejection>): string {
  const rows: Record<string, string>[] = [];
  const columns: string[] = [];
  const seen = new Set<string>();
  const addColumn = (c: string) => {
    if (!seen.has(c)) {
      seen.add(c);
      columns.push(c);
    }
  };
  for (const r of rejections) {
    let values: Record<string, string> | null = null;
    try {
      const parsed = JSON.parse(r.raw) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) values = parsed as Record<string, string>;
    } catch {
      values = null;
    }
    const row: Record<string, string> = {};
    if (values) {
      for (const [k, v] of Object.entries(values)) {
        addColumn(k);
        row[k] = String(v);
      }
    } else {
      row['Original text'] = r.raw;
    }
    row['Rejected row'] = String(r.rowNumber);
    row['Rejected column'] = r.column ?? '';
    row['Reason'] = r.reason;
    rows.push(row);
  }
  if (rows.some((r) => 'Original text' in r)) addColumn('Original text');
  ['Rejected row', 'Rejected column', 'Reason'].forEach(addColumn);
  const data = rows.map((r) => columns.map((c) => neutraliseCell(r[c] ?? '')));
  return Papa.unparse({ fields: columns, data }, { newline: '\r\n' }) + '\r\n';
}
