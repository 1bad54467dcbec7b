// Opens a case: for one brand (named, or the workspace's only one), on the marketplaces it covers, optionally
// with its first listings. The case, its first transition and its custody events are written in one transaction.
import type Database from 'better-sqlite3';
import { insertCase, insertCaseTransition } from '../db/caseRepository';
import { findBrandByName, listBrands, type BrandRef } from '../db/brandRepository';
import { appendCustodyEvent } from './custodyLog';
import { AssayError } from '../errors';
import { addListingsToCase } from './caseListings';

export interface NewCaseInput {
  name: string;
  /** The brand's name; without it, the workspace's brand (refused when there are several). */
  brand?: string | null;
  marketplaces?: readonly string[];
  notes?: string;
  /** Listings to add at once, each under its marketplace's reason for `reason` (a code or a kind; counterfeit when absent). */
  listingIds?: readonly number[];
  reason?: string | null;
  actor: string;
  at: string;
}

export interface CreatedCase {
  caseId: number;
  listingsAdded: number;
}

export const MAX_CASE_NAME = 300;

export function createCase(db: Database.Database, input: NewCaseInput): CreatedCase {
  const name = input.name.trim();
  if (!name) throw new AssayError('invalid_input', 'A case needs a name.');
  if (name.length > MAX_CASE_NAME) throw new AssayError('invalid_input', `A case name is at most ${MAX_CASE_NAME} characters; this one has ${name.length}.`);
  const marketplaces = normaliseMarketplaces(input.marketplaces ?? []);
  return db.transaction((): CreatedCase => {
    const brand = caseBrand(db, input.brand ?? null);
    const caseId = insertCase(db, { brandId: brand.id, name, marketplaces, notes: input.notes?.trim() ?? '', at: input.at });
    insertCaseTransition(db, { caseId, from: null, to: 'draft', outcome: null, at: input.at, actor: input.actor, note: 'opened' });
    appendCustodyEvent(db, {
      at: input.at,
      actor: input.actor,
      action: 'case.created',
      subjectType: 'case',
      subjectId: caseId,
      details: { name, brand: brand.name, marketplaces, status: 'draft' },
    });
    const added = input.listingIds?.length ? addListingsToCase(db, caseId, input.listingIds, input.reason ?? undefined, input.actor, input.at).added.length : 0;
    return { caseId, listingsAdded: added };
  })();
}

function caseBrand(db: Database.Database, name: string | null): BrandRef {
  if (name !== null && name.trim() !== '') {
    const found = findBrandByName(db, name.trim());
    if (found) return found;
    const known = listBrands(db).map((b) => b.name);
    throw new AssayError('not_found', `There is no brand "${name.trim()}" in this workspace${known.length ? `; its brands are ${known.join(', ')}` : ''}.`);
  }
  const brands = listBrands(db);
  if (brands.length === 0) throw new AssayError('invalid_input', 'This workspace has no brand yet: add the rights holder in Settings → Brand (or import the genuine products) before opening a case.');
  if (brands.length > 1) throw new AssayError('invalid_input', `This workspace has several brands (${brands.map((b) => b.name).join(', ')}); say which one the case is for.`);
  return brands[0]!;
}

/** Lower-case, de-duplicated, sorted marketplace names; each a short word. */
export function normaliseMarketplaces(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    const m = raw.trim().toLowerCase();
    if (!m) continue;
    if (!/^[a-z0-9][a-z0-9._-]{0,39}$/.test(m)) throw new AssayError('invalid_input', `"${raw}" is not a marketplace name (a short word such as ebay or aliexpress).`);
    out.add(m);
  }
  return [...out].sort();
}
