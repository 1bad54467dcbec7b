// The rows of one sheet, streamed: the shared strings and date styles its cells refer to are read first, in full,
// whatever order the ZIP stores the parts in; then its XML is scanned chunk by chunk as XlsxParts inflates it.
import type { Readable } from 'node:stream';
import { dateStyles } from './xlsxDateStyles';
import { XlsxParts } from './xlsxParts';
import { SheetRowScanner, type SheetRow } from './xlsxRowScanner';
import { readSharedStrings } from './xlsxSharedStrings';

export type { SheetRow } from './xlsxRowScanner';

export const STYLES_PART = 'xl/styles.xml';

/**
 * The rows of the sheet stored at `sheetPath`, a chunk's worth at a time; `onBytes` hears how much XML has been read.
 * `chunkChars` cuts the XML into smaller pieces than inflating gives (tests cut rows and cells anywhere with it).
 */
export async function* sheetRows(file: string, sheetPath: string, date1904: boolean, onBytes?: (bytes: number) => void, chunkChars = Infinity): AsyncGenerator<SheetRow[]> {
  const parts = await XlsxParts.open(file);
  let sheet: Readable | null = null;
  try {
    const strings = await readSharedStrings(parts);
    const styles = parts.entries.has(STYLES_PART) ? dateStyles(await parts.text(STYLES_PART)) : [];
    if (!parts.entries.has(sheetPath)) return;
    const scanner = new SheetRowScanner({ sharedString: (i) => strings[i], dateStyles: styles, date1904 });
    sheet = await parts.stream(sheetPath, onBytes);
    for await (const chunk of sheet as AsyncIterable<string>) {
      const step = chunkChars >= 1 ? chunkChars : Infinity;
      for (let at = 0; at < chunk.length; at += step) {
        const rows = scanner.push(step < chunk.length ? chunk.slice(at, at + step) : chunk);
        if (rows.length) yield rows;
      }
    }
    scanner.finish();
  } finally {
    sheet?.destroy();
    parts.close();
  }
}
