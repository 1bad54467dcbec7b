// Product codes a listing states in its text: GTINs written after EAN, UPC, GTIN or barcode, in several languages.
const GTIN_MENTION = /(?:\b(?:ean|upc|gtin|jan|barcode)|条码|条形码|條碼)\s*(?:code|no\.?|number|[-:#：])?\s*[:：#]?\s*(\d{8}|\d{12,14})(?!\d)/giu;

/** Whether the text has a run of eight ASCII digits, without which GTIN_MENTION cannot match: most listings have none. */
function hasEightDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run === 8) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

export function statedGtins(text: string): string[] {
  if (!hasEightDigits(text)) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(GTIN_MENTION)) found.add(m[1]!);
  return [...found];
}
