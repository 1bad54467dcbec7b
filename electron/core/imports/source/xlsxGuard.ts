// Checks an .xlsx with yauzl before exceljs touches it: a ZIP, no ZIP bomb (declared sizes, ratios, and the
// bytes each entry really inflates to), a workbook inside; and lists its sheets and keeps the head of each.
import fs from 'node:fs';
import yauzl from 'yauzl';
import { AssayError } from '../../errors';
import { fileLabel } from './sourceFile';

export interface XlsxSheet {
  name: string;
  /** The sheet's part in the ZIP, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  hidden: boolean;
}

export interface XlsxBook {
  sheets: XlsxSheet[];
  /** The first SHEET_HEAD_CHARS of each worksheet part's XML, by part name: where its header row is. */
  sheetHeads: Map<string, string>;
}

const SHEET_HEAD_CHARS = 64 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

export const ZIP_LIMITS = { entryBytes: 200 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, ratio: 200, ratioFromBytes: 1024 * 1024 };
const PARTS_KEPT = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

export const openZip = (file: string): Promise<yauzl.ZipFile> =>
  new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true, validateEntrySizes: true }, (e, zip) => (e ? reject(e) : resolve(zip))));

/** Inflates an entry to count its bytes (yauzl fails one that holds more than it declares); keeps its first `keep` bytes as text. */
function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: number): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (e, stream) => {
      if (e) return reject(e);
      const chunks: Buffer[] = [];
      let kept = 0;
      stream.on('data', (chunk: Buffer) => {
        if (kept >= keep) return;
        chunks.push(chunk);
        kept += chunk.length;
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(new TextDecoder().decode(Buffer.concat(chunks).subarray(0, keep))));
    });
  });
}

function bombCheck(name: string, entry: yauzl.Entry, total: number): string | null {
  const size = entry.uncompressedSize;
  if (size > ZIP_LIMITS.entryBytes) return `${name} was refused: ${entry.fileName} inside it would expand to ${mb(size)} (over the 200 MB limit for one part), which is how a ZIP bomb looks.`;
  if (total > ZIP_LIMITS.totalBytes) return `${name} was refused: its contents would expand to ${mb(total)} in all (over the 1 GB limit), which is how a ZIP bomb looks.`;
  const ratio = size / Math.max(1, entry.compressedSize);
  if (size > ZIP_LIMITS.ratioFromBytes && ratio > ZIP_LIMITS.ratio) return `${name} was refused: ${entry.fileName} inside it is compressed ${Math.round(ratio)}:1 (over 200:1), which is how a ZIP bomb looks.`;
  return null;
}

async function checkZip(file: string): Promise<Map<string, string>> {
  const name = fileLabel(file);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (e) {
    throw new AssayError('invalid_input', `${name} is not a valid .xlsx file (it is not a ZIP archive).`, { cause: e });
  }
  const parts = new Map<string, string>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        const refusal = bombCheck(name, entry, total);
        if (refusal) return reject(new AssayError('invalid_input', refusal));
        const keep = PARTS_KEPT.has(entry.fileName) ? Infinity : WORKSHEET.test(entry.fileName) ? SHEET_HEAD_CHARS : 0;
        inflateEntry(zip, entry, keep).then(
          (text) => {
            if (keep) parts.set(entry.fileName, text);
            zip.readEntry();
          },
          (e: Error) => reject(new AssayError('invalid_input', `${name} is not a valid .xlsx file: ${entry.fileName} inside it is damaged or holds more than it declares (${e.message}).`, { cause: e })),
        );
      });
      zip.readEntry();
    });
  } catch (e) {
    if (e instanceof AssayError) throw e;
    throw new AssayError('invalid_input', `${name} is not a valid .xlsx file: its ZIP structure is damaged (${(e as Error).message}).`, { cause: e });
  } finally {
    zip.close();
  }
  if (!parts.has('xl/workbook.xml')) throw new AssayError('invalid_input', `${name} is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).`);
  return parts;
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

const verified = new Map<string, XlsxBook>();

/** The workbook's sheets, after the checks; a file already checked (same path, size and time) is not inflated again. */
export async function inspectXlsx(file: string): Promise<XlsxBook> {
  const stat = fs.statSync(file);
  const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  const known = verified.get(key);
  if (known) return known;
  const parts = await checkZip(file);
  const sheets = listSheets(parts.get('xl/workbook.xml')!, parts.get('xl/_rels/workbook.xml.rels') ?? '');
  const sheetHeads = new Map([...parts].filter(([name]) => WORKSHEET.test(name)));
  const book = { sheets, sheetHeads };
  if (verified.size >= 8) verified.delete(verified.keys().next().value!);
  verified.set(key, book);
  return book;
}
