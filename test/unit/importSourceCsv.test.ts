// Reading CSV and TSV exports: dialects, encodings, overrides, and every record that is not a clean row
// named as a row error with its text, so nothing in the file is lost.
import { describe, expect, it } from 'vitest';
import { sniffSource, type SourceOptions } from '../../electron/core/imports/source/readSource';
import { readAllRows as readAll, writeSourceFile as write } from '../support/sourceFiles';



describe('CSV dialects', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('sniffs %j (%s) as the delimiter and reads quoted fields that contain it', async (d) => {
    const file = write('d.csv', `title${d}price${d}seller\n"Bag${d} red"${d}12.50${d}acme\nShoe${d}9${d}"b${d}c"\n`);
    const { sniffed, rows, errors } = await readAll(file);
    expect(sniffed).toMatchObject({ format: 'csv', delimiter: d, quote: '"', headers: ['title', 'price', 'seller'] });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { rowNumber: 2, values: { title: `Bag${d} red`, price: '12.50', seller: 'acme' } },
      { rowNumber: 3, values: { title: 'Shoe', price: '9', seller: `b${d}c` } },
    ]);
  });

  it('sniffs tab first for a .tsv file whose rows would split on a comma as well', async () => {
    const file = write('t.tsv', 'a,b\tc\n1,2\t3\n');
    expect((await sniffSource(file)).delimiter).toBe('\t');
  });

  it("sniffs ' as the quote when it is the one that opens fields, and reads doubled quotes inside", async () => {
    const file = write('q.csv', "name,note\n'Smith, J','it''s ok'\n'Lee','x'\n");
    const { sniffed, rows } = await readAll(file);
    expect(sniffed.quote).toBe("'");
    expect(rows.map((r) => r.values)).toEqual([
      { name: 'Smith, J', note: "it's ok" },
      { name: 'Lee', note: 'x' },
    ]);
  });

  it('keeps " as the quote when apostrophes are only text, and reads doubled "" inside a field', async () => {
    const file = write('q2.csv', 'name,note\nO\'Brien,"say ""hi"""\n');
    const { sniffed, rows } = await readAll(file);
    expect(sniffed.quote).toBe('"');
    expect(rows[0]!.values).toEqual({ name: "O'Brien", note: 'say "hi"' });
  });

  it('reads CRLF files, keeps a bare LF inside a quoted cell, and counts records rather than lines', async () => {
    const file = write('crlf.csv', 'a,b\r\n1,"two\nlines"\r\n3,4\r\n');
    const { sniffed, rows } = await readAll(file);
    expect(sniffed.newline).toBe('\r\n');
    expect(rows).toEqual([
      { rowNumber: 2, values: { a: '1', b: 'two\nlines' } },
      { rowNumber: 3, values: { a: '3', b: '4' } },
    ]);
  });

  it('reads a file whose rows end in a mix of CRLF and LF without leaving a CR in the last column', async () => {
    const file = write('mixed.csv', 'a,b\r\n1,2\n3,4\r\n5,6\n');
    const { sniffed, rows } = await readAll(file);
    expect(sniffed.newline).toBe('mixed');
    expect(rows.map((r) => r.values.b)).toEqual(['2', '4', '6']);
  });

  it('reads old Mac files whose records end in CR alone', async () => {
    const { rows } = await readAll(write('cr.csv', 'a,b\r1,2\r3,4\r'));
    expect(rows.map((r) => r.values)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('keeps formulas (=HYPERLINK, +1, @SUM) as the text they are', async () => {
    const file = write('f.csv', 'a,b,c\n"=HYPERLINK(""http://x"",""y"")",+1,@SUM(A1)\n');
    const { rows } = await readAll(file);
    expect(rows[0]!.values).toEqual({ a: '=HYPERLINK("http://x","y")', b: '+1', c: '@SUM(A1)' });
  });

  it('names a repeated header "name (2)" and an empty one by its position', async () => {
    const { sniffed, rows } = await readAll(write('h.csv', 'price,,price, sku \n1,2,3,4\n'));
    expect(sniffed.headers).toEqual(['price', 'Column 2', 'price (2)', 'sku']);
    expect(rows[0]!.values).toEqual({ price: '1', 'Column 2': '2', 'price (2)': '3', sku: '4' });
  });

  it('skips blank lines but keeps the row numbers a spreadsheet would show', async () => {
    const { rows } = await readAll(write('blank.csv', 'a,b\n1,2\n\n3,4\n'));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4]);
  });
});

