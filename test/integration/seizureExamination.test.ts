// Seizures against a real workspace file (the demo catalogue): lines kept with their problems, a passed deadline
// still editable, photos sniffed by their bytes, the examination's custody events, inventory import from CSV and
// XLSX with the customs preset, and serials repeated across seizures.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { DEMO_PRODUCTS } from '../../electron/core/demo/demoCatalog';
import { writeDemoWorkspace } from '../../electron/core/demo/writeDemoWorkspace';
import { AssayError } from '../../electron/core/errors';
import { importInventory } from '../../electron/core/seizures/importInventory';
import { runAutoChecks, setCheck, setVerdict } from '../../electron/core/seizures/lineExamination';
import { addLinePhotos } from '../../electron/core/seizures/linePhotos';
import { addLine, createSeizure, updateSeizure } from '../../electron/core/seizures/seizureEditing';
import { lineDetail, listSeizures, seizureDetail } from '../../electron/core/seizures/seizureViews';
import { tempDir } from '../support/tempWorkspace';

const who = { actor: 'tester@bench', at: '2026-11-20T10:00:00.000Z' };
const AURELLE_GTIN = DEMO_PRODUCTS.find((p) => p.sku === 'CV-BG-1001')!.gtins[0]!;
let ws: Workspace;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeDemoWorkspace(path.join(dir, 'w.db'), { listings: 10, seed: 2 });
  ws = openWorkspace(path.join(dir, 'w.db'));
  return () => ws.close();
});

const events = (action: string) => (ws.db.prepare('SELECT count(*) AS n FROM custody_event WHERE action = ?').get(action) as { n: number }).n;
const newSeizure = (reference: string, deadlineOn: string | null = '2026-12-31') => createSeizure(ws.db, { authority: 'US CBP', reference, office: 'Port of Newark', deadlineOn }, who);

describe('a seizure and its lines', () => {
  it('records a seizure with a custody event and refuses the same reference twice from the same authority', () => {
    const before = events('seizure.created');
    const s = newSeizure('CBP-2026-0001');
    expect(s).toMatchObject({ authority: 'US CBP', reference: 'CBP-2026-0001', lines: 0, examined: 0 });
    expect(events('seizure.created')).toBe(before + 1);
    expect(() => newSeizure('CBP-2026-0001')).toThrow(/already seizure/);
  });

  it('keeps a line whose quantity is zero or negative, flagged with a sentence, and matches it all the same', () => {
    const s = newSeizure('CBP-2026-0002');
    const zero = addLine(ws.db, s.id, { description: 'Handbags', brandClaimed: 'Corvanne', modelClaimed: 'Aurelle Tote 34', quantity: 0 }, who);
    const negative = addLine(ws.db, s.id, { description: 'Wallets', modelClaimed: 'Quill Bifold Wallet', quantity: -4 }, who);
    expect(zero.problems).toEqual(["Line 1: the quantity is 0; a seized line holds at least one unit, so correct it from the authority's inventory (the line is kept, flagged)."]);
    expect(negative.problems[0]).toMatch(/^Line 2: the quantity is -4/);
    expect(zero.product?.sku).toBe('CV-BG-1001');
    expect(seizureDetail(ws.db, s.id)).toMatchObject({ lines: 2, flagged: 2 });
  });

  it('splits a pasted serial blob and cleans a GTIN typed with an apostrophe and spaces', () => {
    const s = newSeizure('CBP-2026-0003');
    const line = addLine(ws.db, s.id, {
      modelClaimed: 'Aurelle Tote 34', quantity: 3,
      serials: 'CV21AB0001, CV21AB0002\nCV21AB0003;CV21AB0001\tcv21ab0002',
      gtins: `'${AURELLE_GTIN.slice(0, 6)} ${AURELLE_GTIN.slice(6)}`,
    }, who);
    expect(line.serialNumbers).toEqual(['CV21AB0001', 'CV21AB0002', 'CV21AB0003']);
    expect(line.gtins).toEqual([AURELLE_GTIN]);
    expect(line.matchMethod).toBe('gtin');
    // A line's checklist comes from the product's authentication features, then weight and dimensions.
    expect(line.checks.length).toBeGreaterThan(3);
    expect(line.checks.at(-1)!.kind).toBe('dimensions');
  });

  it('keeps a seizure whose deadline has passed editable, and flags it in the list', () => {
    const s = newSeizure('CBP-2025-0999', '2026-11-10');
    const listed = listSeizures(ws.db, '2026-11-20').find((x) => x.id === s.id)!;
    expect(listed.deadline.state).toBe('passed');
    expect(listed.deadline.message).toMatch(/can still be edited/);
    const edited = updateSeizure(ws.db, s.id, { authority: 'US CBP', reference: 'CBP-2025-0999', office: 'Port of Newark', deadlineOn: '2026-11-10', notes: 'Late answer agreed by phone.' }, who);
    expect(edited.notes).toBe('Late answer agreed by phone.');
    expect(addLine(ws.db, s.id, { description: 'Belts', quantity: 12 }, who).lineNo).toBe(1);
    expect(listSeizures(ws.db, '2026-11-20')[0]!.deadlineOn! <= listSeizures(ws.db, '2026-11-20')[1]!.deadlineOn!).toBe(true);
  });

  it('flags serials repeated on another line and in another seizure', () => {
    const a = newSeizure('CBP-2026-0004');
    const b = newSeizure('CBP-2026-0005');
    const first = addLine(ws.db, a.id, { modelClaimed: 'Aurelle Tote 34', quantity: 2, serials: 'CV22XY1111 CV22XY2222' }, who);
    const second = addLine(ws.db, a.id, { modelClaimed: 'Aurelle Tote 28', quantity: 2, serials: 'CV22XY1111' }, who);
    expect(second.findings.find((f) => f.check === 'serial_repeated')?.message).toMatch(/CV22XY1111 also appears on line 1/);
    // The earlier line learns of the repeat too.
    expect(lineDetail(ws.db, first.id).findings.some((f) => f.check === 'serial_repeated')).toBe(true);
    const other = addLine(ws.db, b.id, { modelClaimed: 'Aurelle Tote 34', quantity: 1, serials: 'cv22-xy-2222' }, who);
    expect(other.findings.find((f) => f.check === 'serial_repeated')?.message).toMatch(/line 1 of seizure CBP-2026-0004/);
  });
});

