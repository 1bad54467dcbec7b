// Folds a column header to the form the synonym lists are written against: NFKC, lower case, no accents,
// punctuation, symbols or underscores, single spaces. "Preço (R$)" and "preco r" compare equal.
const MARKS = /\p{M}+/gu;
const INVISIBLE = /\p{Cf}+/gu;
const PUNCTUATION = /[\p{P}\p{S}_\s]+/gu;

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(PUNCTUATION, ' ')
    .trim();
}
