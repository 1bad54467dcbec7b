// Product codes a listing states in its text: GTINs written after EAN, UPC, GTIN or barcode, in several languages.
const GTIN_MENTION = /(?:\b(?:ean|upc|gtin|jan|barcode)|条码|条形码|條碼)\s*(?:code|no\.?|number|[-:#：])?\s*[:：#]?\s*(\d{8}|\d{12,14})(?!\d)/giu;

export function statedGtins(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(GTIN_MENTION)) found.add(m[1]!);
  return [...found];
}