describe('the examination', () => {
  it('marks features and gives a verdict, each a custody event, and the chain still verifies', async () => {
    const s = newSeizure('CBP-2026-0010');
    const line = addLine(ws.db, s.id, { modelClaimed: 'Aurelle Tote 34', quantity: 5, serials: 'CV123' }, who);
    const marked = setCheck(ws.db, line.checks[0]!.id, 'fail', 'Logotype in sans-serif', who);
    expect(marked.checks[0]).toMatchObject({ result: 'fail', note: 'Logotype in sans-serif' });
    expect(() => setVerdict(ws.db, line.id, 'counterfeit', '  ', '', who)).toThrow(/Give the examiner's name with the verdict on line 1/);
    const judged = setVerdict(ws.db, line.id, 'counterfeit', 'Inès Fauvel', '', who);
    expect(judged).toMatchObject({ verdict: 'counterfeit', examiner: 'Inès Fauvel' });
    expect(judged.reasons).toMatch(/^Failed: .*\(Logotype in sans-serif\)/);
    expect(seizureDetail(ws.db, s.id)).toMatchObject({ examined: 1, verdicts: { counterfeit: 1, genuine: 0, inconclusive: 0 } });
    const trail = ws.db.prepare("SELECT action FROM custody_event WHERE subject_type = 'seized_line' AND subject_id = ? ORDER BY seq").all(String(line.id)) as { action: string }[];
    expect(trail.map((e) => e.action)).toEqual(['seizure.line_added', 'seizure.check_marked', 'seizure.verdict_given']);
    expect((await verifyCustodyLog(ws.db)).ok).toBe(true);
  });

  it('adds photos by their bytes and refuses a PDF named .jpg, naming it, while keeping the others', async () => {
    const s = newSeizure('CBP-2026-0011');
    const line = addLine(ws.db, s.id, { modelClaimed: 'Quill Card Holder', quantity: 5 }, who);
    const folder = path.join(dir, 'camera');
    fs.mkdirSync(folder);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 7)]);
    fs.writeFileSync(path.join(folder, 'front.jpg'), jpeg);
    fs.writeFileSync(path.join(folder, 'invoice.jpg'), '%PDF-1.4\n1 0 obj\n');
    const result = await addLinePhotos(ws.db, dir, line.id, [path.join(folder, 'front.jpg'), path.join(folder, 'invoice.jpg')], who);
    expect(result.added.map((a) => a.name)).toEqual(['front.jpg']);
    expect(result.refused).toEqual([{ name: 'invoice.jpg', reason: 'invoice.jpg is a PDF document, not a photo: Assay keeps JPEG, PNG, GIF, WebP and HEIC photos.' }]);
    const stored = ws.db.prepare('SELECT sha256, media_type FROM evidence WHERE id = ?').get(result.added[0]!.evidenceId) as { sha256: string; media_type: string };
    expect(stored.media_type).toBe('image/jpeg');
    expect(fs.readFileSync(path.join(dir, 'evidence', stored.sha256.slice(0, 2), stored.sha256.slice(2)))).toEqual(jpeg);
    expect(lineDetail(ws.db, line.id).photoIds).toHaveLength(1);
    // A photo of one feature is linked to that checklist item as well as to the line.
    const check = lineDetail(ws.db, line.id).checks[0]!;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    fs.writeFileSync(path.join(folder, 'stitching.png'), png);
    const ofFeature = await addLinePhotos(ws.db, dir, line.id, [path.join(folder, 'stitching.png')], who, check.id);
    expect(lineDetail(ws.db, line.id).checks[0]!.evidenceId).toBe(ofFeature.added[0]!.evidenceId);
    expect(lineDetail(ws.db, line.id).photoIds).toHaveLength(2);
  });
});

