// XLSX, after xlsxGuard has vetted the ZIP: the first visible sheet or a named one, the header from the head of
// its XML (or its first row with a value), and its rows streamed from its XML with the sheet's own row numbers.
import fs from 'node:fs';
import { AssayError } from '../../errors';
import { uniqueHeaders, setValue } from './headerNames';
import { RowBatcher } from './rowBatcher';
import { fileLabel } from './sourceFile';
import { DEFAULT_BATCH_SIZE, type ReadOptions, type SniffedSource, type SourceBatch } from './sourceTypes';
import { readHeaderRow } from './xlsxHeaderRow';
import { damagedXlsx, inspectXlsx, type XlsxBook, type XlsxSheet } from './xlsxGuard';
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

/** The rows of a sheet, a chunk's worth at a time, with a damaged part or a part that inflates past its declared size named as such. */
async function* rowsOf(file: string, book: XlsxBook, sheet: XlsxSheet, onBytes?: (bytes: number) => void, chunkChars?: number): AsyncGenerator<SheetRow[]> {
  try {
    yield* sheetRows(file, sheet.path, book.date1904, onBytes, chunkChars);
  } catch (e) {
    throw damagedXlsx(file, e);
  }
}

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
  const fromXml = await readHeaderRow(file, book.sheetHeads.get(sheet.path), book.date1904).catch((e: unknown) => {
    throw damagedXlsx(file, e);
  });
  if (fromXml) return { sheet: sheet.name, sheets, headers: headerNames(fromXml.cells), headerRow: fromXml.rowNumber };
  for await (const rows of rowsOf(file, book, sheet)) {
    const row = rows.find((r) => r.cells.some((c) => c !== ''));
    if (row) return { sheet: sheet.name, sheets, headers: headerNames(row.cells), headerRow: row.number };
  }
  return { sheet: sheet.name, sheets, headers: [], headerRow: null };
}

/** A sheet row as a source row, or as a row error when it has a value beyond the last header. */
function addRow(batcher: RowBatcher, { number, cells }: SheetRow, headers: string[]): void {
  const width = headers.length;
  const values: Record<string, string> = {};
  for (let i = 0; i < width; i++) setValue(values, headers[i]!, cells[i] ?? '');
  let beyond = width;
  while (beyond < cells.length && cells[beyond] === '') beyond++;
  if (beyond === cells.length) {
    batcher.rows.push({ rowNumber: number, values });
    return;
  }
  const raw: Record<string, string> = { ...values };
  cells.slice(width).forEach((c, i) => c !== '' && setValue(raw, `Column ${columnLetters(width + i + 1)}`, c));
  batcher.errors.push({
    rowNumber: number,
    column: null,
    reason: `Row ${number} has a value in column ${columnLetters(beyond + 1)}, but the header ends at column ${columnLetters(width) || '(none)'}.`,
    raw: JSON.stringify(raw),
  });
}

export async function* readXlsx(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  const book = await inspectXlsx(file);
  const sheet = chooseSheet(file, book.sheets, options.sheet ?? sniffed.sheet ?? undefined);
  const headers = sniffed.headers;
  const batcher = new RowBatcher(options.batchSize ?? DEFAULT_BATCH_SIZE, file, options.signal);
  let bytesRead = 0;
  let headerSeen = false;
  const size = fs.statSync(file).size;
  const sheetBytes = book.sizes.get(sheet.path) ?? 1;
  // Progress in the file's bytes, from how much of the sheet's inflated XML has been read.
  const onBytes = (b: number) => (bytesRead = Math.min(size, Math.round((size * b) / sheetBytes)));
  for await (const rows of rowsOf(file, book, sheet, onBytes, options.chunkBytes)) {
    for (const row of rows) {
      if (sniffed.headerRow != null && row.number <= sniffed.headerRow) continue;
      if (!row.cells.some((c) => c !== '')) continue;
      // Without the header's row number (a SniffedSource made elsewhere), the first row with a value is the header.
      if (sniffed.headerRow == null && !headerSeen) {
        headerSeen = true;
        continue;
      }
      addRow(batcher, row, headers);
      if (batcher.count >= (options.batchSize ?? DEFAULT_BATCH_SIZE)) yield* batcher.take(bytesRead, false);
    }
  }
  yield* batcher.take(size, true);
}
