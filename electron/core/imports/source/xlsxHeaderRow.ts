// Reads a sheet's header row straight from the head of its XML (kept by the ZIP check), with the same row scanner
// as the sheet itself but only the few shared strings that row uses, so sniffing does not read every string.
import { dateStyles } from './xlsxDateStyles';
import { XlsxParts } from './xlsxParts';
import { SheetRowScanner } from './xlsxRowScanner';
import { readSharedStrings } from './xlsxSharedStrings';
import { STYLES_PART } from './xlsxSheetRows';

/** Stands in for shared string i until the strings are read: "\u0000" + i (XML text cannot hold U+0000). */
const PLACEHOLDER = '\u0000';
const placeholderIndex = (cell: string): number => (cell.charCodeAt(0) === 0 ? Number(cell.slice(1)) : -1);

/** The first row of the sheet with a value: its row number and cell texts (column A first), or null when it is not whole in `head`. */
export async function readHeaderRow(file: string, head: string | undefined, date1904: boolean): Promise<{ rowNumber: number; cells: string[] } | null> {
  if (!head) return null;
  const parts = await XlsxParts.open(file);
  try {
    const styles = parts.entries.has(STYLES_PART) ? dateStyles(await parts.text(STYLES_PART)) : [];
    const scanner = new SheetRowScanner({ sharedString: (i) => PLACEHOLDER + i, dateStyles: styles, date1904 });
    const row = scanner.push(head).find((r) => r.cells.some((c) => c !== ''));
    if (!row) return null;
    const wanted = row.cells.map(placeholderIndex).filter((i) => i >= 0);
    const strings = wanted.length ? await readSharedStrings(parts, Math.max(...wanted)) : [];
    const cells = row.cells.map((c) => (placeholderIndex(c) >= 0 ? strings[placeholderIndex(c)] : c));
    // A string the workbook does not hold, or only empty strings: the full read decides.
    if (cells.some((c) => c === undefined) || !cells.some((c) => c !== '')) return null;
    return { rowNumber: row.number, cells: cells as string[] };
  } finally {
    parts.close();
  }
}
