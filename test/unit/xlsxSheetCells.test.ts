// The sheet XML reader on its own: rows and cells come through whole however the XML is cut into chunks, each
// cell's text follows the one set of rules (strings, numbers, booleans, errors, dates, formulas), and a sheet that
// is damaged is refused with a sentence naming the file and the cell.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource, sniffSource } from '../../electron/core/imports/source/readSource';
import type { SheetCellBook } from '../../electron/core/imports/source/xlsxCells';
import { dateStyles, isDateFormat } from '../../electron/core/imports/source/xlsxDateStyles';
import { SheetRowScanner, type SheetRow } from '../../electron/core/imports/source/xlsxRowScanner';
import { SharedStringScanner } from '../../electron/core/imports/source/xlsxSharedStrings';
import { rawZip } from '../support/rawZip';
import { readAllRows, sourceFilePath } from '../support/sourceFiles';

const STRINGS = ['title', 'Bag & <Co>', '日本語 😀', ' spaced '];
/** Style 1 is a date format, style 2 a plain number format. */
const book = (date1904 = false): SheetCellBook => ({ sharedString: (i) => STRINGS[i], dateStyles: [false, true, false], date1904 });

const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="x"><dimension ref="A1:F9"/><cols><col min="1" max="2"/></cols><sheetData>${rows}</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>`;

const SHEET = sheetXml(
  [
    '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t xml:space="preserve"> café &amp; crème </t></is></c></row>',
    '<row r="2"/>',
    '<row r="3" spans="1:6"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>12.50</v></c><c r="C3" s="1"><v>45352.4375</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>',
    '<row r="5">\n  <c r="B5" t="str"><f>A5&amp;"x"</f><v>yx</v></c>\n  <c r="C5" s="1"><v>45352</v></c>\n  <c r="D5" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><b/></rPr><t>ch</t></r></is></c>\n</row>',
    '<row r="6"><c r="A6" s="2"><v>-1.5E-3</v></c><c r="B6" t="s"><v>3</v></c><c r="C6"/><c r="D6" t="b"><v>0</v></c></row>',
  ].join(''),
);
const EXPECTED: SheetRow[] = [
  { number: 1, cells: ['title', 'Bag & <Co>', '', ' café & crème '] },
  { number: 3, cells: ['日本語 😀', '12.5', '2024-03-01T10:30:00.000Z', '', 'TRUE', '#N/A'] },
  { number: 5, cells: ['', '=A5&"x"', '2024-03-01', 'Rich'] },
  { number: 6, cells: ['-0.0015', ' spaced ', '', 'FALSE'] },
];

/** The rows of `xml` fed to a scanner in pieces cut at `cuts`. */
function scanInPieces(xml: string, cuts: number[], b = book()): SheetRow[] {
  const scanner = new SheetRowScanner(b);
  const rows: SheetRow[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((x, y) => x - y)) {
    rows.push(...scanner.push(xml.slice(from, cut)));
    from = cut;
  }
  rows.push(...scanner.push(xml.slice(from)));
  scanner.finish();
  return rows;
}

describe('the sheet XML cut into chunks', () => {
  it('gives the same rows in one piece and in pieces of every size from 1 character', () => {
    expect(scanInPieces(SHEET, [])).toEqual(EXPECTED);
    for (const size of [1, 2, 3, 4, 5, 7, 13, 64]) {
      const cuts = Array.from({ length: Math.ceil(SHEET.length / size) }, (_, i) => i * size);
      expect(scanInPieces(SHEET, cuts), `pieces of ${size}`).toEqual(EXPECTED);
    }
  });

  it('gives the same rows wherever the cuts fall', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: SHEET.length }), { maxLength: 40 }), (cuts) => {
        expect(scanInPieces(SHEET, cuts)).toEqual(EXPECTED);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('reads every shared string whole wherever the cuts fall, phonetic guides left out', () => {
    const xml = `<?xml version="1.0"?><sst count="5"><si><t>plain</t></si><si/><si><r><t>Ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch &amp; more</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si><si><t>x_x0041__x000D_y</t></si></sst>`;
    const expected = ['plain', '', 'Rich & more', '東京', 'xA\ry'];
    fc.assert(
      fc.property(fc.array(fc.nat({ max: xml.length }), { maxLength: 30 }), (cuts) => {
        const scanner = new SharedStringScanner();
        let from = 0;
        for (const cut of [...new Set(cuts)].sort((x, y) => x - y)) {
          scanner.push(xml.slice(from, cut));
          from = cut;
        }
        scanner.push(xml.slice(from));
        expect(scanner.strings).toEqual(expected);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('reads any jumble of sheet XML pieces into rows or stops with an Error, never hanging or throwing anything else', () => {
    const TOKENS = ['<sheetData>', '</sheetData>', '<row', '<row r="2">', '<row r="x">', '</row>', '<row/>', '<c', '<c r="B1" t="s">', '<c t="b">', '<c r="XFE1">', '<c s="1">', '<c t="inlineStr">', '<v>', '</v>', '</c>', '<c/>', '>', '/>', '"', ' ', 'A1', '7', '0', '1e400', '<is>', '<t>', '</t>', '</is>', '<r>', '</r>', '<rPh>', '<f>', '</f>', '<f t="shared" si="0"/>', '&amp;', '&#x1F600;', '&#99999999;', '_x0041_', '<rowBreaks>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }), fc.array(fc.nat({ max: 400 }), { maxLength: 10 }), (tokens, cuts) => {
        const xml = tokens.join('');
        try {
          for (const row of scanInPieces(xml, cuts.map((c) => c % (xml.length + 1)))) expect(row.number).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).name).not.toBe('AssertionError');
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('says the XML stops short when it ends inside a row', () => {
    const scanner = new SheetRowScanner(book());
    scanner.push(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace(/<\/sheetData>[\s\S]*$/, ''));
    scanner.push('<row r="2"><c r="A2"><v>2</v>');
    expect(() => scanner.finish()).toThrow("the sheet's XML stops in the middle of row 2");
  });
});

describe('cell texts', () => {
  const rowsOf = (rows: string) => scanInPieces(sheetXml(rows), []);

  it('counts rows and columns on where the XML leaves out their references', () => {
    expect(rowsOf('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="9"><c r="B9"><v>5</v></c></row><row><c><v>6</v></c></row>')).toEqual([
      { number: 1, cells: ['1', '2'] },
      { number: 2, cells: ['', '', '3', '4'] },
      { number: 9, cells: ['', '5'] },
      { number: 10, cells: ['6'] },
    ]);
  });

  it('decodes entities and character references, and reads a t="str" value once, as XML means it', () => {
    expect(rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>&#233;&#xE9;&#x1F600; &lt;&gt;&amp;&quot;&apos;</t></is></c><c r="B1" t="str"><v>&amp;lt;b&amp;gt;</v></c><c r="C1" t="e"><v>#DIV/0!</v></c></row>')[0]!.cells).toEqual(['éé😀 <>&"\'', '&lt;b&gt;', '#DIV/0!']);
  });

  it('decodes _xHHHH_ in rich text runs but leaves a plain inline string as written, as exceljs does', () => {
    expect(rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>a_x0041_</t></is></c><c r="B1" t="inlineStr"><is><r><t>b_x0042_</t></r></is></c></row>')[0]!.cells).toEqual(['a_x0041_', 'bB']);
  });

  it('keeps a formula as its text and a shared formula follower as its cached value, a cached 0 included', () => {
    expect(rowsOf('<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c><c r="B2" t="str"><f t="shared" si="1"/><v>text</v></c><c r="C2" t="b"><f t="shared" si="2"/><v>1</v></c><c r="D2" s="1"><f t="shared" si="3"/><v>45352</v></c></row>')).toEqual([
      { number: 1, cells: ['=B1*2'] },
      { number: 2, cells: ['0', 'text', 'TRUE', '2024-03-01'] },
    ]);
  });

  it('shows numbers as parseFloat reads them, and text where a number belongs as written', () => {
    expect(rowsOf('<row r="1"><c r="A1"><v>1e21</v></c><c r="B1"><v>007</v></c><c r="C1"><v>0.1000</v></c><c r="D1"><v>n/a</v></c><c r="E1"><v></v></c><c r="F1"><v>-0</v></c></row>')[0]!.cells).toEqual(['1e+21', '7', '0.1', 'n/a', '', '0']);
  });

  it('dates count from 1904 in a 1904 workbook, and a number past Excel\'s dates keeps its digits', () => {
    expect(scanInPieces(sheetXml('<row r="1"><c r="A1" s="1"><v>43890</v></c><c r="B1" s="1"><v>123456789012345</v></c></row>'), [], book(true))[0]!.cells).toEqual(['2024-03-01', '123456789012345']);
  });

  it('refuses a cell that refers to a shared string the workbook does not hold, naming the cell', () => {
    expect(() => rowsOf('<row r="4"><c r="B4" t="s"><v>7</v></c></row>')).toThrow('cell B4 refers to shared string "7", which the workbook does not hold');
  });

  it('refuses a cell past column XFD rather than making room for it', () => {
    expect(() => rowsOf('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')).toThrow('cell ZZZZ1 lies beyond column XFD, the last column a sheet can have');
  });
});

describe('date styles', () => {
  it('judges format codes as exceljs does: date and time letters outside quotes and brackets', () => {
    expect(['yyyy-mm-dd', 'd-mmm-yy', 'h:mm AM/PM', '[h]:mm:ss', 'mm:ss', '[$-409]mmmm d, yyyy;@'].filter(isDateFormat)).toHaveLength(6);
    expect(['General', '0.00', '#,##0 "kg"', '[Red]0.00', '0.00E+00', '@', '"days"0'].filter(isDateFormat)).toEqual([]);
  });

  it('marks the cellXfs styles whose number format is a built-in or custom date format, not cellStyleXfs', () => {
    const xml = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.0 &quot;h&quot;"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    expect(dateStyles(xml)).toEqual([false, true, true, false, true, false]);
  });
});

describe('damaged sheets through readSource', () => {
  const workbook = '<workbook><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const rels = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>';
  const xlsx = (sheet: string, strings?: string) =>
    rawZip([
      { name: 'xl/workbook.xml', data: workbook },
      { name: 'xl/_rels/workbook.xml.rels', data: rels },
      ...(strings ? [{ name: 'xl/sharedStrings.xml', data: strings }] : []),
      { name: 'xl/styles.xml', data: '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>' },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);

  it('reads a hand-made workbook with a 1904 date system and no r attributes', async () => {
    const file = sourceFilePath('hand.xlsx');
    fs.writeFileSync(file, xlsx(sheetXml('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c t="inlineStr"><is><t>Bag</t></is></c><c s="1"><v>0</v></c></row>'), '<sst><si><t>title</t></si><si><t>listed</t></si></sst>'));
    const { sniffed, rows } = await readAllRows(file);
    expect(sniffed).toMatchObject({ headers: ['title', 'listed'], headerRow: 1 });
    expect(rows).toEqual([{ rowNumber: 2, values: { title: 'Bag', listed: '1904-01-01' } }]);
  });

  it('names the file and the cell when a cell refers to a shared string that is not there', async () => {
    const file = sourceFilePath('missing.xlsx');
    fs.writeFileSync(file, xlsx(sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c></row><row r="2"><c r="A2" t="s"><v>3</v></c></row>'), '<sst><si><t>only</t></si></sst>'));
    const sniffed = await sniffSource(file);
    const read = async () => {
      for await (const batch of readSource(file, sniffed)) void batch;
    };
    await expect(read()).rejects.toMatchObject({ code: 'invalid_input', message: `${path.basename(file)} is not a valid .xlsx file: cell A2 refers to shared string "3", which the workbook does not hold.` });
  });

  it('names the file when its sheet XML stops inside a row', async () => {
    const file = sourceFilePath('cut.xlsx');
    fs.writeFileSync(file, xlsx('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c></row><row r="2"><c r="A2"><v>1</v></c>'));
    const sniffed = await sniffSource(file);
    const read = async () => {
      for await (const batch of readSource(file, sniffed)) void batch;
    };
    await expect(read()).rejects.toThrow(`${path.basename(file)} is not a valid .xlsx file: the sheet's XML stops in the middle of row 2.`);
  });
});
