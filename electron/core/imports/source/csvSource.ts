// CSV and TSV: sniffs the dialect and header from a sample, then streams records as rows, turning each record
// that is not a clean row (wrong field count, stray or unclosed quote, invalid bytes) into a named row error.
import Papa from 'papaparse';
import { sniffDialect, papaNewline, type CsvDialect } from './csvDialect';
import { CsvRecordSplitter, type CsvProblem } from './csvRecords';
import { decodeFile, invalidUtf8Reason } from './decodeFile';
import { count, uniqueHeaders, setValue } from './headerNames';
import { RowBatcher } from './rowBatcher';
import { detectBom } from './sourceEncoding';
import { readSample } from './sourceFile';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_RECORD_BYTES, type ReadOptions, type SniffedSource, type SourceBatch, type SourceEncoding, type SourceRowError } from './sourceTypes';

const isBlank = (r: string[]) => r.length === 1 && r[0] === '';
const MB = 1024 * 1024;

/** The dialect and header of a CSV sample, or null headers when the sample holds no whole first record. */
export function sniffCsv(text: string, complete: boolean, given: { delimiter?: string; quote?: string }, preferTab: boolean): { dialect: CsvDialect; headers: string[] | null } {
  const dialect = sniffDialect(text, complete, given, preferTab);
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, quoteChar: dialect.quote, newline: papaNewline(dialect.newline), preview: 50 });
  const result = parser.parse(text, 0, !complete) as Papa.ParseResult<string[]>;
  const header = result.data.find((r) => !isBlank(r));
  if (!header) return { dialect, headers: complete ? [] : null };
  if (dialect.newline === 'mixed') header[header.length - 1] = header[header.length - 1]!.replace(/\r$/, '');
  return { dialect, headers: uniqueHeaders(header) };
}

function reasonFor(problem: CsvProblem, row: number, quote: string, maxRecordBytes: number): string {
  switch (problem) {
    case 'bad_quotes':
      return `Row ${row} has a ${quote} inside a quoted field that is not doubled, so its fields cannot be split reliably; double it (${quote}${quote}) or remove it.`;
    case 'unterminated':
      return `Row ${row} opens a quoted field with ${quote} that is never closed: the file may be cut short, or a closing ${quote} is missing.`;
    case 'too_long':
      return `Row ${row} is longer than ${Math.round(maxRecordBytes / MB)} MB, so a quote is probably never closed; its first line is kept here and reading went on from the next line.`;
  }
}

export async function* readCsv(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  const dialect: CsvDialect = {
    delimiter: options.delimiter ?? sniffed.delimiter ?? ',',
    quote: options.quote ?? sniffed.quote ?? '"',
    newline: sniffed.newline ?? 'mixed',
  };
  const encoding: SourceEncoding = options.encoding ?? sniffed.encoding ?? 'utf-8';
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const headers = sniffed.headers;
  const width = headers.length;
  const batcher = new RowBatcher(options.batchSize ?? DEFAULT_BATCH_SIZE, file, options.signal);
  const rawOf = (fields: string[]) => Papa.unparse([fields], { delimiter: dialect.delimiter, quoteChar: dialect.quote, newline: '\n' });

  let record = 0;
  let headerSeen = false;
  let invalidBytes = false;
  let lastShortRow: SourceRowError | null = null;
  const reject = (e: SourceRowError) => batcher.errors.push(e);

  const splitter = new CsvRecordSplitter(dialect, width, maxRecordBytes, (fields, problem, text) => {
    record += 1;
    lastShortRow = null;
    if (!headerSeen) {
      if (problem || !isBlank(fields)) headerSeen = true;
      return;
    }
    if (problem) return reject({ rowNumber: record, column: null, reason: reasonFor(problem, record, dialect.quote, maxRecordBytes), raw: text ?? rawOf(fields) });
    if (isBlank(fields)) return;
    if (fields.length !== width && !(fields.length > width && fields.slice(width).every((f) => f === ''))) {
      const error = { rowNumber: record, column: null, reason: `Row ${record} has ${count(fields.length, 'field')} but the header has ${width}.`, raw: rawOf(fields) };
      if (fields.length < width) lastShortRow = error;
      return reject(error);
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < width; i++) setValue(values, headers[i]!, fields[i] ?? '');
    if (invalidBytes) {
      const bad = headers.find((h) => values[h]!.includes('\uFFFD'));
      if (bad !== undefined) {
        return reject({ rowNumber: record, column: bad, reason: invalidUtf8Reason(`Row ${record}`), raw: rawOf(fields) });
      }
    }
    batcher.rows.push({ rowNumber: record, values });
  });

  const start = sniffed.hasBom ? (detectBom(await readSample(file, 4))?.length ?? 0) : 0;
  let bytesRead = start;
  for await (const chunk of decodeFile(file, encoding, start, options.signal, options.chunkBytes)) {
    invalidBytes = chunk.invalidBytes;
    bytesRead = chunk.bytesRead;
    splitter.push(chunk.text);
    yield* batcher.take(bytesRead, false);
  }
  lastShortRow = null;
  splitter.end();
  // The last record, if it came up short, is most likely where the file was cut.
  const cut = lastShortRow as SourceRowError | null;
  if (cut) cut.reason = cut.reason.replace(/\.$/, '; it is the last row, so the file may have been cut short.');
  yield* batcher.take(bytesRead, true);
}
