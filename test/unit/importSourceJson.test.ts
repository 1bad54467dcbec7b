// Reading NDJSON and JSON arrays: each object a row of strings, each line or element that is not an object
// a named row error with its text, and a JSON document that is not a list of records refused whole.
import { describe, expect, it } from 'vitest';
import { sniffSource } from '../../electron/core/imports/source/readSource';
import { readAllRows as readAll, writeSourceFile as write } from '../support/sourceFiles';



describe('NDJSON', () => {
  it('reads one object per line, numbered by line, with numbers, booleans, null and nested values as text', async () => {
    const file = write('l.ndjson', '{"title":"Bag","price":12.5,"ok":true,"tags":["a","b"],"seller":{"id":7}}\r\n\n{"title":"Shoe","price":null,"extra":"z"}\n');
    const { sniffed, rows, errors } = await readAll(file);
    expect(sniffed).toMatchObject({ format: 'ndjson', encoding: 'utf-8', headers: ['title', 'price', 'ok', 'tags', 'seller', 'extra'] });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { rowNumber: 1, values: { title: 'Bag', price: '12.5', ok: 'true', tags: '["a","b"]', seller: '{"id":7}', extra: '' } },
      { rowNumber: 3, values: { title: 'Shoe', price: '', ok: '', tags: '', seller: '', extra: 'z' } },
    ]);
  });

  it('names each line that is not JSON or not an object, and keeps its text', async () => {
    const { rows, errors } = await readAll(write('bad.jsonl', '{"a":1}\nnot json\n[1,2]\n"text"\n{"a":2}\n'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 5]);
    expect(errors.map((e) => [e.rowNumber, e.raw])).toEqual([
      [2, 'not json'],
      [3, '[1,2]'],
      [4, '"text"'],
    ]);
    expect(errors[0]!.reason).toMatch(/^Line 2 is not valid JSON \(/);
    expect(errors[1]!.reason).toBe('Line 3 is an array, not a JSON object with named fields.');
    expect(errors[2]!.reason).toBe('Line 4 is a string, not a JSON object with named fields.');
  });

  it('names a last line cut short', async () => {
    const { errors } = await readAll(write('cut.ndjson', '{"a":1}\n{"a":'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.reason).toMatch(/^Line 2 is not valid JSON .* It is the last line, so the file may have been cut short\.$/);
  });

  it('keeps every digit of an ID too long for a JavaScript number', async () => {
    const { rows } = await readAll(write('id.ndjson', '{"id":12345678901234567890,"price":-1.5e3,"s":"12345678901234567890","in":{"id":98765432109876543210}}\n'));
    expect(rows[0]!.values).toEqual({ id: '12345678901234567890', price: '-1500', s: '12345678901234567890', in: '{"id":"98765432109876543210"}' });
  });

  it('reads a line over the size cap as one unreadable record and reads on', async () => {
    const file = write('long.ndjson', `{"a":1}\n{"a":"${'x'.repeat(5000)}"}\n{"a":3}\n`);
    const { rows, errors } = await readAll(file, { maxRecordBytes: 1000, chunkBytes: 512 });
    expect(rows.map((r) => [r.rowNumber, r.values.a])).toEqual([
      [1, '1'],
      [3, '3'],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.rowNumber).toBe(2);
    expect(errors[0]!.reason).toMatch(/^Line 2 is longer than/);
  });
});

describe('JSON arrays', () => {
  it('reads an array of objects, numbered by item, nested values as JSON text', async () => {
    const file = write('a.json', ' [\n {"title":"Bag","dims":{"w":1,"h":[2,3]},"note":"has ] and , and \\" inside"},\n {"title":"Shoe"}\n]\n');
    const { sniffed, rows, errors } = await readAll(file, { chunkBytes: 3 });
    expect(sniffed).toMatchObject({ format: 'json', headers: ['title', 'dims', 'note'] });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { rowNumber: 1, values: { title: 'Bag', dims: '{"w":1,"h":[2,3]}', note: 'has ] and , and " inside' } },
      { rowNumber: 2, values: { title: 'Shoe', dims: '', note: '' } },
    ]);
  });

  it('names each item that is not an object, as "item N", and keeps its text', async () => {
    const { rows, errors } = await readAll(write('mixed.json', '[{"a":1}, 42, [1], {"a":2}, {bad}]'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 4]);
    expect(errors.map((e) => [e.rowNumber, e.reason.split(' (')[0], e.raw])).toEqual([
      [2, 'Item 2 is a number, not an object with named fields.', '42'],
      [3, 'Item 3 is an array, not an object with named fields.', '[1]'],
      [5, 'Item 5 is not valid JSON', '{bad}'],
    ]);
  });

  it('names the item a truncated file ends inside', async () => {
    const { rows, errors } = await readAll(write('cut.json', '[{"a":1},{"a":"two'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ rowNumber: 2, column: null, reason: 'Item 2 is cut short: the file ends before the element and the array are closed.', raw: '{"a":"two' }]);
  });

  it('reads an empty array, and a trailing comma, as no extra item', async () => {
    expect((await readAll(write('empty.json', '[ ]'))).rows).toEqual([]);
    const { rows, errors } = await readAll(write('trailing.json', '[{"a":1},]'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('refuses a JSON file whose top level is an object, naming the file', async () => {
    const file = write('doc.json', JSON.stringify({ items: [{ a: 1 }] }));
    await expect(sniffSource(file)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^\d+-doc\.json is a JSON object, not an array of records/) });
  });

  it('refuses a pretty-printed single object too', async () => {
    await expect(sniffSource(write('pretty.json', '{\n  "items": []\n}\n'))).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses an array with no object in it', async () => {
    await expect(sniffSource(write('nums.json', '[1, 2, 3]'))).rejects.toThrow(/is a JSON array of numbers, not of objects/);
  });

  it('reads a .json file holding one object per line as NDJSON', async () => {
    const { sniffed, rows } = await readAll(write('lines.json', '{"a":1}\n{"a":2}\n'));
    expect(sniffed.format).toBe('ndjson');
    expect(rows).toHaveLength(2);
  });
});
