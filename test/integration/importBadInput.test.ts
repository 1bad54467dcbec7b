// Every kind of bad file the import issue lists: each gets a clear sentence, per row where it is per row,
// and none changes the workspace's listings.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listRejections } from '../../electron/core/db/importsRepository';
import { importFile, type ImportRequest } from '../../electron/core/imports/importFile';
import { insertListings, listing, newWorkspace, tempDir } from '../support/tempWorkspace';

const mapping = { marketplace: 'marketplace', listing_id: 'id', title: 'title', price: 'price' };
const HEADER = 'marketplace,id,title,price\n';

function workspaceWithOneListing() {
  const ws = newWorkspace();
  insertListings(ws, [listing({ listing_id: 'existing', title: 'Already here' })]);
  return ws;
}

const fileWith = (name: string, content: string | Buffer) => {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
};

const request = (file: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({ kind: 'listings', file, options: {}, mapping, marketplace: null, brand: null, again: false, actor: 'tester', ...extra });
const titles = (ws: ReturnType<typeof newWorkspace>) => (ws.db.prepare('SELECT title FROM listing ORDER BY id').all() as { title: string }[]).map((r) => r.title);

/** A ZIP whose one entry inflates a thousandfold: the shape of a ZIP bomb. */
function zipBomb(): Buffer {
  const data = Buffer.alloc(8 * 1024 * 1024);
  const deflated = zlib.deflateRawSync(data);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  // The CRC is left at zero: the guard must refuse the entry from its sizes before anything inflates it.
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  local.copy(central, 16, 14, 26);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + deflated.length, 16);
  return Buffer.concat([local, name, deflated, central, name, end]);
}

describe('bad files are refused as a whole, naming the file, and change nothing', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => fileWith('empty.csv', ''), /empty/],
    ['a binary file', () => fileWith('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...Array(200).fill(0)])), /photo\.csv/],
    ['an XLSX that is not a ZIP', () => fileWith('sheet.xlsx', 'this is not a spreadsheet at all'), /sheet\.xlsx.*(not a ZIP|not a valid)/],
    ['an XLSX that is a ZIP bomb', () => fileWith('bomb.xlsx', zipBomb()), /bomb\.xlsx.*ZIP bomb/],
    ['a JSON file that is not an array of objects', () => fileWith('object.json', '{"listings": {"a": 1}}'), /object\.json/],
  ];
  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      const ws = workspaceWithOneListing();
      const err = (await importFile(ws, request(make())).then(
        () => null,
        (e: unknown) => e,
      )) as Error;
      expect(err).toBeInstanceOf(Error);
      expect(err.message).toMatch(message);
      expect(err.message).not.toMatch(/\n\s+at /);
      expect(titles(ws)).toEqual(['Already here']);
    });
  }

  it('takes a header-only file as an import of nothing', async () => {
    const ws = workspaceWithOneListing();
    const summary = await importFile(ws, request(fileWith('header.csv', HEADER)));
    expect(summary.counts).toEqual({ read: 0, new: 0, updated: 0, unchanged: 0, rejected: 0 });
    expect(titles(ws)).toEqual(['Already here']);
  });
});

describe('bad rows are rejected one by one, naming the row, and good rows still come in', () => {
  it('rejects rows with more or fewer fields than the header', async () => {
    const ws = workspaceWithOneListing();
    const summary = await importFile(ws, request(fileWith('ragged.csv', `${HEADER}ebay,1,Good,1.00\nebay,2,Too,many,fields,here\nebay,3\nebay,4,Also good,2.00\n`)));
    expect(summary.counts).toMatchObject({ read: 4, new: 2, rejected: 2 });
    const rejected = listRejections(ws.db, summary.id, 0, 10);
    expect(rejected.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(rejected[0]!.raw).toContain('Too');
  });

  it('rejects the last row of a file cut off inside a quote, keeping the rows before it', async () => {
    const ws = workspaceWithOneListing();
    const summary = await importFile(ws, request(fileWith('cut.csv', `${HEADER}ebay,1,Good,1.00\nebay,2,"Cut off in the mid`)));
    expect(summary.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(listRejections(ws.db, summary.id, 0, 10)[0]!.rowNumber).toBe(3);
  });

  it('reads a 10 MB field whole', async () => {
    const ws = newWorkspace();
    const big = 'x'.repeat(10 * 1024 * 1024);
    const summary = await importFile(ws, request(fileWith('big.csv', `${HEADER}ebay,1,${big},1.00\n`)));
    expect(summary.counts.new).toBe(1);
    expect((ws.db.prepare('SELECT length(title) AS n FROM listing').get() as { n: number }).n).toBe(big.length);
  });

  it('names rows with bytes that are not UTF-8 when the file is read as UTF-8', async () => {
    const ws = workspaceWithOneListing();
    const bytes = Buffer.concat([Buffer.from(`${HEADER}ebay,1,Good,1.00\nebay,2,Bad `), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' bytes,2.00\n')]);
    const summary = await importFile(ws, request(fileWith('mixed.csv', bytes), { options: { encoding: 'utf-8' } }));
    expect(summary.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(listRejections(ws.db, summary.id, 0, 10)[0]!.reason).toMatch(/UTF-8/);
  });

  it('brings a Latin-1 file in with its ® and é intact', async () => {
    const ws = newWorkspace();
    const summary = await importFile(ws, request(fileWith('latin1.csv', Buffer.from(`${HEADER}ebay,1,Corvanne® café tote,9.00\n`, 'latin1'))));
    expect(summary.counts.new).toBe(1);
    expect(titles(ws)).toEqual(['Corvanne® café tote']);
  });
});
