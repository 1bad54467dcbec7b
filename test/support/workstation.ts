// An end-to-end session: a demo workspace in a temporary folder (scored if asked), `assay serve` on it, and
// Debian's Chromium on the printed link, with every page error collected. Call inside beforeAll/afterAll.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './browser';
import { runAssay, startServe } from './runAssay';
import { tempDir } from './tempWorkspace';

export interface Workstation {
  db: string;
  browser: Browser;
  page: Page;
  server: Awaited<ReturnType<typeof startServe>>;
  pageErrors: string[];
  /** A contract call with the page's token, to compare what the page shows with the database. */
  api(op: string, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function openWorkstation(options: { listings: number; seed?: number; score?: boolean }): Promise<Workstation> {
  const db = path.join(tempDir(), 'e2e.db');
  const made = runAssay(['demo', '--db', db, '--listings', String(options.listings), '--seed', String(options.seed ?? 1)]);
  expect(made.code, made.stderr).toBe(0);
  if (options.score) {
    const scored = runAssay(['score', '--db', db]);
    expect(scored.code, scored.stderr).toBe(0);
  }
  const server = await startServe(db);
  const { port, hash } = new URL(server.url);
  const token = hash.replace('#token=', '');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  return {
    db,
    browser,
    page,
    server,
    pageErrors,
    api: async (op, input) => {
      const res = await fetch(`http://127.0.0.1:${port}/api/call/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
      return ((await res.json()) as { value: unknown }).value;
    },
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
