// NDJSON (JSON Lines): one object per line, streamed; the row number is the line number, and a line that is
// not a JSON object, or not JSON at all, becomes a row error with its text.
import { decodeFile, invalidUtf8Reason } from './decodeFile';
import { RowBatcher } from './rowBatcher';
import { detectBom } from './sourceEncoding';
import { readSample } from './sourceFile';
import { isRecord, JsonColumns, keysOf, kindOf, parseJsonExact } from './jsonValues';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_RECORD_BYTES, RAW_TEXT_LIMIT, type ReadOptions, type SniffedSource, type SourceBatch, type SourceRowError } from './sourceTypes';

const MB = 1024 * 1024;

/** Headers from the objects on the sample's whole lines, or null when it holds no whole line. */
export function sniffNdjson(text: string, complete: boolean): { headers: string[]; sourceKeys: string[] } | null {
  const lines = text.split('\n');
  if (!complete) lines.pop();
  if (!lines.some((l) => l.trim())) return complete ? { headers: [], sourceKeys: [] } : null;
  const records = lines.flatMap((line) => {
    try {
      return line.trim() ? [parseJsonExact(line)] : [];
    } catch {
      return [];
    }
  });
  return JsonColumns.fromKeys(keysOf(records));
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');

export async function* readNdjson(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  const columns = new JsonColumns(sniffed.headers, sniffed.sourceKeys ?? sniffed.headers);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const batcher = new RowBatcher(options.batchSize ?? DEFAULT_BATCH_SIZE, file, options.signal);
  const reject = (e: SourceRowError) => batcher.errors.push(e);
  let line = 0;
  let invalidBytes = false;

  const readLine = (text: string, last: boolean) => {
    line += 1;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = parseJsonExact(text);
    } catch (e) {
      const cut = last ? ' It is the last line, so the file may have been cut short.' : '';
      return reject({ rowNumber: line, column: null, reason: `Line ${line} is not valid JSON (${errorMessage(e)}).${cut}`, raw: text });
    }
    if (!isRecord(value)) return reject({ rowNumber: line, column: null, reason: `Line ${line} is ${kindOf(value)}, not a JSON object with named fields.`, raw: text });
    const values = columns.values(value);
    if (invalidBytes && text.includes('\uFFFD')) {
      const column = Object.keys(values).find((h) => values[h]!.includes('\uFFFD')) ?? null;
      return reject({ rowNumber: line, column, reason: invalidUtf8Reason(`Line ${line}`), raw: text });
    }
    batcher.rows.push({ rowNumber: line, values });
  };

  const start = sniffed.hasBom ? (detectBom(await readSample(file, 4))?.length ?? 0) : 0;
  const encoding = options.encoding ?? sniffed.encoding ?? 'utf-8';
  let pending = '';
  let discarding = false;
  let bytesRead = start;
  for await (const chunk of decodeFile(file, encoding, start, options.signal, options.chunkBytes)) {
    invalidBytes = chunk.invalidBytes;
    bytesRead = chunk.bytesRead;
    let text = chunk.text;
    if (discarding) {
      const nl = text.indexOf('\n');
      if (nl < 0) continue;
      text = text.slice(nl + 1);
      discarding = false;
    }
    pending += text;
    let from = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', from)) {
      readLine(pending.slice(from, nl), false);
      from = nl + 1;
    }
    pending = pending.slice(from);
    if (pending.length > maxRecordBytes) {
      line += 1;
      reject({ rowNumber: line, column: null, reason: `Line ${line} is longer than ${Math.round(maxRecordBytes / MB)} MB, too long to be one record; reading went on from the next line.`, raw: pending.slice(0, RAW_TEXT_LIMIT) });
      pending = '';
      discarding = true;
    }
    yield* batcher.take(bytesRead, false);
  }
  if (pending && !discarding) readLine(pending, true);
  yield* batcher.take(bytesRead, true);
}
