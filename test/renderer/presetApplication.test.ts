// Choosing a mapping preset: its columns that the file has are mapped (matching case and spaces loosely) on
// top of Assay's suggestion, the rest are named, and its marketplace becomes the default for rows without one.
import { describe, expect, it } from 'vitest';
import { applyPreset, findColumn, suggestedMapping } from '../../renderer/src/imports/presetApplication';

const HEADERS = ['Item number', ' Title ', 'Price', 'Seller'];
const SUGGESTION = { title: ' Title ', price: 'Price', seller_name: 'Seller' };

describe('suggestedMapping', () => {
  it('keeps only suggested columns the file has', () => {
    expect(suggestedMapping({ title: ' Title ', url: 'Link' }, HEADERS)).toEqual({ title: ' Title ' });
  });
});

describe('findColumn', () => {
  it('prefers the exact header, then one equal ignoring case and surrounding spaces', () => {
    expect(findColumn('Price', HEADERS)).toBe('Price');
    expect(findColumn('item NUMBER', HEADERS)).toBe('Item number');
    expect(findColumn('title', HEADERS)).toBe(' Title ');
    expect(findColumn('Item ID', HEADERS)).toBeNull();
  });
});

describe('applyPreset', () => {
  it('maps the preset’s columns onto the file’s own headers, over the suggestion', () => {
    const applied = applyPreset({ mapping: { listing_id: 'item number', price: 'Price', seller_name: 'Seller' }, marketplace: 'ebay' }, HEADERS, { ...SUGGESTION, seller_name: 'Price' }, '');
    expect(applied.mapping).toEqual({ listing_id: 'Item number', title: ' Title ', price: 'Price', seller_name: 'Seller' });
    expect(applied.missingColumns).toEqual([]);
  });

  it('names the preset’s columns the file lacks, once each, and leaves those fields to the suggestion', () => {
    const applied = applyPreset({ mapping: { listing_id: 'Item ID', url: 'Item URL', description: 'Item URL', title: 'Title' }, marketplace: null }, HEADERS, SUGGESTION, '');
    expect(applied.missingColumns).toEqual(['Item ID', 'Item URL']);
    expect(applied.mapping).toEqual({ title: ' Title ', price: 'Price', seller_name: 'Seller' });
  });

  it('sets the preset’s marketplace, and keeps the person’s choice when the preset has none', () => {
    expect(applyPreset({ mapping: {}, marketplace: 'aliexpress' }, HEADERS, SUGGESTION, 'ebay').marketplace).toBe('aliexpress');
    expect(applyPreset({ mapping: {}, marketplace: null }, HEADERS, SUGGESTION, 'ebay').marketplace).toBe('ebay');
  });

  it('does not change the suggestion it was given', () => {
    const suggestion = { ...SUGGESTION };
    applyPreset({ mapping: { title: 'Price' }, marketplace: null }, HEADERS, suggestion, '');
    expect(suggestion).toEqual(SUGGESTION);
  });
});
