// The checks before an import starts: each problem is a sentence naming the field or column, listings need an
// ID or a URL, products a SKU, chosen columns must exist, and a file imported before needs "Import it again".
import { describe, expect, it } from 'vitest';
import type { ImportFieldInfo } from '../../electron/api/contract';
import { checkMapping, type MappingCheckInput } from '../../renderer/src/imports/mappingValidation';

const LISTING_FIELDS: ImportFieldInfo[] = [
  { key: 'marketplace', label: 'Marketplace', required: false },
  { key: 'listing_id', label: 'Listing id', required: false },
  { key: 'url', label: 'Listing URL', required: false },
  { key: 'title', label: 'Title', required: false },
  { key: 'description', label: 'Description', required: false },
  { key: 'price', label: 'Price', required: false },
];

const PRODUCT_FIELDS: ImportFieldInfo[] = [
  { key: 'sku', label: 'SKU', required: true },
  { key: 'name', label: 'Name', required: false },
  { key: 'msrp', label: 'MSRP', required: false },
];

const HEADERS = ['Marketplace', 'Item ID', 'URL', 'Title', 'Price'];

function listings(overrides: Partial<MappingCheckInput> = {}): MappingCheckInput {
  return {
    kind: 'listings',
    fields: LISTING_FIELDS,
    mapping: { marketplace: 'Marketplace', listing_id: 'Item ID', title: 'Title', price: 'Price' },
    headers: HEADERS,
    marketplace: '',
    previousImport: null,
    again: false,
    ...overrides,
  };
}

describe('checkMapping', () => {
  it('passes a listings mapping with an ID column and a marketplace column, with nothing to say', () => {
    expect(checkMapping(listings())).toEqual({ problems: [], warnings: [] });
  });

  it('accepts a URL in place of a listing ID', () => {
    expect(checkMapping(listings({ mapping: { marketplace: 'Marketplace', url: 'URL' } })).problems).toEqual([]);
  });

  it('stops a listings import with neither the ID nor the URL mapped, naming both fields', () => {
    const { problems } = checkMapping(listings({ mapping: { marketplace: 'Marketplace', title: 'Title' } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Listing id/);
    expect(problems[0]).toMatch(/Listing URL/);
  });

  it('stops a products import without the SKU, once, even though the field is also required', () => {
    const { problems } = checkMapping({ ...listings(), kind: 'products', fields: PRODUCT_FIELDS, mapping: { name: 'Title' } });
    expect(problems).toEqual(['Choose the column for SKU: each genuine product is identified by its SKU.']);
  });

  it('asks for every other required field by its label', () => {
    const fields = [...PRODUCT_FIELDS, { key: 'currency', label: 'Currency', required: true }];
    const { problems } = checkMapping({ ...listings(), kind: 'products', fields, mapping: { sku: 'Item ID' } });
    expect(problems).toEqual(['Choose the column for Currency: it is required.']);
  });

  it('names a chosen column the file does not have', () => {
    const { problems } = checkMapping(listings({ mapping: { marketplace: 'Marketplace', listing_id: 'Item number' } }));
    expect(problems).toEqual(['The column “Item number” chosen for Listing id is not in this file; choose another.']);
  });

  it('stops a file imported before until “Import it again” is ticked', () => {
    const before = checkMapping(listings({ previousImport: { id: 12 } }));
    expect(before.problems).toHaveLength(1);
    expect(before.problems[0]).toMatch(/import 12/);
    expect(checkMapping(listings({ previousImport: { id: 12 }, again: true })).problems).toEqual([]);
  });

  it('warns, without stopping, when no marketplace comes from a column or the default', () => {
    const fromUrl = checkMapping(listings({ mapping: { url: 'URL' } }));
    expect(fromUrl.problems).toEqual([]);
    expect(fromUrl.warnings).toHaveLength(1);
    expect(fromUrl.warnings[0]).toMatch(/read from its URL/);

    const withDefault = checkMapping(listings({ mapping: { url: 'URL' }, marketplace: 'ebay' }));
    expect(withDefault.warnings).toEqual([]);
  });

  it('warns when one column feeds two fields', () => {
    const { problems, warnings } = checkMapping(listings({ mapping: { marketplace: 'Marketplace', listing_id: 'Item ID', title: 'Title', description: 'Title' } }));
    expect(problems).toEqual([]);
    expect(warnings).toEqual(['The column “Title” is used for Title and Description.']);
  });
});
