// Which format a file is: from its extension, corrected by its content when the extension lies
// (a ZIP is an .xlsx, "[" opens a JSON array, "{" opens NDJSON), with the refusals that follow.
import path from 'node:path';
import { AssayError } from '../../errors';
import type { SourceFormat } from './sourceTypes';

const BY_EXTENSION: Record<string, SourceFormat> = { '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.json': 'json', '.xlsx': 'xlsx' };

export const extensionOf = (file: string): string => path.extname(file).toLowerCase();
export const formatByExtension = (file: string): SourceFormat | null => BY_EXTENSION[extensionOf(file)] ?? null;

function firstLineIsObject(text: string): boolean {
  const line = text.trimStart().split('\n', 1)[0]!;
  try {
    const v = JSON.parse(line) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

const nonBlankLines = (text: string) => text.split('\n').filter((l) => l.trim()).length;

/** The format of a text file from its extension and its first characters. */
export function sniffTextFormat(file: string, text: string, name: string): SourceFormat {
  const byExtension = formatByExtension(file);
  const start = text.trimStart();
  const first = start[0];
  const notAnArray = `${name} is a JSON object, not an array of records: Assay reads a JSON array of objects ([{…}, {…}]) or one object per line (NDJSON).`;
  if (byExtension === 'json') {
    if (first === '[') return 'json';
    // One object per line is NDJSON; one object alone (pretty-printed or not) is a document, not records.
    if (first === '{') {
      if (firstLineIsObject(start) && nonBlankLines(start) >= 2) return 'ndjson';
      throw new AssayError('invalid_input', notAnArray);
    }
    throw new AssayError('invalid_input', `${name} is not a JSON array of records: Assay reads a JSON array of objects ([{…}, {…}]) or one object per line (NDJSON).`);
  }
  if (byExtension === 'ndjson') return first === '[' ? 'json' : 'ndjson';
  // A CSV header may well start with "[" or "{": only content that really reads as JSON changes the format.
  if (first === '[' && /^\[\s*[{\]]/.test(start)) return 'json';
  if (first === '{' && firstLineIsObject(start)) return 'ndjson';
  return 'csv';
}
