// `assay seizure list | import | report` as a person runs them on the built bundle: the demo's seizure listed as JSON,
// an inventory imported by reference, and the examination report checked by sha256sum, pdftotext, unzip and
// `assay verify`, which also catches a changed file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir, 'w.db');
  const made = runAssay(['demo', '--db', db, '--listings', '50', '--seed', '4']);
  expect(made.code, made.stderr).toBe(0);
});

const listed = () => runAssay(['seizure', 'list', '--db', db, '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('assay seizure', () => {
  it('lists the demo seizure as one JSON object per line, with its deadline flagged as passed', () => {
    const [demo] = listed();
    expect(demo).toMatchObject({ id: 1, reference: 'NL-RTM-2025-014817', deadline: '2025-07-11', deadline_state: 'passed', lines: 40, examined: 5 });
    const human = runAssay(['seizure', 'list', '--db', db]);
    expect(human.stdout).toMatch(/NL-RTM-2025-014817.*PASSED.*5\/40 lines examined/);
  });

  it('imports an inventory into a new seizure by reference, and says which rows it flagged', () => {
    const file = path.join(dir, 'inventory.csv');
    fs.writeFileSync(file, "Line No,Description,Brand,Model/Style,Qty,Declared Value,Currency,Serial Numbers,UPC/EAN\n1,Belts,Corvanne,Boucle C Reversible Belt 35 mm,40,800,USD,\"CVB-123456, CVB-123457\",'7640175000000\n2,Wallets,Corvanne,Quill Bifold Wallet,0,10,USD,,\n");
    const refused = runAssay(['seizure', 'import', file, '--db', db, '--reference', 'CBP-2026-77']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('assay: No seizure has the reference CBP-2026-77; add --authority NAME (and --deadline YYYY-MM-DD) to create it.\n');
    const done = runAssay(['seizure', 'import', file, '--db', db, '--reference', 'CBP-2026-77', '--authority', 'US CBP', '--deadline', '2099-01-05']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/2 lines, 2 serial numbers, 1 GTINs/);
    expect(done.stdout).toMatch(/flagged {2}Row 3: the quantity is 0/);
    expect(listed().find((s) => s.reference === 'CBP-2026-77')).toMatchObject({ lines: 2, examined: 0, deadline_state: 'ok', flagged: 1 });
    const mapped = runAssay(['seizure', 'import', file, '--db', db, '--seizure', '999']);
    expect(mapped.stderr).toMatch(/Seizure 999 does not exist/);
  });

  it('writes a report that sha256sum, pdftotext, unzip and assay verify accept, and verify catches a changed file', () => {
    const out = path.join(dir, 'report');
    const made = runAssay(['seizure', 'report', '--db', db, '--seizure', '1', '--out', out, '--json']);
    expect(made.code, made.stderr).toBe(0);
    const files = (JSON.parse(made.stdout) as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining(['report.pdf', 'inventory.csv', 'inventory.xlsx', 'manifest.json', 'SHA256SUMS', 'manifest.sig', 'public-key.pem']));
    expect(files.filter((f) => f.startsWith('photos/')).length).toBeGreaterThan(0);

    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(spawnSync('unzip', ['-tq', path.join(out, 'inventory.xlsx')], { encoding: 'utf8' }).status).toBe(0);
    const text = spawnSync('pdftotext', [path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/seizure NL-RTM-2025-014817/);
    expect(text).toMatch(/Counterfeit: 4 lines, [\d,]+ units, MSRP-equivalent value [\d,.]+ USD/);
    expect(text).toMatch(/Failed: /);
    expect(text).toMatch(/Declaration/);
    const csv = fs.readFileSync(path.join(out, 'inventory.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^line,description,brand_claimed/);
    expect(csv.filter((l) => l.includes(',counterfeit,'))).toHaveLength(4);

    const verified = runAssay(['verify', out]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/seizure-report packet of "seizure NL-RTM-2025-014817/);

    fs.appendFileSync(path.join(out, 'inventory.csv'), 'tampered\r\n');
    const broken = runAssay(['verify', out]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/FAILED {2}inventory\.csv/);
  });

  it('refuses to write over an existing report folder without --force', () => {
    const again = runAssay(['seizure', 'report', '--db', db, '--seizure', '1', '--out', path.join(dir, 'report')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists.*--force/);
  });
});
