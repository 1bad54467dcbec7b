// How a file's reading is described and repeated: delimiters in words, and the options an import starts with
// taken from exactly what the preview used, so the import reads the columns the mapping was made against.
import { describe, expect, it } from 'vitest';
import type { SniffedFile } from '../../electron/api/contract';
import { delimiterName, encodingName, optionsFromPreview, quoteName } from '../../renderer/src/imports/sourceOptions';

const sniffed = (over: Partial<SniffedFile>): SniffedFile => ({ format: 'csv', encoding: 'utf-8', delimiter: ',', quote: '"', sheet: null, sheets: [], headers: ['a'], ...over });

describe('reading settings in words', () => {
  it('names delimiters, quotes and encodings as people say them', () => {
    expect(delimiterName(',')).toBe('comma');
    expect(delimiterName('\t')).toBe('tab');
    expect(delimiterName(';')).toBe('semicolon');
    expect(delimiterName('|')).toBe('pipe');
    expect(delimiterName('#')).toBe('“#”');
    expect(delimiterName(null)).toBe('—');
    expect(quoteName("'")).toBe("single quote (')");
    expect(encodingName('UTF-16LE')).toBe('UTF-16 (little-endian)');
    expect(encodingName('shift_jis')).toBe('shift_jis');
  });
});

describe('optionsFromPreview', () => {
  it('repeats the format, encoding, delimiter and quote of delimited text', () => {
    expect(optionsFromPreview(sniffed({ delimiter: '\t', encoding: 'windows-1252' }))).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: '\t', quote: '"' });
  });

  it('repeats the sheet of a workbook and nothing that only text has', () => {
    expect(optionsFromPreview(sniffed({ format: 'xlsx', encoding: null, delimiter: null, quote: null, sheet: 'Listings', sheets: ['Summary', 'Listings'] }))).toEqual({ format: 'xlsx', sheet: 'Listings' });
  });

  it('leaves out values the contract does not know, so the Node side sniffs them again', () => {
    expect(optionsFromPreview(sniffed({ format: 'ndjson', encoding: 'shift_jis', delimiter: null, quote: null }))).toEqual({ format: 'ndjson' });
    expect(optionsFromPreview(sniffed({ delimiter: '#' }))).toEqual({ format: 'csv', encoding: 'utf-8', quote: '"' });
  });
});
