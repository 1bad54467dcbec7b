// Turns the reading layer's batches of source rows into batches of mapped rows ready to write, with every row that
// cannot be read or mapped as a rejection. Pure work: nothing here touches the database.
import type { ImportRejection } from '../../api/contract';
import type { ImportedListing } from '../db/listingImportRepository';
import { mapListingRow, type ListingRowContext, type MappedSeller } from './mapListingRow';
import { mapProductRow, type MappedProductRow } from './mapProductRow';
import { originalRowEncoder, type OriginalRowColumns } from './originalRow';
import type { SourceBatch } from './source/readSource';

export interface MappedBatch<T> {
  rows: { rowNumber: number; item: T }[];
  rejections: ImportRejection[];
  bytesRead: number;
}

/** A listing as it will be written (its original row already encoded), and the seller it names. */
export interface MappedListing {
  listing: Omit<ImportedListing, 'seller_id'>;
  seller: MappedSeller | null;
}

/** A product as mapped, with its source row (kept if the product is rejected when written). */
export type MappedProduct = Extract<MappedProductRow, { ok: true }> & { values: Record<string, string> };

type RowMapper<T> = (rowNumber: number, values: Record<string, string>) => { ok: true; item: T } | { ok: false; column: string | null; reason: string };

export async function* mapBatches<T>(source: AsyncIterable<SourceBatch>, map: RowMapper<T>): AsyncGenerator<MappedBatch<T>> {
  for await (const batch of source) {
    const rows: MappedBatch<T>['rows'] = [];
    const rejections: ImportRejection[] = batch.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, reason: e.reason, raw: e.raw }));
    for (const row of batch.rows) {
      const mapped = map(row.rowNumber, row.values);
      if (mapped.ok) rows.push({ rowNumber: row.rowNumber, item: mapped.item });
      else rejections.push({ rowNumber: row.rowNumber, column: mapped.column, reason: mapped.reason, raw: JSON.stringify(row.values) });
    }
    yield { rows, rejections, bytesRead: batch.bytesRead };
  }
}

export function listingRowMapper(ctx: ListingRowContext, importId: number, columns: OriginalRowColumns): RowMapper<MappedListing> {
  const encode = originalRowEncoder(importId, columns);
  return (rowNumber, values) => {
    const mapped = mapListingRow(rowNumber, values, ctx);
    if (!mapped.ok) return mapped;
    return { ok: true, item: { listing: { ...mapped.listing, raw: encode(values, mapped.listing) }, seller: mapped.seller } };
  };
}

export function productRowMapper(mapping: Readonly<Record<string, string>>): RowMapper<MappedProduct> {
  return (rowNumber, values) => {
    const mapped = mapProductRow(rowNumber, values, mapping);
    return mapped.ok ? { ok: true, item: { ...mapped, values } } : mapped;
  };
}