describe('CSV encodings', () => {
  const text = 'name,brand\nCafé crème,Acme®\n';

  it('reads UTF-8 without a BOM', async () => {
    const { sniffed, rows } = await readAll(write('u8.csv', text));
    expect(sniffed).toMatchObject({ encoding: 'utf-8', hasBom: false });
    expect(rows[0]!.values).toEqual({ name: 'Café crème', brand: 'Acme®' });
  });

  it('reads UTF-8 with a BOM, which does not end up in the first header', async () => {
    const { sniffed, rows } = await readAll(write('u8bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(sniffed).toMatchObject({ encoding: 'utf-8', hasBom: true, headers: ['name', 'brand'] });
    expect(rows[0]!.values.name).toBe('Café crème');
  });

  it('reads UTF-16 LE with a BOM, as Excel writes "Unicode Text"', async () => {
    const file = write('u16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/,/g, '\t'), 'utf16le')]));
    const { sniffed, rows } = await readAll(file);
    expect(sniffed).toMatchObject({ encoding: 'utf-16le', hasBom: true, delimiter: '\t', headers: ['name', 'brand'] });
    expect(rows[0]!.values).toEqual({ name: 'Café crème', brand: 'Acme®' });
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { sniffed, rows } = await readAll(write('u16be.csv', Buffer.from(le).swap16()));
    expect(sniffed).toMatchObject({ encoding: 'utf-16be', hasBom: true });
    expect(rows[0]!.values).toEqual({ name: 'Café crème', brand: 'Acme®' });
  });

  it('sniffs UTF-16 LE without a BOM from its NUL bytes', async () => {
    const { sniffed, rows } = await readAll(write('u16nobom.csv', Buffer.from(text, 'utf16le')));
    expect(sniffed).toMatchObject({ encoding: 'utf-16le', hasBom: false });
    expect(rows[0]!.values.brand).toBe('Acme®');
  });

  it('reads a Latin-1 / Windows-1252 file with its ® and é intact', async () => {
    const { sniffed, rows } = await readAll(write('latin1.csv', Buffer.from(text, 'latin1')));
    expect(sniffed.encoding).toBe('windows-1252');
    expect(rows[0]!.values).toEqual({ name: 'Café crème', brand: 'Acme®' });
  });

  it('names the rows that hold invalid UTF-8 met after the sniffed sample, suggesting Windows-1252', async () => {
    const good = 'a,b\n' + 'x,y\n'.repeat(20_000);
    const file = write('bad8.csv', Buffer.concat([Buffer.from(good), Buffer.from('Caf\xe9,ok\nfine,row\n', 'latin1')]));
    const { sniffed, rows, errors } = await readAll(file);
    expect(sniffed.encoding).toBe('utf-8');
    expect(errors).toEqual([
      {
        rowNumber: 20_002,
        column: 'a',
        reason: 'Row 20002 contains bytes that are not valid UTF-8; was the file saved as Windows-1252? Try --encoding windows-1252.',
        raw: 'Caf\uFFFD,ok',
      },
    ]);
    expect(rows.at(-1)).toEqual({ rowNumber: 20_003, values: { a: 'fine', b: 'row' } });
  });
});

describe('options override what was sniffed', () => {
  it('reads a Latin-1 file as UTF-8 when told to, naming each row with invalid bytes', async () => {
    const file = write('force8.csv', Buffer.from('a,b\nCafé,1\nplain,2\n', 'latin1'));
    const { sniffed, rows, errors } = await readAll(file, { encoding: 'utf-8' });
    expect(sniffed.encoding).toBe('utf-8');
    expect(errors.map((e) => [e.rowNumber, e.column])).toEqual([[2, 'a']]);
    expect(rows.map((r) => r.values.a)).toEqual(['plain']);
  });

  it('uses the given delimiter and quote even where sniffing would choose others', async () => {
    const file = write('force.csv', "name;note\n'a;b';c\n");
    expect(await sniffSource(file)).toMatchObject({ delimiter: ';', quote: "'" });
    const options: SourceOptions = { delimiter: ',', quote: '"' };
    const { sniffed, rows } = await readAll(file, options);
    expect(sniffed).toMatchObject({ delimiter: ',', quote: '"', headers: ['name;note'] });
    expect(rows[0]!.values).toEqual({ 'name;note': "'a;b';c" });
  });

  it('reads a file as CSV when told to, whatever its content looks like', async () => {
    const { sniffed, rows } = await readAll(write('x.json', '[x,y\n1,2\n'), { format: 'csv' });
    expect(sniffed.format).toBe('csv');
    expect(rows[0]!.values).toEqual({ '[x': '1', y: '2' });
  });
});

describe('CSV records that are not clean rows', () => {
  it('turns rows with more or fewer fields than the header into errors that keep the row text', async () => {
    const file = write('count.csv', 'a,b,c\n1,2,3\n1,2\n1,2,3,4\n"x,1",2,3,"q"\n7,8,9\n');
    const { rows, errors } = await readAll(file);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 6]);
    expect(errors).toEqual([
      { rowNumber: 3, column: null, reason: 'Row 3 has 2 fields but the header has 3.', raw: '1,2' },
      { rowNumber: 4, column: null, reason: 'Row 4 has 4 fields but the header has 3.', raw: '1,2,3,4' },
      { rowNumber: 5, column: null, reason: 'Row 5 has 4 fields but the header has 3.', raw: '"x,1",2,3,q' },
    ]);
  });

  it('accepts a row whose only extra fields are empty (a trailing delimiter), losing nothing', async () => {
    const { rows, errors } = await readAll(write('trail.csv', 'a,b\n1,2,\n'));
    expect(errors).toEqual([]);
    expect(rows[0]!.values).toEqual({ a: '1', b: '2' });
  });

  it('names a last row cut short as the place the file may have been cut', async () => {
    const { rows, errors } = await readAll(write('cutrow.csv', 'a,b,c\n1,2,3\n4,5'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ rowNumber: 3, column: null, reason: 'Row 3 has 2 fields but the header has 3; it is the last row, so the file may have been cut short.', raw: '4,5' }]);
  });

  it('names a last row that ends inside a quoted field as cut short, keeping all its text', async () => {
    const { rows, errors } = await readAll(write('cutquote.csv', 'a,b\n1,2\n3,"four\nfive'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ rowNumber: 3, column: null, reason: 'Row 3 opens a quoted field with " that is never closed: the file may be cut short, or a closing " is missing.', raw: '3,"four\nfive' }]);
  });

  it('reads on after a row with a quote that is never closed when the lines after it are whole rows', async () => {
    const { rows, errors } = await readAll(write('stray.csv', 'a,b\r\n1,2\r\n3,"oops\r\n5,6\r\n7,8\r\n'));
    expect(errors.map((e) => [e.rowNumber, e.raw])).toEqual([[3, '3,"oops']]);
    expect(rows.map((r) => [r.rowNumber, r.values.a])).toEqual([
      [2, '1'],
      [4, '5'],
      [5, '7'],
    ]);
  });

  it('gives up on a record over the size cap, reports it, and reads on from the next line', async () => {
    const body = 'a,b\n1,"never closed\n' + '2,3\n'.repeat(2000);
    const { rows, errors } = await readAll(write('runaway.csv', body), { maxRecordBytes: 1000, chunkBytes: 256 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rowNumber: 2, raw: '1,"never closed' });
    expect(errors[0]!.reason).toMatch(/^Row 2 is longer than 0 MB, so a quote is probably never closed/);
    expect(rows).toHaveLength(2000);
    expect(rows[0]).toEqual({ rowNumber: 3, values: { a: '2', b: '3' } });
  });

  it('names a row with a stray quote after a closing quote, and reads the rows after it', async () => {
    const { rows, errors } = await readAll(write('badq.csv', 'a,b\n"x"y,2\n3,"4"\n5,6\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rowNumber: 2, column: null, raw: '"x""y,2\n3,""4"' });
    expect(errors[0]!.reason).toMatch(/^Row 2 has a " inside a quoted field that is not doubled/);
    expect(rows).toEqual([{ rowNumber: 3, values: { a: '5', b: '6' } }]);
  });

  it('reads a 10 MB single field whole, however the file is chunked', async () => {
    const big = 'x'.repeat(5_000_000) + '\n"quoted"\n' + 'é'.repeat(2_500_000);
    const file = write('big.csv', `id,text,after\n1,"${big.replace(/"/g, '""')}",z\n2,small,y\n`);
    const { rows, errors } = await readAll(file, { chunkBytes: 64 * 1024 });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.values.text).toBe(big);
    expect(rows[0]!.values.after).toBe('z');
    expect(rows[1]!.values).toEqual({ id: '2', text: 'small', after: 'y' });
  });
});

describe('a CSV whose header is longer than the sniffed sample', () => {
  it('reads further to find the whole header', async () => {
    const headers = Array.from({ length: 3000 }, (_, i) => `a rather long column name ${i}`);
    const file = write('wide.csv', `${headers.join(';')}\n${headers.map((_, i) => i).join(';')}\n` + 'x;'.repeat(2999) + 'x\n');
    const { sniffed, rows } = await readAll(file);
    expect(sniffed.delimiter).toBe(';');
    expect(sniffed.headers).toEqual(headers);
    expect(rows.map((r) => r.values['a rather long column name 2999'])).toEqual(['2999', 'x']);
  });
});

describe('a CSV with only a header', () => {
  it('sniffs its headers and yields no rows', async () => {
    const { sniffed, rows, errors } = await readAll(write('header.csv', 'title;price;url\r\n'));
    expect(sniffed.headers).toEqual(['title', 'price', 'url']);
    expect(sniffed.delimiter).toBe(';');
    expect(rows).toEqual([]);
    expect(errors).toEqual([]);
  });
});
