// Serial numbers as customs inventories give them: pasted as one blob with any mix of separators (new lines,
// commas, semicolons, tabs, spaces, pipes), split, trimmed and de-duplicated; and their normal form for repeats.

const SEPARATORS = /[\s,;|、，；｜]+/u;
const QUOTES = /^['"’‘`]+|['"’‘`]+$/g;

/** Splits a blob of serials; each kept once (first spelling wins), in the order given. */
export function splitSerials(blob: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of blob.split(SEPARATORS)) {
    const serial = part.replace(QUOTES, '');
    if (serial === '') continue;
    const key = normaliseSerial(serial);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(serial);
  }
  return out;
}

/** Upper case without dashes, dots or slashes, so "cv21-ab-0042" and "CV21AB0042" are the same serial. */
export const normaliseSerial = (serial: string): string => serial.normalize('NFKC').toUpperCase().replace(/[-./_\s]/g, '');
