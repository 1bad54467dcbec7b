// Debian's Chromium driven by playwright-core, with the flags this closed network needs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoRoot } from './runAssay';

export const CHROMIUM = process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`End-to-end tests need Chromium at ${CHROMIUM}; .ci/run installs Debian's chromium package.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Where end-to-end tests leave screenshots for a person to look at. */
export function screenshotPath(name: string): string {
  const dir = path.join(repoRoot, 'test-results', 'e2e');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
