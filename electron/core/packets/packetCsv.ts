// CSV for packet files (link lists, the custody extract): CRLF rows, quoted where needed, and every cell that a
// spreadsheet would run as a formula neutralised with the same rule as the import rejections file.
import Papa from 'papaparse';
import { neutraliseCell } from '../imports/rejectionsCsv';

export function packetCsv(fields: string[], rows: (string | number | null)[][]): string {
  const data = rows.map((r) => r.map((v) => neutraliseCell(v === null ? '' : String(v))));
  return Papa.unparse({ fields, data }, { newline: '\r\n' }) + '\r\n';
}
