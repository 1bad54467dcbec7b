// Drives exceljs's own parsers (relationships, workbook, styles, shared strings, worksheet) with parts read
// through XlsxParts: no temporary files, no character split between chunks, and stopping early leaves nothing open.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { XlsxParts } from './xlsxParts';

/** The parts of exceljs 4.4's streaming WorkbookReader used here; each takes any readable stream of the part. */
interface WorkbookReaderParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ value: AsyncIterable<{ number: number; values: unknown }> }>;
}

export interface SheetRow {
  number: number;
  /** Cell values indexed by column number (1 = A), as exceljs reads them. */
  values: unknown[];
}

/** The rows of the sheet stored at `sheetPath`; `onBytes` hears how much of the sheet's XML has been read. */
export async function* sheetRows(file: string, sheetPath: string, onBytes?: (bytes: number) => void): AsyncGenerator<SheetRow> {
  const parts = await XlsxParts.open(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }) as unknown as WorkbookReaderParts;
  if (typeof reader._parseWorksheet !== 'function') throw new Error('this version of exceljs has no streaming worksheet parser');
  const load = async (name: string, parse: (stream: Readable) => Promise<void>) => {
    if (!parts.entries.has(name)) return;
    const stream = await parts.stream(name);
    try {
      await parse(stream);
    } finally {
      stream.destroy();
    }
  };
  let sheet: Readable | null = null;
  try {
    // Everything a sheet's cells refer to is read first, in full, whatever order the ZIP stores the parts in.
    await load('xl/_rels/workbook.xml.rels', (s) => reader._parseRels(s));
    await load('xl/workbook.xml', (s) => reader._parseWorkbook(s));
    await load('xl/styles.xml', (s) => reader._parseStyles(s));
    await load('xl/sharedStrings.xml', async (s) => {
      for await (const _ of reader._parseSharedStrings(s)) void _;
    });
    if (!parts.entries.has(sheetPath)) return;
    sheet = await parts.stream(sheetPath, onBytes);
    const worksheet = reader._parseWorksheet(sheet as AsyncIterable<string> & Readable, /sheet(\d+)\.xml$/.exec(sheetPath)?.[1] ?? '0').next().value!.value;
    for await (const row of worksheet) yield { number: row.number, values: row.values as unknown[] };
  } finally {
    sheet?.destroy();
    parts.close();
  }
}
