// Reading .xlsx workbooks: the first sheet or a named one, cells as text (formulas as written, never run), and
// the ZIP checked before any part is read: not a ZIP, a ZIP bomb, or a ZIP without a workbook is refused by name.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { previewSource, sniffSource } from '../../electron/core/imports/source/readSource';
import { readHeaderRow } from '../../electron/core/imports/source/xlsxHeaderRow';
import { inspectXlsx } from '../../electron/core/imports/source/xlsxGuard';
import { readAllRows as readAll, sourceFilePath as fileIn } from '../support/sourceFiles';

type Cell = ExcelJS.CellValue;
async function workbook(sheets: Record<string, Cell[][]>, hidden: string[] = [], opts: { sharedStrings?: boolean; firstRow?: number } = {}): Promise<string> {
  const file = fileIn('book.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: opts.sharedStrings ?? true, useStyles: true });
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name, hidden.includes(name) ? { state: 'hidden' } : {});
    for (const [i, values] of rows.entries()) {
      const row = ws.getRow((opts.firstRow ?? 1) + i);
      row.values = values;
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return file;
}

/** A ZIP written by hand, so a test can declare sizes that differ from the data. */
function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const crc = zlib.crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const workbookXml = Buffer.from('<?xml version="1.0"?><workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
const workbookRels = Buffer.from('<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');

describe('XLSX sheets', () => {
  it('reads the first sheet, with the sheet row numbers and every cell as text', async () => {
    const file = await workbook({
      Listings: [
        ['title', 'price', 'listed', 'ok', 'link', 'rich'],
        ['Bag', 12.5, new Date(Date.UTC(2024, 2, 1, 10, 30)), true, { text: 'site', hyperlink: 'http://shop' }, { richText: [{ text: 'Ac' }, { text: 'me' }] }],
        [],
        ['Shoe', 1e21, new Date(Date.UTC(2024, 2, 2)), false, null, ''],
      ],
      Other: [['x'], ['y']],
    });
    const { sniffed, rows, errors } = await readAll(file);
    expect(sniffed).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, sheet: 'Listings', sheets: ['Listings', 'Other'], headers: ['title', 'price', 'listed', 'ok', 'link', 'rich'] });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { rowNumber: 2, values: { title: 'Bag', price: '12.5', listed: '2024-03-01T10:30:00.000Z', ok: 'TRUE', link: 'site', rich: 'Acme' } },
      { rowNumber: 4, values: { title: 'Shoe', price: '1e+21', listed: '2024-03-02', ok: 'FALSE', link: '', rich: '' } },
    ]);
  });

  it('reads a sheet named in the options, and refuses a name the workbook does not have', async () => {
    const file = await workbook({ First: [['a'], ['1']], Second: [['b', 'c'], ['2', '3']] });
    const { sniffed, rows } = await readAll(file, { sheet: 'Second' });
    expect(sniffed).toMatchObject({ sheet: 'Second', headers: ['b', 'c'] });
    expect(rows).toEqual([{ rowNumber: 2, values: { b: '2', c: '3' } }]);
    await expect(sniffSource(file, { sheet: 'Third' })).rejects.toThrow(/has no sheet named "Third"; its sheets are "First", "Second"\./);
  });

  it('skips a hidden first sheet when none is named', async () => {
    const file = await workbook({ Hidden: [['h'], ['1']], Visible: [['v'], ['2']] }, ['Hidden']);
    expect((await sniffSource(file)).sheet).toBe('Visible');
  });

  it('keeps a formula as its text with "=", never its result', async () => {
    const file = await workbook({ S: [['url', 'total'], [{ formula: 'HYPERLINK("http://x","y")', result: 'y' }, { formula: 'B1*2', result: 4 }]] });
    const { rows } = await readAll(file);
    expect(rows[0]!.values).toEqual({ url: '=HYPERLINK("http://x","y")', total: '=B1*2' });
  });

  it('turns a value beyond the last header into a row error that keeps the whole row', async () => {
    const file = await workbook({ S: [['a', 'b'], ['1', '2', 'extra'], ['3', '4']] });
    const { rows, errors } = await readAll(file);
    expect(rows).toEqual([{ rowNumber: 3, values: { a: '3', b: '4' } }]);
    expect(errors).toEqual([{ rowNumber: 2, column: null, reason: 'Row 2 has a value in column C, but the header ends at column B.', raw: '{"a":"1","b":"2","Column C":"extra"}' }]);
  });

  it.each([
    ['shared strings', true],
    ['inline strings', false],
  ])('takes the header from the sheet XML itself (%s), below empty rows, as exceljs would read it', async (_, sharedStrings) => {
    const header: Cell[] = ['Title', 7, true, { formula: 'A1&"x"', result: 'Titlex' }, { richText: [{ text: 'Ri' }, { text: 'ch' }] }, null, 'Title'];
    const file = await workbook({ S: [header, ['Bag', '1', '2', '3', '4', '5', '6']] }, [], { sharedStrings, firstRow: 3 });
    const { sheets, sheetHeads, date1904 } = await inspectXlsx(file);
    const fromXml = await readHeaderRow(file, sheetHeads.get(sheets[0]!.path), date1904);
    expect(fromXml).toEqual({ rowNumber: 3, cells: ['Title', '7', 'TRUE', '=A1&"x"', 'Rich', '', 'Title'] });
    const { sniffed, rows } = await readAll(file);
    expect(sniffed).toMatchObject({ headerRow: 3, headers: ['Title', '7', 'TRUE', '=A1&"x"', 'Rich', 'Column 6', 'Title (2)'] });
    expect(rows).toEqual([{ rowNumber: 4, values: { Title: 'Bag', '7': '1', TRUE: '2', '=A1&"x"': '3', Rich: '4', 'Column 6': '5', 'Title (2)': '6' } }]);
  });

  it('finds the header by reading the sheet when the head of its XML does not hold it whole', async () => {
    const header = Array.from({ length: 4000 }, (_, i) => `column number ${i + 1}`);
    const file = await workbook({ S: [header, header.map((_, i) => String(i))] });
    const { sheets, sheetHeads, date1904 } = await inspectXlsx(file);
    expect(await readHeaderRow(file, sheetHeads.get(sheets[0]!.path), date1904)).toBeNull();
    const { sniffed, rows } = await readAll(file);
    expect(sniffed).toMatchObject({ headerRow: 1 });
    expect(sniffed.headers).toEqual(header);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values['column number 4000']).toBe('3999');
  });

  it.each([
    ['shared strings', true],
    ['inline strings', false],
  ])('keeps every accented and CJK character whole however the XML is chunked (%s)', async (_, sharedStrings) => {
    const text = (i: number) => `Café crème ® 日本語 ${i} é`;
    const rows: Cell[][] = [['t']];
    for (let i = 0; i < 20_000; i++) rows.push([text(i)]);
    const { rows: read } = await readAll(await workbook({ S: rows }, [], { sharedStrings }));
    expect(read).toHaveLength(20_000);
    expect(read.filter((r, i) => r.values.t !== text(i))).toEqual([]);
  });

  it('previews only the first rows of a big sheet', async () => {
    const rows: Cell[][] = [['i']];
    for (let i = 0; i < 3000; i++) rows.push([i]);
    const preview = await previewSource(await workbook({ S: rows }), {}, 5);
    expect(preview.rows.map((r) => r.values.i)).toEqual(['0', '1', '2', '3', '4']);
  });
});

