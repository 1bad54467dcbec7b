// The original source row each imported listing keeps, stored compactly: a JSON array [importId, value, value, …]
// in the order of that import's column list (kept once, on the import record), with 0 in place of a value that
// is exactly what the listing stores in the text column the value was mapped to. Decoding gives back the very
// same column → value record. Rows that do not fit the column list, and rows stored before, are plain objects.
import { setValue } from './source/headerNames';

/** Listing fields stored as the source text itself when it needs no cleaning, so the row need not repeat them. */
const VERBATIM_FIELDS = ['marketplace', 'listing_id', 'url', 'title', 'description', 'brand', 'currency', 'seller_name', 'seller_location'] as const;

/** What a compact row needs to be read: the import's columns in file order and its mapping (field → column). */
export interface OriginalRowColumns {
  headers: readonly string[];
  mapping: Readonly<Record<string, string>>;
}

/** For each column, the verbatim listing field mapped from it, if any. */
function verbatimFieldOf(columns: OriginalRowColumns): (string | null)[] {
  return columns.headers.map((h) => VERBATIM_FIELDS.find((f) => columns.mapping[f] === h) ?? null);
}

/** Encodes rows of one import against the listing each became. */
export function originalRowEncoder(importId: number, columns: OriginalRowColumns): (values: Readonly<Record<string, string>>, listing: object) => string {
  const { headers } = columns;
  const width = headers.length;
  const fieldOf = verbatimFieldOf(columns);
  return (values, stored) => {
    const listing = stored as Readonly<Record<string, unknown>>;
    let keys = 0;
    for (const key in values) if (Object.hasOwn(values, key)) keys++;
    if (keys !== width) return JSON.stringify(values);
    const out: (string | number)[] = [importId];
    for (let i = 0; i < width; i++) {
      const h = headers[i]!;
      if (!Object.hasOwn(values, h)) return JSON.stringify(values);
      const v = values[h]!;
      const f = fieldOf[i] ?? null;
      out.push(f !== null && v !== '' && listing[f] === v ? 0 : v);
    }
    return JSON.stringify(out);
  };
}

/**
 * The record a listing's stored original row stands for. `listing` is the listing's stored row (its text columns
 * fill the places marked 0); `columnsOf` gives an import's column list and mapping.
 */
export function decodeOriginalRow(raw: string, stored: object, columnsOf: (importId: number) => OriginalRowColumns | null): Record<string, unknown> {
  const parsed = JSON.parse(raw) as unknown;
  if (!Array.isArray(parsed)) return parsed as Record<string, unknown>;
  const [importId, ...cells] = parsed as [number, ...(string | number)[]];
  const columns = columnsOf(importId);
  const record: Record<string, string> = {};
  if (!columns || columns.headers.length !== cells.length) {
    // The import record is missing or does not match: keep every value, under its position.
    cells.forEach((v, i) => setValue(record, `Column ${i + 1}`, String(v)));
    return record;
  }
  const listing = stored as Readonly<Record<string, unknown>>;
  const fieldOf = verbatimFieldOf(columns);
  columns.headers.forEach((h, i) => {
    const v = cells[i]!;
    const f = fieldOf[i] ?? null;
    setValue(record, h, v === 0 && f !== null ? String(listing[f] ?? '') : String(v));
  });
  return record;
}
