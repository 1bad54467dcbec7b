// The reading layer of the import engine: sniffs any listing export (CSV/TSV, NDJSON, JSON array, XLSX) and
// streams it as batches of rows, with every record that cannot be a row kept as a named row error.
import { AssayError } from '../../errors';
import { binaryRefusal, isZip, knownBinary } from './binaryMagic';
import { readCsv, sniffCsv } from './csvSource';
import { readJsonArray, sniffJsonArray } from './jsonArraySource';
import { readNdjson, sniffNdjson } from './ndjsonSource';
import { decodeSample, detectBom, sniffEncoding } from './sourceEncoding';
import { extensionOf, formatByExtension, sniffTextFormat } from './sourceFormat';
import { fileLabel, readSample, statSource } from './sourceFile';
import type { ReadOptions, SniffedSource, SourceBatch, SourceOptions, SourceRow, SourceRowError } from './sourceTypes';
import { readXlsx, sniffXlsx } from './xlsxSource';

export type { SourceFormat, SourceEncoding, SourceOptions, SniffedSource, SourceRow, SourceRowError, SourceBatch, CsvNewline, ReadOptions } from './sourceTypes';

/** Sniffing reads this much first, and more only when the first record does not fit in it. */
const SAMPLE_BYTES = 64 * 1024;
const LARGE_SAMPLE_BYTES = 8 * 1024 * 1024;

/**
 * Sniffs format, encoding, dialect and headers. Throws AssayError('invalid_input', a sentence naming the file)
 * for a file that cannot be read at all: missing, a folder, empty, binary, an .xlsx that is not a ZIP or is a
 * ZIP bomb, JSON whose top level is not an array. A header-only file sniffs fine and yields no rows.
 */
export async function sniffSource(file: string, options: SourceOptions = {}): Promise<SniffedSource> {
  const size = statSource(file);
  const name = fileLabel(file);
  const sample = await readSample(file, SAMPLE_BYTES);
  const binary = knownBinary(sample);
  if (binary) throw new AssayError('invalid_input', binaryRefusal(name, binary));
  const zip = isZip(sample);
  if (options.format === 'xlsx' || (!options.format && (zip || formatByExtension(file) === 'xlsx'))) {
    if (!zip) throw new AssayError('invalid_input', `${name} is not a valid .xlsx file (it is not a ZIP archive).`);
    const x = await sniffXlsx(file, options.sheet);
    return { format: 'xlsx', encoding: null, delimiter: null, quote: null, sheet: x.sheet, sheets: x.sheets, headers: x.headers, hasBom: false, headerRow: x.headerRow };
  }
  if (zip) throw new AssayError('invalid_input', `${name} is a ZIP archive, not a ${options.format?.toUpperCase() ?? 'text'} file; unpack it first or import it as .xlsx.`);

  return sniffText(file, sample, size, options);
}

/** A text file: encoding, then format, then dialect and headers; reads a larger sample when the first record does not fit. */
async function sniffText(file: string, sample: Buffer, size: number, options: SourceOptions): Promise<SniffedSource> {
  const name = fileLabel(file);
  for (let sampleBytes = SAMPLE_BYTES; ; sampleBytes = LARGE_SAMPLE_BYTES) {
    const complete = sample.length >= size;
    const bom = detectBom(sample);
    const guessed = sniffEncoding(sample, complete);
    if (guessed === 'binary' && !options.encoding?.startsWith('utf-16')) {
      throw new AssayError('invalid_input', `${name} looks like a binary file, not text (it contains NUL bytes). Assay reads CSV, TSV, JSON, NDJSON and .xlsx files.`);
    }
    const encoding = options.encoding ?? (guessed === 'binary' ? 'utf-8' : guessed);
    const text = decodeSample(sample, encoding, bom && bom.encoding === encoding ? bom.length : 0, complete);
    const format = options.format ?? sniffTextFormat(file, text, name);
    const base: SniffedSource = { format, encoding, delimiter: null, quote: null, sheet: null, sheets: [], headers: [], hasBom: bom !== null };
    const needMore = !complete && sampleBytes < LARGE_SAMPLE_BYTES;
    if (format === 'ndjson') {
      const ndjson = sniffNdjson(text, complete);
      if (ndjson || !needMore) return { ...base, ...(ndjson ?? { headers: [], sourceKeys: [] }) };
    } else if (format === 'json') {
      if (!/^\s*\[/.test(text)) throw new AssayError('invalid_input', `${name} is not a JSON array of records: Assay reads a JSON array of objects ([{…}, {…}]) or one object per line (NDJSON).`);
      const json = sniffJsonArray(text, complete, name);
      if (json || !needMore) return { ...base, ...(json ?? { headers: [], sourceKeys: [] }) };
    } else {
      const csv = sniffCsv(text, complete, options, extensionOf(file) === '.tsv');
      if (csv.headers || !needMore) {
        return { ...base, delimiter: csv.dialect.delimiter, quote: csv.dialect.quote, newline: csv.dialect.newline, headers: csv.headers ?? [] };
      }
    }
    sample = await readSample(file, LARGE_SAMPLE_BYTES);
  }
}

/** Streams the file in batches of about 5,000 rows, in flat memory however large the file. Honours an AbortSignal. */
export async function* readSource(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  statSource(file);
  const read = sniffed.format === 'csv' ? readCsv : sniffed.format === 'ndjson' ? readNdjson : sniffed.format === 'json' ? readJsonArray : readXlsx;
  try {
    yield* read(file, sniffed, options);
  } catch (e) {
    if (e instanceof AssayError) throw e;
    throw new AssayError('invalid_input', `Reading ${fileLabel(file)} failed: ${(e as Error).message}`, { cause: e });
  }
}

/** The first `limit` rows for a preview, with what was sniffed and the row errors met on the way. */
export async function previewSource(file: string, options: SourceOptions = {}, limit = 100): Promise<{ sniffed: SniffedSource; rows: SourceRow[]; errors: SourceRowError[] }> {
  const sniffed = await sniffSource(file, options);
  const rows: SourceRow[] = [];
  const errors: SourceRowError[] = [];
  for await (const batch of readSource(file, sniffed, { ...options, batchSize: limit })) {
    rows.push(...batch.rows);
    errors.push(...batch.errors);
    if (rows.length >= limit || errors.length >= limit) break;
  }
  const kept = rows.slice(0, limit);
  const lastRow = kept.length === limit ? kept[limit - 1]!.rowNumber : Infinity;
  return { sniffed, rows: kept, errors: errors.filter((e) => e.rowNumber <= lastRow).slice(0, limit) };
}
