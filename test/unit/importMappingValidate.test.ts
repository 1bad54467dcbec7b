import { describe, expect, it } from 'vitest';
import { validateMapping } from '../../electron/core/imports/mapping/validateMapping';

const HEADERS = ['marketplace', 'item id', 'title', 'price', 'link'];

describe('validateMapping', () => {
  it('accepts a listing mapping whose columns are all in the header', () => {
    expect(validateMapping({ marketplace: 'marketplace', listing_id: 'item id', title: 'title', price: 'price' }, HEADERS, 'listings')).toEqual([]);
  });

  it('names a column that is not in the file, and the file', () => {
    expect(validateMapping({ listing_id: 'item id', marketplace: 'marketplace', price: 'Preis' }, HEADERS, 'listings', { fileName: 'export.csv' })).toEqual([
      'The mapping sends price to the column "Preis", which is not in export.csv\'s header.',
    ]);
  });

  it('says "the file" when no file name is given, and suggests a column that differs only in case', () => {
    expect(validateMapping({ listing_id: 'Item ID', marketplace: 'marketplace' }, HEADERS, 'listings')).toEqual([
      'The mapping sends listing_id to the column "Item ID", which is not in the file\'s header. Did you mean "item id"?',
    ]);
  });

  it('names an unknown field key', () => {
    const problems = validateMapping({ listing_id: 'item id', marketplace: 'marketplace', prize: 'price' }, HEADERS, 'listings');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The mapping names "prize", which is not a listing field \(the fields are marketplace, listing_id, url, /);
  });

  it('refuses a listing mapping with neither a listing id nor a URL', () => {
    expect(validateMapping({ marketplace: 'marketplace', title: 'title' }, HEADERS, 'listings')).toEqual([
      'The mapping cannot identify listings: map a column to listing_id (the item number or ASIN) or to url.',
    ]);
  });

  it('refuses a listing mapping that cannot tell the marketplace', () => {
    const problems = validateMapping({ listing_id: 'item id' }, HEADERS, 'listings');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/cannot tell which marketplace/);
  });

  it('takes the marketplace from the file (--marketplace or the preset) or from the URLs', () => {
    expect(validateMapping({ listing_id: 'item id' }, HEADERS, 'listings', { marketplace: 'ebay' })).toEqual([]);
    expect(validateMapping({ url: 'link' }, HEADERS, 'listings')).toEqual([]);
  });

  it('treats an empty column name as not mapped', () => {
    expect(validateMapping({ listing_id: 'item id', marketplace: 'marketplace', price: '' }, HEADERS, 'listings')).toEqual([]);
  });

  it('requires a SKU column for products, and knows product fields', () => {
    expect(validateMapping({ name: 'title' }, HEADERS, 'products')).toEqual(['The mapping has no column for sku, which every product needs to be identified.']);
    expect(validateMapping({ sku: 'item id', msrp: 'price' }, HEADERS, 'products')).toEqual([]);
    expect(validateMapping({ sku: 'item id', url: 'link' }, HEADERS, 'products')[0]).toMatch(/"url", which is not a product field/);
  });

  it('reports every problem, not just the first', () => {
    expect(validateMapping({ title: 'Titel', foo: 'x' }, HEADERS, 'listings')).toHaveLength(4);
  });
});
