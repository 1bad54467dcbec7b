// Turns a sheet's XML, fed chunk by chunk, into rows of cell texts: each <row> is taken once it is whole (a row
// or cell cut between chunks waits for the rest), with its sheet row number and its cells at their columns.
import { DEFAULT_MAX_RECORD_BYTES } from './sourceTypes';
import { sheetCellText, type SheetCellBook, type SheetCellTag } from './xlsxCells';
import { findElement } from './xlsxXmlScan';

export interface SheetRow {
  /** The sheet's row number (its r attribute, or one past the row before when it has none). */
  number: number;
  /** Cell texts by column, column A first; columns without a cell are ''. */
  cells: string[];
}

/** Excel's last column, XFD: a reference past it is damage, not a column to make room for. */
const MAX_COLUMNS = 16_384;

export class SheetRowScanner {
  private xml = '';
  /** How far the kept XML was already searched for "</row>", so a long row is not searched again chunk by chunk. */
  private searched = 0;
  private lastRow = 0;
  private ended = false;
  private readonly tag: SheetCellTag = { ref: '', type: '', style: 0 };

  constructor(
    private readonly book: SheetCellBook,
    private readonly maxRowChars = DEFAULT_MAX_RECORD_BYTES,
  ) {}

  /** The rows this chunk completes (rows without any cell are left out). */
  push(chunk: string): SheetRow[] {
    const rows: SheetRow[] = [];
    if (this.ended) return rows;
    const xml = this.xml.length ? this.xml + chunk : chunk;
    let pos = 0;
    let start = findElement(xml, '<row', pos);
    for (; start >= 0; start = findElement(xml, '<row', pos)) {
      const gt = xml.indexOf('>', start);
      if (gt < 0) break;
      let end: number;
      if (xml.charCodeAt(gt - 1) === 47 /* / */) {
        end = gt;
        pos = gt + 1;
      } else {
        end = xml.indexOf('</row>', Math.max(gt, this.searched));
        if (end < 0) break;
        pos = end + 6;
      }
      this.searched = 0;
      const row = this.row(xml, start, gt, end);
      if (row.cells.length) rows.push(row);
    }
    if (start >= 0) {
      this.xml = xml.slice(start);
      this.searched = Math.max(0, this.xml.length - 5);
      if (this.xml.length > this.maxRowChars) throw new Error(`row ${this.lastRow + 1} of the sheet holds more than ${Math.round(this.maxRowChars / (1024 * 1024))} MB of XML`);
    } else if (xml.indexOf('</sheetData', pos) >= 0) {
      // What follows the rows (merged cells, hyperlinks, page setup) is not read.
      this.ended = true;
      this.xml = '';
    } else {
      const lt = xml.lastIndexOf('<');
      this.xml = lt >= pos ? xml.slice(lt) : '';
    }
    return rows;
  }

  /** Once the sheet's XML has all been pushed: a row left open means the XML stops short. */
  finish(): void {
    if (!this.ended && findElement(`${this.xml} `, '<row', 0) === 0) throw new Error(`the sheet's XML stops in the middle of row ${this.lastRow + 1}`);
  }

  /** The row whose open tag runs from `start` to `gt`, its cells up to `end`. */
  private row(xml: string, start: number, gt: number, end: number): SheetRow {
    const r = this.scanTag(xml, start + 4, gt) ?? NaN;
    const number = r > 0 ? r : this.lastRow + 1;
    this.lastRow = number;
    const cells: string[] = [];
    const tag = this.tag;
    let next = 1;
    for (let c = findElement(xml, '<c', gt); c >= 0 && c < end; c = findElement(xml, '<c', c + 2)) {
      const cgt = xml.indexOf('>', c);
      if (cgt < 0 || cgt > end) throw new Error(`a cell in row ${number} is not closed`);
      const selfClosing = xml.charCodeAt(cgt - 1) === 47; /* / */
      tag.ref = '';
      tag.type = '';
      tag.style = 0;
      this.scanTag(xml, c + 2, selfClosing ? cgt - 1 : cgt);
      let text = '';
      if (!selfClosing) {
        const close = xml.indexOf('</c>', cgt);
        if (close < 0 || close > end) throw new Error(`cell ${tag.ref || `in row ${number}`} is not closed`);
        text = sheetCellText(tag, xml, cgt + 1, close, this.book);
        c = close;
      }
      const col = columnNumber(tag.ref) || next;
      if (col > MAX_COLUMNS) throw new Error(`cell ${tag.ref || `in row ${number}`} lies beyond column XFD, the last column a sheet can have`);
      next = col + 1;
      while (cells.length < col - 1) cells.push('');
      if (cells.length === col - 1) cells.push(text);
      else cells[col - 1] = text;
    }
    return { number, cells };
  }

  /**
   * Reads the attributes between `from` and `to`: a cell's r, s and t into this.tag; returns the r attribute as a
   * number (a row's number). A hand scan: no regex match or Map per cell.
   */
  private scanTag(xml: string, from: number, to: number): number | undefined {
    let r: number | undefined;
    let i = from;
    while (i < to) {
      let code = xml.charCodeAt(i);
      while (i < to && (code === 32 || code === 9 || code === 10 || code === 13)) code = xml.charCodeAt(++i);
      const nameStart = i;
      while (i < to && code !== 61 /* = */ && code !== 32 && code !== 9 && code !== 10 && code !== 13) code = xml.charCodeAt(++i);
      const nameLength = i - nameStart;
      while (i < to && code !== 61) code = xml.charCodeAt(++i);
      i++;
      code = xml.charCodeAt(i);
      while (i < to && code !== 34 /* " */ && code !== 39 /* ' */) code = xml.charCodeAt(++i);
      if (i >= to) break;
      const valueEnd = xml.indexOf(code === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd > to) break;
      if (nameLength === 1) {
        const value = xml.slice(i + 1, valueEnd);
        switch (xml.charCodeAt(nameStart)) {
          case 114 /* r */:
            this.tag.ref = value;
            r = parseInt(value, 10);
            break;
          case 115 /* s */:
            this.tag.style = parseInt(value, 10) || 0;
            break;
          case 116 /* t */:
            this.tag.type = value;
            break;
        }
      }
      i = valueEnd + 1;
    }
    return r;
  }
}

/** The column of a reference such as "AB12" (A = 1), or 0 without letters. */
function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}
