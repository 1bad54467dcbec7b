// Every `assay` command starts by loading the CLI bundle: packages that only some commands use (pdfkit to draw
// PDFs, exceljs to write workbooks) are loaded when first used, so the rest do not pay for them at start-up.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assayBin, repoRoot } from '../support/runAssay';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-startup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let runs = 0;

/** The packages (by folder under node_modules) a command loaded. */
function packagesLoadedBy(args: string[]): string[] {
  runs += 1;
  const list = path.join(dir, `loaded-${runs}.txt`);
  const run = spawnSync(process.execPath, ['--require', path.join(repoRoot, 'test', 'support', 'reportLoadedModules.cjs'), assayBin, ...args], {
    encoding: 'utf8',
    cwd: repoRoot,
    env: { ...process.env, ASSAY_LOADED_MODULES: list },
  });
  expect(run.status, run.stderr).toBe(0);
  const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
  return [...new Set(files.flatMap((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? []))];
}

describe('assay start-up', () => {
  it('loads neither pdfkit nor exceljs for a command that draws no PDF and writes no workbook', () => {
    const db = path.join(dir, 'w.db');
    const loaded = [...packagesLoadedBy(['--help']), ...packagesLoadedBy(['demo', '--db', db, '--listings', '20'])];
    expect(loaded).toContain('better-sqlite3');
    expect(loaded.filter((p) => p === 'pdfkit' || p === 'exceljs')).toEqual([]);
  });

  it('loads both when a command writes a PDF and a workbook', () => {
    // The demo workspace holds a seizure; its examination report is a PDF beside an XLSX inventory.
    const db = path.join(dir, 'report.db');
    expect(spawnSync(process.execPath, [assayBin, 'demo', '--db', db, '--listings', '50', '--seed', '4'], { encoding: 'utf8' }).status).toBe(0);
    const out = path.join(dir, 'report');
    expect(packagesLoadedBy(['seizure', 'report', '--db', db, '--seizure', '1', '--out', out])).toEqual(expect.arrayContaining(['pdfkit', 'exceljs']));
    expect(fs.readdirSync(out).filter((f) => /\.(pdf|xlsx)$/.test(f)).sort()).toEqual(['inventory.xlsx', 'report.pdf']);
  });
});
