// xl/sharedStrings.xml read as a stream into an array of strings (the sheet's t="s" cells index it), or only as
// far as a given index when a few strings are all that is wanted (the header row).
import { stringItemText } from './xlsxStringItems';
import { findElement } from './xlsxXmlScan';
import type { XlsxParts } from './xlsxParts';

export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

/** Collects the <si> items of the part's XML fed chunk by chunk; an item cut between chunks waits for the rest. */
export class SharedStringScanner {
  readonly strings: string[] = [];
  private xml = '';
  /** How far the kept XML was already searched for "</si>", so one long item is not searched again chunk by chunk. */
  private searched = 0;

  push(chunk: string): void {
    const xml = this.xml.length ? this.xml + chunk : chunk;
    let pos = 0;
    let start = findElement(xml, '<si', pos);
    for (; start >= 0; start = findElement(xml, '<si', pos)) {
      const gt = xml.indexOf('>', start);
      if (gt < 0) break;
      if (xml.charCodeAt(gt - 1) === 47 /* / */) {
        this.strings.push('');
        pos = gt + 1;
      } else {
        const end = xml.indexOf('</si>', Math.max(gt, this.searched));
        if (end < 0) break;
        this.strings.push(stringItemText(xml.slice(gt + 1, end), true));
        pos = end + 5;
      }
      this.searched = 0;
    }
    // Keep an item cut off by the chunk's end, or a tag that may be the start of one.
    const lt = xml.lastIndexOf('<');
    this.xml = start >= 0 ? xml.slice(start) : lt >= pos ? xml.slice(lt) : '';
    this.searched = start >= 0 ? Math.max(0, this.xml.length - 4) : 0;
  }
}

/** The shared strings in order, up to index `last` at least (all of them by default); [] without the part. */
export async function readSharedStrings(parts: XlsxParts, last = Infinity): Promise<string[]> {
  const scanner = new SharedStringScanner();
  if (!parts.entries.has(SHARED_STRINGS_PART)) return scanner.strings;
  const stream = await parts.stream(SHARED_STRINGS_PART);
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      scanner.push(chunk);
      if (scanner.strings.length > last) break;
    }
  } finally {
    stream.destroy();
  }
  return scanner.strings;
}
