// XLSX through exceljs's streaming reader, after xlsxGuard has vetted the ZIP: the first visible sheet or a
// named one, the first non-empty row as the header, and the sheet's row numbers as the rows'.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { AssayError } from '../../errors';
import { uniqueHeaders, setValue } from './headerNames';
import { RowBatcher } from './rowBatcher';
import { fileLabel } from './sourceFile';
import { DEFAULT_BATCH_SIZE, type ReadOptions, type SniffedSource, type SourceBatch } from './sourceTypes';
import { xlsxCellText } from './xlsxCells';
import { inspectXlsx, type XlsxSheet } from './xlsxGuard';

/** What exceljs's streaming worksheet reader gives: name is set when exceljs matched the sheet to the workbook. */
interface WorksheetReader extends AsyncIterable<{ number: number; values: unknown }> {
  id: number | string;
  name?: string;
}

const columnLetters = (n: number): string => (n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

function chooseSheet(file: string, sheets: XlsxSheet[], wanted: string | undefined): XlsxSheet {
  const name = fileLabel(file);
  if (!sheets.length) throw new AssayError('invalid_input', `${name} is a workbook without any sheet.`);
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0]!;
  const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) throw new AssayError('invalid_input', `${name} has no sheet named "${wanted}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}.`);
  return sheet;
}

/** The rows of one sheet, as sparse arrays of cell values indexed by column number; stops the reader when left early. */
async function* sheetRows(file: string, sheet: XlsxSheet, onBytes?: (bytes: number) => void): AsyncGenerator<{ number: number; values: unknown[] }> {
  const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(sheet.path)?.[1];
  if (!sheetNo) throw new AssayError('invalid_input', `${fileLabel(file)}: the sheet "${sheet.name}" is stored as ${sheet.path || 'an unnamed part'}, which Assay cannot read; save the workbook again from Excel.`);
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<WorksheetReader>) {
      const isTarget = worksheet.name !== undefined ? worksheet.name === sheet.name : String(worksheet.id) === sheetNo;
      if (!isTarget) continue;
      for await (const row of worksheet) {
        onBytes?.(input.bytesRead);
        yield { number: row.number, values: row.values as unknown[] };
      }
      return;
    }
  } finally {
    input.destroy();
  }
}

const cellsOf = (values: unknown[]): string[] => {
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) cells.push(xlsxCellText(values[c]));
  return cells;
};

export async function sniffXlsx(file: string, wanted: string | undefined): Promise<{ sheet: string; sheets: string[]; headers: string[] }> {
  const sheets = await inspectXlsx(file);
  const sheet = chooseSheet(file, sheets, wanted);
  let headers: string[] = [];
  for await (const row of sheetRows(file, sheet)) {
    const cells = cellsOf(row.values);
    if (cells.some((c) => c !== '')) {
      headers = uniqueHeaders(cells);
      break;
    }
  }
  return { sheet: sheet.name, sheets: sheets.map((s) => s.name), headers };
}

export async function* readXlsx(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  const sheet = chooseSheet(file, await inspectXlsx(file), options.sheet ?? sniffed.sheet ?? undefined);
  const headers = sniffed.headers;
  const width = headers.length;
  const batcher = new RowBatcher(options.batchSize ?? DEFAULT_BATCH_SIZE, file, options.signal);
  let bytesRead = 0;
  let headerSeen = false;
  for await (const row of sheetRows(file, sheet, (b) => (bytesRead = b))) {
    const cells = cellsOf(row.values);
    if (!cells.some((c) => c !== '')) continue;
    if (!headerSeen) {
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
  yield* batcher.take(fs.statSync(file).size, true);
}
