// JSON arrays of objects ([{…}, {…}]), streamed element by element; the row number is the element's position
// (1-based, "item N" in reasons), and an element that is not an object becomes a row error with its text.
import { AssayError } from '../../errors';
import { decodeFile, invalidUtf8Reason } from './decodeFile';
import { JsonArraySplitter } from './jsonArraySplitter';
import { isRecord, JsonColumns, keysOf, kindOf, parseJsonExact } from './jsonValues';
import { RowBatcher } from './rowBatcher';
import { detectBom } from './sourceEncoding';
import { readSample } from './sourceFile';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_RECORD_BYTES, type ReadOptions, type SniffedSource, type SourceBatch } from './sourceTypes';

const MB = 1024 * 1024;
const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');

/** Headers from the whole elements in the sample; refuses an array in which none of them is an object. */
export function sniffJsonArray(text: string, complete: boolean, name: string): { headers: string[]; sourceKeys: string[] } | null {
  const items: unknown[] = [];
  let whole = 0;
  const splitter = new JsonArraySplitter(Number.MAX_SAFE_INTEGER, (itemText, problem) => {
    if (problem || !itemText.trim()) return;
    whole += 1;
    try {
      items.push(parseJsonExact(itemText));
    } catch {
      // A broken element becomes a row error when the file is read.
    }
  });
  splitter.push(text);
  if (!whole && !complete && splitter.state !== 'after') return null;
  if (items.length && !items.some(isRecord)) {
    throw new AssayError('invalid_input', `${name} is a JSON array of ${kindOf(items[0]).replace(/^an? /, '')}s, not of objects with named fields: Assay reads an array of objects ([{…}, {…}]).`);
  }
  return JsonColumns.fromKeys(keysOf(items));
}

export async function* readJsonArray(file: string, sniffed: SniffedSource, options: ReadOptions = {}): AsyncGenerator<SourceBatch> {
  const columns = new JsonColumns(sniffed.headers, sniffed.sourceKeys ?? sniffed.headers);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const batcher = new RowBatcher(options.batchSize ?? DEFAULT_BATCH_SIZE, file, options.signal);
  let item = 0;
  let invalidBytes = false;
  let cutItem = false;
  const reject = (reason: string, raw: string, column: string | null = null) => batcher.errors.push({ rowNumber: item, column, reason, raw });

  const splitter = new JsonArraySplitter(maxRecordBytes, (text, problem, closing) => {
    // "[]" and a trailing comma before "]" leave an empty last element, which is no item at all.
    if (closing && !text.trim() && !problem) return;
    item += 1;
    if (problem === 'too_long') return reject(`Item ${item} is longer than ${Math.round(maxRecordBytes / MB)} MB, too long to be one record; reading went on from the next item.`, text);
    cutItem ||= problem === 'cut';
    if (problem === 'cut') return reject(`Item ${item} is cut short: the file ends before the element and the array are closed.`, text);
    if (!text.trim()) return reject(`Item ${item} is empty (two commas in a row).`, text);
    let value: unknown;
    try {
      value = parseJsonExact(text);
    } catch (e) {
      return reject(`Item ${item} is not valid JSON (${errorMessage(e)}).`, text.trim());
    }
    if (!isRecord(value)) return reject(`Item ${item} is ${kindOf(value)}, not an object with named fields.`, text.trim());
    const values = columns.values(value);
    if (invalidBytes && text.includes('\uFFFD')) {
      return reject(invalidUtf8Reason(`Item ${item}`), text.trim(), Object.keys(values).find((h) => values[h]!.includes('\uFFFD')) ?? null);
    }
    batcher.rows.push({ rowNumber: item, values });
  });

  const start = sniffed.hasBom ? (detectBom(await readSample(file, 4))?.length ?? 0) : 0;
  let bytesRead = start;
  for await (const chunk of decodeFile(file, options.encoding ?? sniffed.encoding ?? 'utf-8', start, options.signal, options.chunkBytes)) {
    invalidBytes = chunk.invalidBytes;
    bytesRead = chunk.bytesRead;
    splitter.push(chunk.text);
    yield* batcher.take(bytesRead, false);
  }
  if (!splitter.end() && !cutItem) {
    item += 1;
    reject(`The file ends before the JSON array is closed with ]: it may have been cut short after item ${item - 1}.`, '');
  } else if (splitter.trailing) {
    item += 1;
    reject(`There is text after the JSON array's closing ], which Assay did not read: ${splitter.trailing.slice(0, 60)}`, splitter.trailing);
  }
  yield* batcher.take(bytesRead, true);
}
