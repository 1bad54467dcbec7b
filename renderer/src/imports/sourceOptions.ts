// How a file is read, in words: delimiters as "comma" and "tab" rather than invisible characters, encodings
// and formats by their common names, and the options an import starts with (what the preview used).
import type { SniffedFile, SourceOptionsInput } from '../../../electron/api/contract';

type Delimiter = NonNullable<SourceOptionsInput['delimiter']>;
type Quote = NonNullable<SourceOptionsInput['quote']>;
type Encoding = NonNullable<SourceOptionsInput['encoding']>;

export const DELIMITERS: readonly { value: Delimiter; label: string }[] = [
  { value: ',', label: 'comma' },
  { value: ';', label: 'semicolon' },
  { value: '\t', label: 'tab' },
  { value: '|', label: 'pipe' },
];

export const QUOTES: readonly { value: Quote; label: string }[] = [
  { value: '"', label: 'double quote (")' },
  { value: "'", label: "single quote (')" },
];

export const ENCODINGS: readonly { value: Encoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 (little-endian)' },
  { value: 'utf-16be', label: 'UTF-16 (big-endian)' },
  { value: 'windows-1252', label: 'Windows-1252 (Western European)' },
];

const FORMATS: Record<SniffedFile['format'], string> = {
  csv: 'Delimited text (CSV)',
  ndjson: 'NDJSON (one JSON object per line)',
  json: 'JSON',
  xlsx: 'Excel workbook (XLSX)',
};

/** "comma", "tab"…; a delimiter outside the list is named by its character. */
export function delimiterName(delimiter: string | null): string {
  if (delimiter === null) return '—';
  return DELIMITERS.find((d) => d.value === delimiter)?.label ?? `“${delimiter}”`;
}

export function quoteName(quote: string | null): string {
  if (quote === null) return '—';
  return QUOTES.find((q) => q.value === quote)?.label ?? `“${quote}”`;
}

export function encodingName(encoding: string | null): string {
  if (encoding === null) return '—';
  return ENCODINGS.find((e) => e.value === encoding.toLowerCase())?.label ?? encoding;
}

export function formatName(format: SniffedFile['format']): string {
  return FORMATS[format] ?? format;
}

const isDelimiter = (v: string | null): v is Delimiter => DELIMITERS.some((d) => d.value === v);
const isQuote = (v: string | null): v is Quote => QUOTES.some((q) => q.value === v);
const isEncoding = (v: string | null): v is Encoding => ENCODINGS.some((e) => e.value === v);

/**
 * The options an import starts with: exactly how the preview read the file (its sniffed format, delimiter,
 * quote, encoding and sheet), so the import reads the same columns the mapping was made against.
 */
export function optionsFromPreview(sniffed: SniffedFile): SourceOptionsInput {
  const options: SourceOptionsInput = { format: sniffed.format };
  const encoding = sniffed.encoding?.toLowerCase() ?? null;
  if (sniffed.format !== 'xlsx' && isEncoding(encoding)) options.encoding = encoding;
  if (sniffed.format === 'csv') {
    if (isDelimiter(sniffed.delimiter)) options.delimiter = sniffed.delimiter;
    if (isQuote(sniffed.quote)) options.quote = sniffed.quote;
  }
  if (sniffed.format === 'xlsx' && sniffed.sheet) options.sheet = sniffed.sheet;
  return options;
}
