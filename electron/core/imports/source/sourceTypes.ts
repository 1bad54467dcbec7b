// The shapes the reading layer hands to the import engine: what was sniffed, and rows or named problems.
// readSource.ts re-exports them; every reader in this folder speaks them.
export type SourceFormat = 'csv' | 'ndjson' | 'json' | 'xlsx';
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
/** How CSV records end; 'mixed' reads LF and CRLF alike (a stray CR before LF is dropped). */
export type CsvNewline = '\r\n' | '\n' | '\r' | 'mixed';

export interface SourceOptions {
  format?: SourceFormat;
  delimiter?: string;
  quote?: string;
  encoding?: SourceEncoding;
  sheet?: string;
}

export interface SniffedSource {
  format: SourceFormat;
  /** null for xlsx */
  encoding: SourceEncoding | null;
  /** csv only */
  delimiter: string | null;
  /** csv only */
  quote: string | null;
  /** xlsx only: the sheet read */
  sheet: string | null;
  /** xlsx: all sheet names, in workbook order */
  sheets: string[];
  /** Column names in file order, deduplicated: a repeated or empty header becomes "name (2)" / "Column 3". */
  headers: string[];
  hasBom: boolean;
  /** csv only: how records end. Absent means 'mixed'. */
  newline?: CsvNewline | null;
  /** xlsx only: the sheet row the headers came from (rows up to it are not data). */
  headerRow?: number | null;
  /** json/ndjson only: the key in the file behind each header (headers[i] came from sourceKeys[i]). */
  sourceKeys?: string[];
}

/** Every value a string, exactly as in the file ('' for empty). */
export interface SourceRow {
  rowNumber: number;
  values: Record<string, string>;
}

/** A record that could not become a row: where, why (one sentence a person can act on), and its text. */
export interface SourceRowError {
  rowNumber: number;
  column: string | null;
  reason: string;
  raw: string;
}

export interface SourceBatch {
  rows: SourceRow[];
  errors: SourceRowError[];
  /** Bytes of the file read so far, for progress. */
  bytesRead: number;
}

export interface ReadOptions extends SourceOptions {
  signal?: AbortSignal;
  /** Rows (and row errors) per batch; about 5,000 by default. */
  batchSize?: number;
  /** The longest single record read before it is reported as unreadable; 64 MB by default. */
  maxRecordBytes?: number;
  /** Bytes read from the file at a time; 256 kB by default (tests use tiny chunks to cut records anywhere). */
  chunkBytes?: number;
}

export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** A rejected record keeps at most this much of its text, so one runaway record cannot bloat the workspace. */
export const RAW_TEXT_LIMIT = 1024 * 1024;
