// Splits CSV text, fed in chunks, into records with papaparse's parser, in linear time and bounded memory:
// a record still open is re-scanned only once it has doubled, and one over the size cap is given up and skipped.
import Papa from 'papaparse';
import { papaNewline, type CsvDialect } from './csvDialect';
import { RAW_TEXT_LIMIT } from './sourceTypes';

/** What was wrong with a record: a stray quote, a quote still open at the end of the file, or a record over the cap. */
export type CsvProblem = 'bad_quotes' | 'unterminated' | 'too_long';

/** Receives each record in order; `text` is the record's own text for the ones with a problem. */
export type CsvRecordSink = (fields: string[], problem: CsvProblem | null, text: string | null) => void;

const isBlank = (r: string[]) => r.length === 1 && r[0] === '';

export class CsvRecordSplitter {
  private pending = '';
  private parseAt = 0;
  private discardingLine = false;
  private readonly parser: Papa.Parser;
  private readonly newline: '\r\n' | '\n' | '\r';
  private readonly lineEnd: string;

  constructor(
    private readonly dialect: CsvDialect,
    /** The header's field count, to judge whether text after an unclosed quote reads as records. */
    private readonly expectedFields: number,
    private readonly maxRecordChars: number,
    private readonly sink: CsvRecordSink,
  ) {
    this.newline = papaNewline(dialect.newline);
    this.lineEnd = this.newline === '\r' ? '\r' : '\n';
    this.parser = this.newParser();
  }

  push(text: string): void {
    if (this.discardingLine) {
      const i = text.indexOf(this.lineEnd);
      if (i < 0) return;
      text = text.slice(i + 1);
      this.discardingLine = false;
    }
    this.pending += text;
    if (this.pending.length >= this.parseAt) this.drain(false);
  }

  end(): void {
    if (!this.discardingLine) this.drain(true);
    this.pending = '';
  }

  private newParser(): Papa.Parser {
    return new Papa.Parser({ delimiter: this.dialect.delimiter, quoteChar: this.dialect.quote, newline: this.newline });
  }

  private drain(final: boolean): void {
    for (;;) {
      const result = this.parser.parse(this.pending, 0, true) as Papa.ParseResult<string[]>;
      this.deliver(result.data, result.errors);
      this.pending = this.pending.slice(result.meta.cursor);
      if (!final) {
        if (this.pending.length > this.maxRecordChars && this.giveUpOnRecord('too_long')) continue;
        // A record still open is parsed again only once it has doubled: linear time for a field of any size.
        this.parseAt = this.pending.length * 2;
        return;
      }
      if (!this.pending) return;
      const last = this.parser.parse(this.pending, 0, false) as Papa.ParseResult<string[]>;
      if (!last.errors.some((e) => e.code === 'MissingQuotes')) {
        this.deliver(last.data, last.errors);
        return;
      }
      if (!this.giveUpOnRecord('unterminated')) return;
    }
  }

  private deliver(rows: string[][], errors: Papa.ParseError[]): void {
    const badRows = errors.length ? new Set(errors.filter((e) => e.code === 'InvalidQuotes').map((e) => e.row)) : null;
    const mixed = this.dialect.newline === 'mixed';
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r]!;
      if (mixed) {
        const last = fields[fields.length - 1]!;
        if (last.endsWith('\r')) fields[fields.length - 1] = last.slice(0, -1);
      }
      if (badRows?.has(r)) this.sink(fields, 'bad_quotes', null);
      else this.sink(fields, null, null);
    }
  }

  /**
   * The record at the start of `pending` cannot be read (over the cap, or a quote open at the end of the file).
   * Reports its first line and reads on from the next line when that is possible; says whether it resynchronised.
   */
  private giveUpOnRecord(problem: 'too_long' | 'unterminated'): boolean {
    const text = this.pending;
    const i = text.indexOf(this.lineEnd);
    const rest = i < 0 ? '' : text.slice(i + 1);
    if (problem === 'too_long' || this.readsAsRecords(rest)) {
      this.sink([], problem, (i < 0 ? text : text.slice(0, i).replace(/\r$/, '')).slice(0, RAW_TEXT_LIMIT));
      this.pending = rest;
      this.parseAt = 0;
      if (i < 0 && problem === 'too_long') this.discardingLine = true;
      return i >= 0;
    }
    // The quote opened in the last record and the file ends inside it: the file was cut short.
    this.sink([], problem, text.slice(0, RAW_TEXT_LIMIT));
    this.pending = '';
    return false;
  }

  /** Whether the text after a line with an unclosed quote parses as whole records of the header's width. */
  private readsAsRecords(rest: string): boolean {
    if (!rest) return false;
    const trial = this.newParser().parse(rest, 0, false) as Papa.ParseResult<string[]>;
    if (trial.errors.some((e) => e.code === 'MissingQuotes')) return false;
    const records = trial.data.filter((r) => !isBlank(r));
    return records.length > 0 && records.filter((r) => r.length === this.expectedFields).length * 2 >= records.length;
  }
}
