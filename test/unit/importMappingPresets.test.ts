import { describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS, applyPreset, findBuiltInPreset } from '../../electron/core/imports/mapping/builtInPresets';
import { isFieldKey } from '../../electron/core/imports/mapping/importFields';
import { MARKETPLACES } from '../../electron/api/vocabulary';

const preset = (name: string) => {
  const p = findBuiltInPreset(name);
  if (!p) throw new Error(`no preset ${name}`);
  return p;
};

describe('built-in presets', () => {
  it('cover Alibaba, AliExpress, Taobao, DHgate, Amazon, eBay and Shopee, each for its marketplace', () => {
    expect(BUILT_IN_PRESETS.map((p) => p.name)).toEqual(['alibaba', 'aliexpress', 'taobao', 'dhgate', 'amazon', 'ebay', 'shopee']);
    for (const p of BUILT_IN_PRESETS) {
      expect(MARKETPLACES as readonly string[]).toContain(p.marketplace);
      expect(p.kind).toBe('listings');
    }
  });

  it('map only to listing fields, and always to something that identifies the row', () => {
    for (const p of BUILT_IN_PRESETS) {
      for (const v of [p.mapping, ...(p.alternatives ?? [])]) {
        expect(Object.keys(v).filter((k) => !isFieldKey('listings', k)), p.name).toEqual([]);
        expect(v.listing_id ?? v.url, p.name).toBeDefined();
      }
    }
  });

  it('read Taobao’s Chinese export columns', () => {
    expect(preset('taobao').mapping).toMatchObject({ title: '宝贝标题', price: '价格', seller_name: '掌柜', url: '宝贝链接', units_sold: '月销量', seller_location: '所在地' });
  });
});

describe('applyPreset', () => {
  it('keeps the columns the file has and lists the ones it lacks, with their fields', () => {
    const applied = applyPreset(preset('amazon'), ['ASIN', 'Title', 'Price', 'Seller Name', 'Something else']);
    expect(applied.mapping).toEqual({ listing_id: 'ASIN', title: 'Title', price: 'Price', seller_name: 'Seller Name' });
    expect(applied.missing).toEqual(['Brand', 'URL', 'Currency', 'Seller ID', 'Bought In Past Month', 'Image URL']);
    expect(applied.missingFields).toEqual(['brand', 'url', 'currency', 'seller_id', 'units_sold', 'image_urls']);
  });

  it('matches columns whatever their case, spacing or underscores, naming them as the file does', () => {
    expect(applyPreset(preset('ebay'), ['item_number', 'TITLE', ' price ']).mapping).toEqual({ listing_id: 'item_number', title: 'TITLE', price: ' price ' });
  });

  it('uses the variant in the file’s language: Shopee in Vietnamese and in Indonesian', () => {
    const vi = applyPreset(preset('shopee'), ['Mã sản phẩm', 'Tên sản phẩm', 'Giá', 'Đã bán', 'Tên shop']);
    expect(vi.mapping).toEqual({ listing_id: 'Mã sản phẩm', title: 'Tên sản phẩm', price: 'Giá', units_sold: 'Đã bán', seller_name: 'Tên shop' });
    expect(vi.missing).toEqual(['Link sản phẩm', 'Mã shop', 'Vị trí', 'Hình ảnh']);
    const id = applyPreset(preset('shopee'), ['ID Produk', 'Nama Produk', 'Harga', 'Terjual', 'Nama Toko', 'Lokasi', 'Link Produk', 'Gambar', 'ID Toko']);
    expect(id.missing).toEqual([]);
    expect(id.mapping.seller_location).toBe('Lokasi');
  });

  it('maps every column of each preset’s own header set, leaving nothing missing', () => {
    for (const p of BUILT_IN_PRESETS) {
      for (const v of [p.mapping, ...(p.alternatives ?? [])]) {
        const applied = applyPreset(p, Object.values(v));
        expect(applied.mapping, p.name).toEqual(v);
        expect(applied.missing, p.name).toEqual([]);
      }
    }
  });

  it('fills a field from another variant when the best one lacks the column', () => {
    const applied = applyPreset(preset('taobao'), ['宝贝ID', '宝贝标题', '价格', 'Seller Nick']);
    expect(applied.mapping).toMatchObject({ listing_id: '宝贝ID', title: '宝贝标题', price: '价格', seller_name: 'Seller Nick' });
  });
});
