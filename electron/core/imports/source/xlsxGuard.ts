// Checks an .xlsx with yauzl before its sheet is read: a ZIP, no ZIP bomb (declared sizes and ratios;
// yauzl stops any part that inflates past its declared size), a workbook inside; lists its sheets with their heads.
import fs from 'node:fs';
import { AssayError } from '../../errors';
import { fileLabel } from './sourceFile';
import { XlsxPartError, XlsxParts } from './xlsxParts';

export interface XlsxSheet {
  name: string;
  /** The sheet's part in the ZIP, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  hidden: boolean;
}

export interface XlsxBook {
  sheets: XlsxSheet[];
  /** The first SHEET_HEAD_CHARS of each sheet's XML, by part name: where its header row is. */
  sheetHeads: Map<string, string>;
  /** Each part's inflated size, by name. */
  sizes: Map<string, number>;
  /** Dates count from 1904 (workbookPr date1904), not from 1900. */
  date1904: boolean;
}

export const ZIP_LIMITS = { entryBytes: 200 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, ratio: 200, ratioFromBytes: 1024 * 1024 };
const SHEET_HEAD_CHARS = 64 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

/** Why the ZIP is refused as a bomb, judged from its central directory, or null. */
function bombCheck(name: string, parts: XlsxParts): string | null {
  let total = 0;
  for (const entry of parts.entries.values()) {
    const size = entry.uncompressedSize;
    total += size;
    if (size > ZIP_LIMITS.entryBytes) return `${name} was refused: ${entry.fileName} inside it would expand to ${mb(size)} (over the 200 MB limit for one part), which is how a ZIP bomb looks.`;
    if (total > ZIP_LIMITS.totalBytes) return `${name} was refused: its contents would expand to ${mb(total)} in all (over the 1 GB limit), which is how a ZIP bomb looks.`;
    const ratio = size / Math.max(1, entry.compressedSize);
    if (size > ZIP_LIMITS.ratioFromBytes && ratio > ZIP_LIMITS.ratio) return `${name} was refused: ${entry.fileName} inside it is compressed ${Math.round(ratio)}:1 (over 200:1), which is how a ZIP bomb looks.`;
  }
  return null;
}

/** The sentence for a part that would not inflate, or for a ZIP whose structure yauzl rejects. */
export function damagedXlsx(file: string, e: unknown): AssayError {
  if (e instanceof AssayError) return e;
  const name = fileLabel(file);
  if (e instanceof XlsxPartError) return new AssayError('invalid_input', `${name} is not a valid .xlsx file: ${e.part} inside it is damaged or holds more than it declares (${(e.cause as Error).message}).`, { cause: e });
  return new AssayError('invalid_input', `${name} is not a valid .xlsx file: ${(e as Error).message}.`, { cause: e });
}

export const decodeXml = (s: string): string =>
  s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, named: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named.toLowerCase()]!,
  );

export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return attrs;
}

/** The sheets named in xl/workbook.xml, in order, with the part each one's relationship points to. */
function listSheets(workbookXml: string, relsXml: string): XlsxSheet[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[\w-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = a.get('Target') ?? '';
    targets.set(a.get('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...workbookXml.matchAll(/<(?:[\w-]+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const rid = [...a].find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    return { name: a.get('name') ?? '', path: targets.get(rid) ?? '', hidden: (a.get('state') ?? 'visible') !== 'visible' };
  });
}

async function checkXlsx(file: string): Promise<XlsxBook> {
  const name = fileLabel(file);
  let parts: XlsxParts;
  try {
    parts = await XlsxParts.open(file);
  } catch (e) {
    throw new AssayError('invalid_input', `${name} is not a valid .xlsx file (it is not a ZIP archive).`, { cause: e });
  }
  try {
    const refusal = bombCheck(name, parts);
    if (refusal) throw new AssayError('invalid_input', refusal);
    if (!parts.entries.has('xl/workbook.xml')) throw new AssayError('invalid_input', `${name} is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).`);
    const rels = 'xl/_rels/workbook.xml.rels';
    const workbookXml = await parts.text('xl/workbook.xml');
    const sheets = listSheets(workbookXml, parts.entries.has(rels) ? await parts.text(rels) : '');
    const date1904 = /^(?:1|true)$/.test(attributes(/<(?:[\w-]+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? '').get('date1904') ?? '');
    const sheetHeads = new Map<string, string>();
    for (const { path } of sheets) if (parts.entries.has(path)) sheetHeads.set(path, await parts.text(path, SHEET_HEAD_CHARS));
    return { sheets, sheetHeads, sizes: new Map([...parts.entries].map(([n, e]) => [n, e.uncompressedSize])), date1904 };
  } catch (e) {
    throw damagedXlsx(file, e);
  } finally {
    parts.close();
  }
}

const checked = new Map<string, XlsxBook>();

/** The workbook's sheets, after the checks; a file already checked (same path, size and time) is not read again. */
export async function inspectXlsx(file: string): Promise<XlsxBook> {
  const stat = fs.statSync(file);
  const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  const known = checked.get(key);
  if (known) return known;
  const book = await checkXlsx(file);
  if (checked.size >= 8) checked.delete(checked.keys().next().value!);
  checked.set(key, book);
  return book;
}
