// XLSX, after xlsxGuard has vetted the ZIP: the first visible sheet or a named one, the header from its XML
// (or its first row with a value), and its rows through exceljs's parsers with the sheet's own row numbers.
import fs from 'node:fs';
import { AssayError } from '../../errors';
import { uniqueHeaders, setValue } from './headerNames';
import { RowBatcher } from './rowBatcher';
import { fileLabel } from './sourceFile';
import { DEFAULT_BATCH_SIZE, type ReadOptions, type SniffedSource, type SourceBatch } from './sourceTypes';
import { xlsxCellText } from './xlsxCells';
import { readHeaderRow } from './xlsxHeaderRow';
import { damagedXlsx, inspectXlsx, type XlsxSheet } from './xlsxGuard';
import { sheetRows, type SheetRow } from './xlsxSheetRows';

const columnLetters = (n: number): string => (n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

function chooseSheet(file: string, sheets: XlsxSheet[], wanted: string | undefined): XlsxSheet {
  const name = fileLabel(file);
  if (!sheets.length) throw new AssayError('invalid_input', `${name} is a workbook without any sheet.`);
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0]!;
  const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) throw new AssayError('invalid_input', `${name} has no sheet named "${wanted}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}.`);
  return sheet;
}

/** The rows of a sheet, with a damaged part or a part that inflates past its declared size named as such. */
async function* rowsOf(file: string, sheet: XlsxSheet, onBytes?: (bytes: number) => void): AsyncGenerator<SheetRow> {
  try {
    yield* sheetRows(file, sheet.path, onBytes);
  } catch (e) {
    throw damagedXlsx(file, e);
  }
}

const cellsOf = (values: unknown[]): string[] => {
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) cells.push(xlsxCellText(values[c]));
  return cells;
};

/** Header cells without the empty ones after the last name. */
function headerNames(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return uniqueHeaders(cells.slice(0, end));
}

export async function sniffXlsx(file: string, wanted: string | undefined): Promise<{ sheet: string; sheets: string[]; headers: string[]; headerRow: number | null }> {
  const book = await inspectXlsx(file);
  const sheet = chooseSheet(file, book.sheets, wanted);
  const sheets = book.sheets.map((s) => s.name);
  const fromXml = await readHeaderRow(file, book.sheetHeads.get(sheet.path)).catch((e: unknown) => {
    throw damagedXlsx(file, e);
  });
  if (fromXml) return { sheet: sheet.name, sheets, headers: headerNames(fromXml.cells), headerRow: fromXml.rowNumber };
  for await (const row of rowsOf(file, sheet)) {
    const cells = cellsOf(row.values);
    if (cells.some((c) => c !== '')) return { sheet: sheet.name, sheets, headers: headerNames(cells), headerRow: row.number };
  }
  return { sheet: sheet.name, sheets, headers: [], headerRow: null };
}

export async function* readXlsx(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  const book = await inspectXlsx(file);
  const sheet = chooseSheet(file, book.sheets, options.sheet ?? sniffed.sheet ?? undefined);
  const headers = sniffed.headers;
  const width = headers.length;
  const batcher = new RowBatcher(options.batchSize ?? DEFAULT_BATCH_SIZE, file, options.signal);
  let bytesRead = 0;
  let headerSeen = false;
  const size = fs.statSync(file).size;
  const sheetBytes = book.sizes.get(sheet.path) ?? 1;
  // Progress in the file's bytes, from how much of the sheet's inflated XML has been read.
  for await (const row of rowsOf(file, sheet, (b) => (bytesRead = Math.min(size, Math.round((size * b) / sheetBytes))))) {
    if (sniffed.headerRow != null && row.number <= sniffed.headerRow) continue;
    const cells = cellsOf(row.values);
    if (!cells.some((c) => c !== '')) continue;
    // Without the header's row number (a SniffedSource made elsewhere), the first row with a value is the header.
    if (sniffed.headerRow == null && !headerSeen) {
      headerSeen = true;
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < width; i++) setValue(values, headers[i]!, cells[i] ?? '');
    const beyond = cells.findIndex((c, i) => i >= width && c !== '');
    if (beyond >= 0) {
      const raw: Record<string, string> = { ...values };
      cells.slice(width).forEach((c, i) => c !== '' && setValue(raw, `Column ${columnLetters(width + i + 1)}`, c));
      batcher.errors.push({
        rowNumber: row.number,
        column: null,
        reason: `Row ${row.number} has a value in column ${columnLetters(beyond + 1)}, but the header ends at column ${columnLetters(width) || '(none)'}.`,
        raw: JSON.stringify(raw),
      });
    } else {
      batcher.rows.push({ rowNumber: row.number, values });
    }
    if (batcher.count >= (options.batchSize ?? DEFAULT_BATCH_SIZE)) yield* batcher.take(bytesRead, false);
  }
  yield* batcher.take(size, true);
}
