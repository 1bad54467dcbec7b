// A spreadsheet cell as text, the one set of rules: shared and inline strings (rich text joined), numbers as
// parseFloat reads them, booleans as Excel shows them, errors as their text, date-styled numbers as ISO dates
// (UTC), and a formula as its own text with its "=", never evaluated. sheetCellText applies them to a <c> of the
// sheet XML; xlsxCellText to a value as exceljs reads it (what the reader is checked against).
import { stringItemText } from './xlsxStringItems';
import { xmlText } from './xlsxXmlScan';

/** What a sheet's cells refer to outside the sheet: shared strings by index, date styles by style index. */
export interface SheetCellBook {
  sharedString(index: number): string | undefined;
  /** dateStyles[s] is true when cell style s (cellXfs) has a date or time number format. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** A <c> element's attributes that matter for its text; `ref` is only used to name the cell in an error. */
export interface SheetCellTag {
  ref: string;
  type: string;
  style: number;
}

/** The text of a cell, from its tag and the XML between its <c> and </c> (`from` to `to` in `xml`). */
export function sheetCellText(tag: SheetCellTag, xml: string, from: number, to: number, book: SheetCellBook): string {
  // The common shape, <v>…</v> and nothing else, is read in place.
  if (xml.charCodeAt(from) === 60 /* < */ && xml.charCodeAt(from + 1) === 118 /* v */ && xml.charCodeAt(from + 2) === 62 /* > */ && xml.indexOf('<', from + 3) === to - 4 && xml.startsWith('</v>', to - 4)) {
    return valueText(tag, xml, from + 3, to - 4, book);
  }
  const body = xml.slice(from, to);
  let formula: string | undefined;
  let value: string | undefined;
  let inline: string | undefined;
  for (let lt = body.indexOf('<'); lt >= 0; lt = body.indexOf('<', lt + 1)) {
    const name = body.charCodeAt(lt + 1);
    const after = body.charCodeAt(lt + 2);
    const short = after === 62 /* > */ || after === 32 || after === 47 /* / */ || after === 9 || after === 10 || after === 13;
    if (name === 118 /* v */ && short) {
      value = elementText(body, lt, '</v>');
    } else if (name === 102 /* f */ && short) {
      formula = elementText(body, lt, '</f>');
    } else if (name === 105 /* i */ && after === 115 /* s */ && /[\s>/]/.test(body.charAt(lt + 3))) {
      inline = elementText(body, lt, '</is>');
    }
  }
  // A shared formula's followers carry no formula text of their own: their cached value is kept.
  if (formula !== undefined && formula.trim() !== '') return `=${xmlText(formula)}`;
  if (tag.type === 'inlineStr' && inline !== undefined) return stringItemText(inline, false);
  return value === undefined ? '' : valueText(tag, value, 0, value.length, book);
}

/** A cell's value, the raw XML text from `from` to `to` in `xml`, as text by the cell's type. */
function valueText(tag: SheetCellTag, xml: string, from: number, to: number, book: SheetCellBook): string {
  if (tag.type === 's') {
    // The index is read in place: no string is made for it.
    const index = digits(xml, from, to);
    if (index === NO_DIGITS) return '';
    const text = book.sharedString(index >= 0 ? index : parseInt(xml.slice(from, to), 10));
    if (text === undefined) throw new Error(`cell ${tag.ref || '(without a reference)'} refers to shared string "${xml.slice(from, Math.min(to, from + 20))}", which the workbook does not hold`);
    return text;
  }
  const value = xml.slice(from, to);
  switch (tag.type) {
    case 'b':
      return value === '' ? '' : booleanText(parseInt(value, 10) !== 0);
    case 'e':
    case 'str':
    case 'd':
    case 'inlineStr':
      return xmlText(value);
    default: {
      if (value === '') return '';
      const n = parseFloat(value);
      // Text where a number belongs is kept as it stands rather than lost as "NaN".
      if (Number.isNaN(n)) return xmlText(value);
      if (book.dateStyles[tag.style] === true) {
        const date = serialDateText(n, book.date1904);
        if (date !== '') return date;
      }
      return String(n);
    }
  }
}

const NO_DIGITS = -2;

/** The whole number written from `from` to `to` (spaces around it allowed), NO_DIGITS for nothing but spaces, or -1 for anything else. */
function digits(xml: string, from: number, to: number): number {
  while (from < to && xml.charCodeAt(from) <= 32) from++;
  while (to > from && xml.charCodeAt(to - 1) <= 32) to--;
  if (from === to) return NO_DIGITS;
  if (to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The raw text of the element opening at `lt` in `xml` ('' when it closes itself). */
function elementText(xml: string, lt: number, close: string): string {
  const gt = xml.indexOf('>', lt);
  if (gt < 0 || xml.charCodeAt(gt - 1) === 47 /* / */) return '';
  const end = xml.indexOf(close, gt);
  return end < 0 ? xml.slice(gt + 1) : xml.slice(gt + 1, end);
}

export const booleanText = (b: boolean): string => (b ? 'TRUE' : 'FALSE');

/** An Excel date serial (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook) as dateText shows it. */
export function serialDateText(serial: number, date1904: boolean): string {
  return dateText(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)));
}

/** A date-only cell as YYYY-MM-DD, anything with a time as a full ISO timestamp (cells are read as UTC). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell value as exceljs reads it, by the same rules. */
export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return booleanText(value);
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  const v = value as { richText?: { text?: string }[]; formula?: string; sharedFormula?: string; result?: unknown; error?: string; text?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
  if (v.formula !== undefined || v.sharedFormula !== undefined) return v.formula ? `=${v.formula}` : xlsxCellText(v.result);
  if (v.error !== undefined) return String(v.error);
  if (v.text !== undefined) return xlsxCellText(v.text);
  return JSON.stringify(value);
}
