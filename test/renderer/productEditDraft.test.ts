// The product form's text and the ProductEdit it becomes: lists are one item per line (trimmed, blank lines
// dropped), numbers are read as typed, and each unreadable field gets its own sentence.
import { describe, expect, it } from 'vitest';
import type { ProductSummary } from '../../electron/api/contract';
import { draftFromProduct, editFromDraft, linesToList, listToLines, parseDecimal } from '../../renderer/src/products/productEditDraft';

const PRODUCT: ProductSummary = {
  id: 7,
  brand: 'Corvanne',
  sku: 'CV-BG-1001',
  name: 'Aurelle Tote 34',
  category: 'Handbags',
  msrp: 2450,
  currency: 'EUR',
  minAuthorisedPrice: 2200,
  materials: ['Calf leather', 'Brass'],
  lengthMm: 340,
  widthMm: 160,
  heightMm: 270,
  weightG: 900,
  colourways: ['Noir'],
  gtins: ['07640175500108'],
  serialPattern: '^CV\\d{6}$',
  authenticationFeatures: ['Heat-stamped logo'],
  officialImages: ['/brand/photos/aurelle-34.jpg'],
  neverMadeModels: ['Aurelle 40'],
  discontinued: false,
  aliases: [],
};

describe('linesToList', () => {
  it('makes one item per line, trimmed, with blank lines dropped', () => {
    expect(linesToList('  Calf leather \n\nBrass\r\n   \r\nCotton lining  ')).toEqual(['Calf leather', 'Brass', 'Cotton lining']);
  });

  it('gives no items for empty or blank text', () => {
    expect(linesToList('')).toEqual([]);
    expect(linesToList(' \n\t\n')).toEqual([]);
  });

  it('keeps commas and semicolons inside a line', () => {
    expect(linesToList('Leather, calf; vegetable-tanned')).toEqual(['Leather, calf; vegetable-tanned']);
  });

  it('round-trips with listToLines', () => {
    expect(linesToList(listToLines(['a', 'b c']))).toEqual(['a', 'b c']);
  });
});

describe('parseDecimal', () => {
  it('reads plain and grouped amounts, blank as none, and refuses anything else', () => {
    expect(parseDecimal('129')).toBe(129);
    expect(parseDecimal(' 1,299.50 ')).toBe(1299.5);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('12,99')).toBeUndefined();
    expect(parseDecimal('-3')).toBeUndefined();
    expect(parseDecimal('€129')).toBeUndefined();
  });
});

describe('editFromDraft', () => {
  it('gives back the product unchanged when nothing was edited', () => {
    const { edit, problems } = editFromDraft(PRODUCT.id, draftFromProduct(PRODUCT));
    expect(problems).toBeNull();
    const { brand: _brand, sku: _sku, ...editable } = PRODUCT;
    expect(edit).toEqual(editable);
  });

  it('turns edited text into lists, numbers and nulls', () => {
    const draft = { ...draftFromProduct(PRODUCT), materials: ' Calf leather \n\n Palladium hardware ', msrp: '2,500', lengthMm: '', currency: 'eur', category: '  ', gtins: '0764 0175 500108\n' };
    const { edit } = editFromDraft(PRODUCT.id, draft);
    expect(edit).toMatchObject({ materials: ['Calf leather', 'Palladium hardware'], msrp: 2500, lengthMm: null, currency: 'EUR', category: null, gtins: ['07640175500108'] });
  });

  it('names each field that cannot be read, and gives no edit', () => {
    const draft = { ...draftFromProduct(PRODUCT), name: ' ', msrp: '12,99', weightG: '0', gtins: '123', serialPattern: '([A-Z' };
    const result = editFromDraft(PRODUCT.id, draft);
    expect(result.edit).toBeNull();
    expect(Object.keys(result.problems ?? {}).sort()).toEqual(['gtins', 'msrp', 'name', 'serialPattern', 'weightG']);
    expect(result.problems?.msrp).toMatch(/“12,99” is not an amount/);
    expect(result.problems?.gtins).toMatch(/“123” is not a GTIN/);
  });

  it('refuses a list line longer than the contract allows, naming the list and the line', () => {
    const result = editFromDraft(PRODUCT.id, { ...draftFromProduct(PRODUCT), aliases: `Carré\n${'x'.repeat(501)}` });
    expect(result.problems?.aliases).toBe('Line 2 of “Also sold as” is longer than 500 characters; shorten it or split it over several lines.');
    expect(editFromDraft(PRODUCT.id, { ...draftFromProduct(PRODUCT), aliases: 'x'.repeat(500) }).problems).toBeNull();
  });

  it('asks for the currency of prices that have none, and refuses a code that is not three letters', () => {
    expect(editFromDraft(PRODUCT.id, { ...draftFromProduct(PRODUCT), currency: '' }).problems?.currency).toMatch(/three-letter code/);
    expect(editFromDraft(PRODUCT.id, { ...draftFromProduct(PRODUCT), currency: 'EURO' }).problems?.currency).toMatch(/not a currency code/);
    expect(editFromDraft(PRODUCT.id, { ...draftFromProduct(PRODUCT), currency: '', msrp: '', minAuthorisedPrice: '' }).problems).toBeNull();
  });
});