describe('inventory import', () => {
  const header = 'Line No,Description,Brand,Model/Style,Qty,Declared Value,Currency,Markings,Serial Numbers,UPC/EAN,Unit Weight (g)';
  it('reads a CBP-style CSV with the customs preset, keeping bad rows as flagged lines', async () => {
    const s = newSeizure('CBP-2026-0020');
    const file = path.join(dir, 'inventory.csv');
    fs.writeFileSync(
      file,
      [
        header,
        `1,Handbags,Corvanne,Aurelle Tote 34,12,480.00,USD,CORVANNE GENEVE,"CV21AB0001, CV21AB0002;CV21AB0003",'${AURELLE_GTIN},700`,
        '2,Wallets,Corvanne,Quill Bifold Wallet,0,90,USD,,,,',
        '3,Belts,Corvanne,Boucle C Reversible Belt 35 mm,-2,abc,USD,,,,',
        '4,Scarves,Corvanne,Monogram Silk Carré 90,ten,10,USD,,,,',
      ].join('\n'),
    );
    const summary = await importInventory(ws.db, s.id, file, who);
    expect(summary).toMatchObject({ lines: 4, serials: 3, gtins: 1, rejected: [] });
    expect(summary.flagged.map((f) => f.rowNumber)).toEqual([3, 4, 5]);
    expect(summary.flagged[1]!.problems).toEqual([
      "Row 4: the quantity is -2; a seized line holds at least one unit, so correct it from the authority's inventory (the line is kept, flagged).",
      'Row 4: the declared value "abc" is not an amount: it has no amount in it.',
    ]);
    expect(summary.flagged[2]!.problems[0]).toBe('Row 5: the quantity "ten" is not a number.');
    const detail = seizureDetail(ws.db, s.id);
    expect(detail.lineRows.map((l) => l.lineNo)).toEqual([1, 2, 3, 4]);
    const first = lineDetail(ws.db, detail.lineRows[0]!.id);
    expect(first).toMatchObject({ gtins: [AURELLE_GTIN], weightG: 700, product: { sku: 'CV-BG-1001' } });
    expect(first.findings.map((f) => f.check)).toEqual(expect.arrayContaining(['weight_off_spec', 'value_below_msrp']));
    expect(events('seizure.inventory_imported')).toBeGreaterThan(0);
  });

  it('reads the EU layout from XLSX, and says which column is missing when the quantity cannot be found', async () => {
    const s = newSeizure('CBP-2026-0021');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Inventaire');
    sheet.addRow(['Item', 'Description of goods', 'Trade mark', 'Model', 'Quantity', 'Value', 'Currency', 'Serial numbers', 'EAN']);
    sheet.addRow([1, 'Watches', 'Corvanne', 'Meridian Automatic 40', 30, 900, 'EUR', 'M123456 M123457', `'${AURELLE_GTIN}`]);
    const file = path.join(dir, 'inventaire.xlsx');
    await book.xlsx.writeFile(file);
    const summary = await importInventory(ws.db, s.id, file, who);
    expect(summary).toMatchObject({ lines: 1, serials: 2, flagged: [] });

    const bad = path.join(dir, 'noqty.csv');
    fs.writeFileSync(bad, 'Description,Colour\nBags,red\n');
    await expect(importInventory(ws.db, s.id, bad, who)).rejects.toThrow(new AssayError('invalid_input', 'noqty.csv has no column the quantity can be read from; map one with --map quantity=COLUMN.'));
  });

  it('re-runs the automatic checks over a seizure with one custody event', () => {
    const s = listSeizures(ws.db).find((x) => x.reference === 'CBP-2026-0020')!;
    const before = events('seizure.auto_checked');
    expect(runAutoChecks(ws.db, s.id, who)).toMatchObject({ lines: 4 });
    expect(events('seizure.auto_checked')).toBe(before + 1);
  });
});
