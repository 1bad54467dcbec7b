// What an import does with each mapped row, per kind: listings (with their sellers) or genuine products.
// A sink returns the row's outcome, or the column and sentence of its rejection.
import type Database from 'better-sqlite3';
import { exchangeRateMap } from '../db/importsRepository';
import { indexNewListings, listingImportWriter, sellerWriter } from '../db/listingImportRepository';
import { countAllListings, deferListingIndexes } from '../db/listingsRepository';
import { brandIdByName, productImportWriter, soleBrandId } from '../db/productImportRepository';
import { AssayError } from '../errors';
import type { ImportRequest } from './importFile';
import { mapListingRow } from './mapListingRow';
import { mapProductRow } from './mapProductRow';

export interface RowSink {
  write(rowNumber: number, values: Record<string, string>): 'new' | 'updated' | 'unchanged' | { column: string | null; reason: string };
  /** Work done once after the last row, inside the same transaction (indexing). */
  finish(): void;
}

/** Above this many expected rows, and more than the table holds, indexes are rebuilt once rather than row by row. */
const BULK_ROWS = 20_000;

export function listingRowSink(db: Database.Database, importId: number, req: ImportRequest, startedAt: string, expectedRows: number): RowSink {
  const ctx = { mapping: req.mapping, marketplace: req.marketplace, rates: exchangeRateMap(db) };
  const bulk = expectedRows > BULK_ROWS && expectedRows > countAllListings(db);
  const rebuildIndexes = bulk ? deferListingIndexes(db) : null;
  const writeListing = listingImportWriter(db, importId, startedAt);
  const writeSeller = sellerWriter(db);
  return {
    write(rowNumber, values) {
      const mapped = mapListingRow(rowNumber, values, ctx);
      if (!mapped.ok) return { column: mapped.column, reason: mapped.reason };
      const sellerId = mapped.seller ? writeSeller(mapped.seller) : null;
      return writeListing({ ...mapped.listing, seller_id: sellerId });
    },
    finish() {
      rebuildIndexes?.();
      indexNewListings(db, importId);
    },
  };
}

export function productRowSink(db: Database.Database, importId: number, req: ImportRequest, startedAt: string): RowSink {
  const brandIds = new Map<string, number>();
  const defaultBrand = req.brand ? brandIdByName(db, req.brand, startedAt) : soleBrandId(db);
  if (defaultBrand === null && !req.mapping.brand) {
    throw new AssayError('invalid_input', 'Say which brand these products belong to: map a brand column, or give --brand NAME.');
  }
  const write = productImportWriter(db, importId);
  return {
    write(rowNumber, values) {
      const mapped = mapProductRow(rowNumber, values, req.mapping);
      if (!mapped.ok) return { column: mapped.column, reason: mapped.reason };
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
