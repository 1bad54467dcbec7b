// Property: for any workbook exceljs writes (strings with XML specials, CJK, emoji and edge spaces; numbers of every
// size; booleans; dates and date-times; formulas and shared formulas with results; rich text; errors; hyperlinks;
// empty cells, skipped columns and rows), Assay's sheet reader gives each cell the text exceljs's own reader gives.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource, sniffSource } from '../../electron/core/imports/source/readSource';
import { xlsxCellText } from '../../electron/core/imports/source/xlsxCells';
import { inspectXlsx } from '../../electron/core/imports/source/xlsxGuard';
import { sheetRows } from '../../electron/core/imports/source/xlsxSheetRows';
import { sourceFilePath } from '../support/sourceFiles';

const SPECIALS = ['<', '>', '&', '"', "'", '&amp;', '&lt;b&gt;', ']]>', '&#x41;', '日本語', '中文', '한국어', '😀', '👍🏽', '€', 'é', ' ', '\t', '\n', '_x0041_', '_x005F_x0042_', '=1+1', '007', '1e5'];
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 8 }).filter((s) => !/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(s));
const spaced = fc.tuple(fc.constantFrom('', ' ', '  '), text, fc.constantFrom('', ' ', '  ')).map(([a, t, b]) => a + t + b);
const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1, -12.5, 1e21, 1.5e-7, 123456789012345, Number.MAX_SAFE_INTEGER, 5e-324),
);
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
const dayOnly = fc.integer({ min: 1, max: 2_958_000 }).map((days) => new Date(Date.UTC(1900, 2, 1) + days * 86_400_000));
const DATE_FORMATS = ['yyyy-mm-dd', 'dd/mm/yyyy hh:mm', 'mm-dd-yy', 'd-mmm-yy', 'h:mm:ss', '[$-409]mmmm d, yyyy;@', 'yyyy"年"m"月"d"日"'];

