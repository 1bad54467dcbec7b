// Turns listing text and search boxes into FTS5 text and queries that work across scripts:
// width-folded (NFKC), with CJK characters split apart so a two-character term matches inside a longer run.

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;

/** Folds full-width forms and compatibility characters, and spaces out CJK characters. */
export function searchableText(text: string): string {
  return text.normalize('NFKC').replace(CJK, (ch) => ` ${ch} `);
}

/** The text indexed for a listing. */
export function listingSearchText(l: { title: string; description: string; brand: string; seller_name: string }): string {
  return searchableText([l.title, l.brand, l.seller_name, l.description].join('\n'));
}

/**
 * Builds an FTS5 MATCH expression from what a person typed: every word must appear, the last
 * token of each word matches as a prefix, and FTS5 syntax characters are taken literally.
 * Returns null when there is nothing searchable.
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words.map((w) => `"${searchableText(w).trim().replace(/\s+/g, ' ').replace(/"/g, '""')}"*`).join(' AND ');
}
