// Reads a sheet's header row straight from the head of its XML (kept by the ZIP check) and the few shared
// strings it uses, so sniffing a workbook does not run exceljs over the whole sheet. Anything unusual: null.
import { attributes, decodeXml } from './xlsxGuard';
import { XlsxParts } from './xlsxParts';

const SHARED_STRINGS = 'xl/sharedStrings.xml';

type RawCell = { col: number; text: string } | { col: number; shared: number };

const columnNumber = (ref: string): number => [...(/^[A-Z]+/.exec(ref)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const inner = (xml: string, tag: string): string | undefined => new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
const texts = (xml: string): string => [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1]!)).join('');

/** A cell as xlsxCells shows it: formula text with "=", booleans as TRUE/FALSE; shared strings by index. */
function rawCell(attrs: Map<string, string>, body: string, col: number): RawCell {
  const formula = inner(body, 'f');
  if (formula?.trim()) return { col, text: `=${decodeXml(formula)}` };
  const v = inner(body, 'v');
  switch (attrs.get('t')) {
    case 's':
      return { col, shared: Number(v) };
    case 'inlineStr':
      return { col, text: texts(inner(body, 'is') ?? '') };
    case 'b':
      return { col, text: v === undefined ? '' : Number(v) !== 0 ? 'TRUE' : 'FALSE' };
    case 'str':
    case 'e':
    case 'd':
      return { col, text: decodeXml(v ?? '') };
    default:
      return { col, text: v === undefined ? '' : String(parseFloat(v)) };
  }
}

/** The first row of the sheet with a cell that holds something, or null when it is not whole in `head`. */
function firstRow(head: string): { rowNumber: number; cells: RawCell[] } | null {
  const rows = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  rows.lastIndex = Math.max(0, head.indexOf('<sheetData'));
  for (let m = rows.exec(head); m; m = rows.exec(head)) {
    const cells: RawCell[] = [];
    let next = 1;
    for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = attributes(c[1]!);
      const col = columnNumber(attrs.get('r') ?? '') || next;
      next = col + 1;
      const cell = rawCell(attrs, c[2] ?? '', col);
      if (!('text' in cell) || cell.text !== '') cells.push(cell);
    }
    const rowNumber = Number(attributes(m[1]!).get('r'));
    if (cells.length) return Number.isInteger(rowNumber) && rowNumber > 0 ? { rowNumber, cells } : null;
  }
  return null;
}

/** The shared strings at `wanted`, streaming xl/sharedStrings.xml only as far as the last of them. */
async function sharedStrings(file: string, wanted: Set<number>): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const last = Math.max(...wanted);
  const parts = await XlsxParts.open(file);
  try {
    if (!parts.entries.has(SHARED_STRINGS)) return found;
    const stream = await parts.stream(SHARED_STRINGS);
    try {
      let text = '';
      let index = 0;
      for await (const chunk of stream as AsyncIterable<string>) {
        text += chunk;
        for (let end = text.indexOf('</si>'); end >= 0 && index <= last; end = text.indexOf('</si>')) {
          if (wanted.has(index)) found.set(index, texts(text.slice(text.lastIndexOf('<si', end), end)));
          index++;
          text = text.slice(end + 5);
        }
        if (index > last) break;
      }
    } finally {
      stream.destroy();
    }
  } finally {
    parts.close();
  }
  return found;
}

/** The header row's sheet row number and cell texts (column 1 first), or null to let exceljs find it. */
export async function readHeaderRow(file: string, head: string | undefined): Promise<{ rowNumber: number; cells: string[] } | null> {
  const row = head ? firstRow(head) : null;
  if (!row) return null;
  const wanted = new Set(row.cells.flatMap((c) => ('shared' in c ? [c.shared] : [])));
  const strings = wanted.size ? await sharedStrings(file, wanted) : new Map<number, string>();
  if ([...wanted].some((i) => !strings.has(i))) return null;
  const width = Math.max(...row.cells.map((c) => c.col));
  const cells = Array.from({ length: width }, () => '');
  for (const c of row.cells) cells[c.col - 1] = 'shared' in c ? strings.get(c.shared)! : c.text;
  return cells.some((c) => c !== '') ? { rowNumber: row.rowNumber, cells } : null;
}