describe('XLSX files refused before their sheets are read', () => {
  it('refuses an .xlsx that is not a ZIP archive', async () => {
    const file = fileIn('fake.xlsx');
    fs.writeFileSync(file, 'title,price\nBag,1\n');
    await expect(sniffSource(file)).rejects.toMatchObject({ code: 'invalid_input', message: `${path.basename(file)} is not a valid .xlsx file (it is not a ZIP archive).` });
  });

  it('refuses a ZIP bomb by its compression ratio, naming the entry', async () => {
    const file = fileIn('bomb.xlsx');
    fs.writeFileSync(file, zipOf([{ name: 'xl/workbook.xml', data: workbookXml }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * 1024 * 1024) }]));
    await expect(sniffSource(file)).rejects.toThrow(/bomb\.xlsx was refused: xl\/worksheets\/sheet1\.xml inside it is compressed \d+:1 \(over 200:1\), which is how a ZIP bomb looks\./);
  });

  it('refuses an entry that declares more than 200 MB', async () => {
    const file = fileIn('huge.xlsx');
    fs.writeFileSync(file, zipOf([{ name: 'xl/workbook.xml', data: workbookXml }, { name: 'xl/sharedStrings.xml', data: Buffer.from('x'), declaredSize: 300 * 1024 * 1024 }]));
    await expect(sniffSource(file)).rejects.toThrow(/xl\/sharedStrings\.xml inside it would expand to 300 MB \(over the 200 MB limit for one part\)/);
  });

  it('refuses an entry that inflates to more than it declares', async () => {
    const file = fileIn('liar.xlsx');
    const sheet = Buffer.from(`<worksheet><sheetData>${'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'.repeat(2000)}</sheetData></worksheet>`);
    fs.writeFileSync(file, zipOf([{ name: 'xl/workbook.xml', data: workbookXml }, { name: 'xl/_rels/workbook.xml.rels', data: workbookRels }, { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 100 }]));
    await expect(sniffSource(file)).rejects.toThrow(/xl\/worksheets\/sheet1\.xml inside it is damaged or holds more than it declares/);
  });

  it('refuses a ZIP that holds no workbook, even named .csv', async () => {
    const file = fileIn('archive.csv');
    fs.writeFileSync(file, zipOf([{ name: 'readme.txt', data: Buffer.from('hello') }]));
    await expect(sniffSource(file)).rejects.toThrow(/archive\.csv is a ZIP archive but not an Excel workbook \(it has no xl\/workbook\.xml\)\./);
  });
});
