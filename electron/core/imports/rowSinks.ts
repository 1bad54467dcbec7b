// What an import does with each mapped row, per kind: listings (with their sellers) or genuine products.
// A sink returns the row's outcome, or the column and sentence of its rejection.
import type Database from 'better-sqlite3';
import { indexNewListings, listingImportWriter, sellerWriter } from '../db/listingImportRepository';
import { deferListingInsertCount, type BulkListingCount } from '../db/dashboardCells';
import { countAllListings, deferListingIndexes } from '../db/listingsRepository';
import { brandIdByName, productImportWriter, soleBrandId } from '../db/productImportRepository';
import { AssayError } from '../errors';
import type { ImportRequest } from './importFile';
import type { MappedListing, MappedProduct } from './mappedBatches';

export type RowOutcome = 'new' | 'updated' | 'unchanged' | { column: string | null; reason: string };

export interface RowSink<T> {
  write(rowNumber: number, item: T): RowOutcome;
  /** Work done once after the last row, inside the same transaction (indexing). */
  finish(): void;
}

/**
 * An import that adds more than this many listings, and more than the table held before it, rebuilds the indexes
 * and counts the Dashboard once at the end rather than row by row.
 */
const BULK_ROWS = 5_000;

/**
 * Writes listings. A file expected to be large goes the bulk way from its first row; any other switches to it as
 * soon as the listings it has added pass the threshold (an XLSX or JSON file's size says little of its rows).
 */
export function listingRowSink(db: Database.Database, importId: number, startedAt: string, expectedRows: number): RowSink<MappedListing> {
  const bulkAbove = Math.max(BULK_ROWS, countAllListings(db));
  let bulk: { rebuildIndexes: () => void; dashboard: BulkListingCount } | null = null;
  const goBulk = () => {
    bulk = { rebuildIndexes: deferListingIndexes(db), dashboard: deferListingInsertCount(db, importId) };
  };
  if (expectedRows > bulkAbove) goBulk();
  let added = 0;
  const writeListing = listingImportWriter(db, importId, startedAt, (id, before, after) => bulk?.dashboard.changedAgain(id, before, after));
  const writeSeller = sellerWriter(db);
  return {
    write(_rowNumber, { listing, seller }) {
      const sellerId = seller ? writeSeller(seller) : null;
      const outcome = writeListing({ ...listing, seller_id: sellerId });
      if (outcome === 'new' && (added += 1) > bulkAbove && bulk === null) goBulk();
      return outcome;
    },
    finish() {
      bulk?.rebuildIndexes();
      bulk?.dashboard.finish();
      indexNewListings(db, importId);
    },
  };
}

export function productRowSink(db: Database.Database, importId: number, req: ImportRequest, startedAt: string): RowSink<MappedProduct> {
  const brandIds = new Map<string, number>();
  const defaultBrand = req.brand ? brandIdByName(db, req.brand, startedAt) : soleBrandId(db);
  if (defaultBrand === null && !req.mapping.brand) {
    throw new AssayError('invalid_input', 'Say which brand these products belong to: map a brand column, or give --brand NAME.');
  }
  const write = productImportWriter(db, importId);
  return {
    write(rowNumber, mapped) {
      let brandId = defaultBrand;
      if (mapped.brand) {
        brandId = brandIds.get(mapped.brand) ?? brandIdByName(db, mapped.brand, startedAt);
        brandIds.set(mapped.brand, brandId);
      }
      if (brandId === null) return { column: req.mapping.brand ?? null, reason: `Row ${rowNumber}: the product has no brand.` };
      return write({ ...mapped.product, brand_id: brandId });
    },
    finish() {},
  };
}
