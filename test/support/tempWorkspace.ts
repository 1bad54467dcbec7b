// Real workspaces in temporary folders, removed after each test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { listingInserter, type NewListing } from '../../electron/core/db/listingsRepository';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-test-'));
  made.push(dir);
  return dir;
}

export function newWorkspace(): Workspace {
  return openWorkspace(path.join(tempDir(), 'assay.db'), { mode: 'create' });
}

export function listing(overrides: Partial<NewListing> & { listing_id: string }): NewListing {
  return {
    marketplace: 'ebay',
    url: `https://www.ebay.com/itm/${overrides.listing_id}`,
    title: `Listing ${overrides.listing_id}`,
    description: '',
    brand: '',
    price: 10,
    price_max: null,
    currency: 'USD',
    price_normalised: 10,
    seller_id: null,
    seller_name: '',
    seller_location: '',
    image_urls: [],
    units_sold: null,
    language: 'en',
    status: 'new',
    captured_at: null,
    first_seen: '2026-01-01T00:00:00Z',
    last_seen: '2026-01-01T00:00:00Z',
    raw: {},
    ...overrides,
  };
}

export function insertListings(ws: Workspace, listings: NewListing[]): number[] {
  const insert = listingInserter(ws.db);
  return ws.db.transaction(() => listings.map(insert))();
}
