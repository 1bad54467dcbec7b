// Sniffs a CSV dialect from a text sample: how records end, the delimiter (, ; tab |) and the quote (" or ').
// Each candidate parses the sample; the one whose records agree with the header's field count wins.
import Papa from 'papaparse';
import type { CsvNewline } from './sourceTypes';

export interface CsvDialect {
  delimiter: string;
  quote: string;
  newline: CsvNewline;
}

const DELIMITERS = [',', ';', '\t', '|'];
const QUOTES = ['"', "'"];
const SAMPLE_RECORDS = 200;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurrences = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export const papaNewline = (newline: CsvNewline): '\r\n' | '\n' | '\r' => (newline === 'mixed' ? '\n' : newline);

/** How records end, counted outside quoted fields (where Excel writes bare LF inside a cell). */
export function detectNewline(text: string, quote: string, complete: boolean): CsvNewline {
  const q = escapeRegExp(quote);
  let outside = text.replace(new RegExp(`${q}[^${q}]*${q}`, 'g'), '');
  // A sample cut inside a quoted field leaves that field's line breaks: they are not record ends.
  if (!complete && outside.includes(quote)) outside = outside.slice(0, outside.lastIndexOf(quote));
  const crlf = occurrences(outside, /\r\n/g);
  const cr = occurrences(outside, /\r(?!\n)/g);
  const lf = occurrences(outside, /(?<!\r)\n/g);
  if (cr > crlf + lf) return '\r';
  if (crlf > 0 && lf > 0) return 'mixed';
  return crlf > 0 ? '\r\n' : '\n';
}

interface Candidate extends CsvDialect {
  /** 1 when the header has at least two fields. */
  columns: number;
  /** Share of the sampled records with the header's field count. */
  agreement: number;
  errors: number;
  fields: number;
  /** Fields that open with this quote: how a quote character shows it is used as one. */
  quotedFields: number;
  rank: number;
}

function tryDialect(text: string, complete: boolean, dialect: CsvDialect, rank: number): Candidate {
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, quoteChar: dialect.quote, newline: papaNewline(dialect.newline), preview: SAMPLE_RECORDS });
  const result = parser.parse(text, 0, !complete) as Papa.ParseResult<string[]>;
  const records = result.data.filter((r) => !(r.length === 1 && r[0] === ''));
  const fields = records[0]?.length ?? 0;
  const rest = records.slice(1);
  const agreement = rest.length ? rest.filter((r) => r.length === fields).length / rest.length : 1;
  const errors = result.errors.filter((e) => e.row === undefined || e.row < result.data.length).length;
  const d = escapeRegExp(dialect.delimiter);
  const q = escapeRegExp(dialect.quote);
  const quotedFields = occurrences(text, new RegExp(`(?:^|${d}|\\n|\\r)${q}`, 'g'));
  return { ...dialect, columns: fields >= 2 ? 1 : 0, agreement, errors, fields, quotedFields, rank };
}

/** Higher is better: more than one column, records that agree, no quote errors, more columns, then the usual choice. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.columns !== b.columns) return a.columns > b.columns;
  if (Math.abs(a.agreement - b.agreement) > 1e-9) return a.agreement > b.agreement;
  if (a.errors !== b.errors) return a.errors < b.errors;
  if (a.fields !== b.fields) return a.fields > b.fields;
  return a.rank < b.rank;
}

/**
 * The dialect of a CSV sample. `complete` says the sample is the whole file (else its last record may be cut).
 * A given delimiter or quote is kept; `preferTab` puts tab first for .tsv files.
 */
export function sniffDialect(text: string, complete: boolean, given: { delimiter?: string; quote?: string }, preferTab: boolean): CsvDialect {
  const delimiters = given.delimiter ? [given.delimiter] : preferTab ? ['\t', ...DELIMITERS.filter((d) => d !== '\t')] : DELIMITERS;
  const quotes = given.quote ? [given.quote] : QUOTES;
  const bestPerQuote = quotes.map((quote) => {
    const newline = detectNewline(text, quote, complete);
    let best: Candidate | null = null;
    delimiters.forEach((delimiter, rank) => {
      const c = tryDialect(text, complete, { delimiter, quote, newline }, rank);
      if (!best || better(c, best)) best = c;
    });
    return best!;
  });
  // An apostrophe is text far more often than a quote: it wins only when it does open fields, and then reads
  // the sample better, or as well and opens more fields than ". (A broken " is a broken file, not a ' dialect.)
  let chosen = bestPerQuote[0]!;
  for (const c of bestPerQuote.slice(1)) {
    if (c.quotedFields === 0) continue;
    const same = c.columns === chosen.columns && Math.abs(c.agreement - chosen.agreement) < 1e-9 && c.errors === chosen.errors;
    if ((!same && better(c, chosen)) || (same && c.quotedFields > chosen.quotedFields)) chosen = c;
  }
  return { delimiter: chosen.delimiter, quote: chosen.quote, newline: chosen.newline };
}