type Written = { value: ExcelJS.CellValue; numFmt?: string };
const cell: fc.Arbitrary<Written | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: spaced.map((value) => ({ value })) },
  { weight: 3, arbitrary: number.map((value) => ({ value })) },
  { weight: 1, arbitrary: number.map((value) => ({ value, numFmt: '#,##0.00 "kg"' })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value })) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(date, dayOnly), fc.constantFrom(...DATE_FORMATS)).map(([value, numFmt]) => ({ value, numFmt })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 80_000 }), fc.constantFrom(...DATE_FORMATS)).map(([value, numFmt]) => ({ value: value / 4, numFmt })) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('A1*2', 'SUM(A1:B2)', 'HYPERLINK("http://x?a=1&b=2","<y>")', 'A1&" & "&B1', 'IF(A1>0,"日本","no")'), fc.oneof(number, spaced, fc.boolean())).map(([formula, result]) => ({ value: { formula, result } as ExcelJS.CellValue })),
  },
  { weight: 1, arbitrary: fc.array(fc.record({ text: spaced, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((runs) => ({ value: { richText: runs.map((r) => ({ text: r.text, font: r.bold ? { bold: true } : {} })) } })) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!').map((error) => ({ value: { error } as ExcelJS.CellValue })) },
  { weight: 1, arbitrary: spaced.filter((s) => s !== '').map((t) => ({ value: { text: t, hyperlink: 'https://shop.example/?a=1&b=<2>' } })) },
);

const sheet = fc.record({
  rows: fc.array(fc.record({ gap: fc.nat({ max: 2 }), cells: fc.array(fc.record({ skip: fc.nat({ max: 2 }), cell }), { maxLength: 7 }) }), { minLength: 1, maxLength: 6 }),
  // A column of shared formulas (a master and its followers) after the other cells, in some of the workbooks.
  // Results are not 0 (exceljs drops a cached 0 where Assay keeps it) and date-styled ones stay within Excel's
  // dates (past them exceljs gives '' where Assay keeps the number): xlsxSheetCells.test.ts pins both.
  sharedFormula: fc.option(
    fc.oneof(
      fc.tuple(fc.array(number.filter((n) => n !== 0), { minLength: 2, maxLength: 4 }), fc.constant(undefined)),
      fc.tuple(fc.array(fc.double({ min: 0.001, max: 2_958_000, noNaN: true }), { minLength: 2, maxLength: 4 }), fc.constant('yyyy-mm-dd hh:mm')),
    ),
    { nil: undefined },
  ),
  date1904: fc.boolean(),
  writer: fc.constantFrom('workbook', 'stream with shared strings', 'stream with inline strings'),
});
type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

/**
 * exceljs writes a plain string without shared strings as t="str" and decodes such a cell's text twice on reading,
 * so the "&lt;" a person typed comes back as "<" (Assay reads it once, as XML means: see xlsxSheetCells.test.ts).
 * Only there, "&" before an entity name gets a zero-width space between them.
 */
const writtenOnce = (value: ExcelJS.CellValue): ExcelJS.CellValue => {
  const once = (t: string) => t.replace(/&(?=(?:lt|gt|amp|apos|quot);)/g, '&\u200B');
  if (typeof value === 'string') return once(value);
  if (value && typeof value === 'object' && 'hyperlink' in value) return { ...value, text: once(value.text) };
  return value;
};

/** Writes the sheet with exceljs; returns the file. */
async function write(s: Sheet): Promise<string> {
  const file = sourceFilePath('oracle.xlsx');
  const streaming = s.writer !== 'workbook';
  const wb = streaming ? new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: s.writer === 'stream with shared strings', useStyles: true }) : new ExcelJS.Workbook();
  // Only exceljs's in-memory workbook writes workbookPr date1904.
  if (!streaming) (wb as ExcelJS.Workbook).properties.date1904 = s.date1904;
  const ws = wb.addWorksheet('S');
  const rowNumbers = s.rows.reduce<number[]>((at, { gap }) => [...at, (at.at(-1) ?? 0) + gap + 1], []);
  let r = 0;
  for (const { gap, cells } of s.rows) {
    r += gap + 1;
    const row = ws.getRow(r);
    let c = 0;
    for (const { skip, cell: w } of cells) {
      c += skip + 1;
      if (!w) continue;
      row.getCell(c).value = s.writer === 'stream with inline strings' ? writtenOnce(w.value) : w.value;
      if (w.numFmt) row.getCell(c).numFmt = w.numFmt;
    }
    if (s.sharedFormula) {
      const [results, numFmt] = s.sharedFormula;
      const at = (i: number) => ws.getRow(r).getCell(20 + i);
      const first = rowNumbers[0]!;
      if (r === first) {
        at(0).value = { formula: 'A1*2', result: results[0], shareType: 'shared', ref: `T${first}:T${rowNumbers.at(-1)}` } as ExcelJS.CellValue;
      } else {
        at(0).value = { sharedFormula: `T${first}`, result: results[(r - 1) % results.length] } as ExcelJS.CellValue;
      }
      if (numFmt) at(0).numFmt = numFmt;
    }
    if (streaming) row.commit();
  }
  if (streaming) {
    ws.commit();
    await (wb as ExcelJS.stream.xlsx.WorkbookWriter).commit();
  } else {
    await (wb as ExcelJS.Workbook).xlsx.writeFile(file);
  }
  return file;
}

/** Rows with a value, as [row number, cell texts without the empty ones at the end]. */
const trimmed = (number: number, cells: string[]): [number, string[]] => {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return [number, cells.slice(0, end)];
};

async function readWithExceljs(file: string): Promise<[number, string[]][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: [number, string[]][] = [];
  wb.worksheets[0]!.eachRow((row, n) => {
    const texts = Array.from(row.values as ExcelJS.CellValue[], (v) => xlsxCellText(v)).slice(1);
    if (texts.some((t) => t !== '')) rows.push(trimmed(n, texts));
  });
  return rows;
}

async function readWithAssay(file: string, chunkChars?: number): Promise<[number, string[]][]> {
  const book = await inspectXlsx(file);
  const rows: [number, string[]][] = [];
  for await (const chunk of sheetRows(file, book.sheets[0]!.path, book.date1904, undefined, chunkChars)) {
    for (const r of chunk) if (r.cells.some((t) => t !== '')) rows.push(trimmed(r.number, r.cells));
  }
  return rows;
}

describe('the sheet reader against exceljs', () => {
  it('gives every cell of any workbook exceljs writes the text exceljs reads from it', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.constantFrom(undefined, 1, 2, 5, 17), async (s, chunkChars) => {
        const file = await write(s);
        try {
          expect(await readWithAssay(file, chunkChars)).toEqual(await readWithExceljs(file));
        } finally {
          fs.rmSync(file, { force: true });
        }
      }),
      { numRuns: 400, seed: 2026_11_25 },
    );
  }, 300_000);

  it('reads the same rows through readSource however small the chunks the sheet XML arrives in', async () => {
    const file = await write({
      rows: [
        { gap: 0, cells: [{ skip: 0, cell: { value: 'title' } }, { skip: 0, cell: { value: 'price' } }, { skip: 0, cell: { value: 'listed' } }] },
        { gap: 0, cells: [{ skip: 0, cell: { value: 'Café <crème> & 日本語 😀' } }, { skip: 0, cell: { value: 12.5 } }, { skip: 0, cell: { value: new Date(Date.UTC(2024, 2, 1, 10, 30)), numFmt: 'yyyy-mm-dd hh:mm' } }] },
        { gap: 2, cells: [{ skip: 1, cell: { value: -0.25 } }, { skip: 0, cell: { value: new Date(Date.UTC(2024, 2, 2)), numFmt: 'yyyy-mm-dd' } }] },
      ],
      sharedFormula: undefined,
      date1904: false,
      writer: 'stream with inline strings',
    });
    const expected = [
      { rowNumber: 2, values: { title: 'Café <crème> & 日本語 😀', price: '12.5', listed: '2024-03-01T10:30:00.000Z' } },
      { rowNumber: 5, values: { title: '', price: '-0.25', listed: '2024-03-02' } },
    ];
    const sniffed = await sniffSource(file);
    for (const chunkBytes of [1, 2, 3, 4, 7, 64]) {
      const rows = [];
      for await (const batch of readSource(file, sniffed, { chunkBytes })) rows.push(...batch.rows);
      expect(rows, `chunks of ${chunkBytes}`).toEqual(expected);
    }
  });
});
