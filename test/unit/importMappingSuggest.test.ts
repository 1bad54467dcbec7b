import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../electron/core/imports/mapping/suggestMapping';
import { BUILT_IN_PRESETS } from '../../electron/core/imports/mapping/builtInPresets';
import { LISTING_HEADER_SYNONYMS, PRODUCT_HEADER_SYNONYMS } from '../../electron/core/imports/mapping/headerSynonyms';
import { LISTING_FIELDS } from '../../electron/core/imports/mapping/listingFields';
import { PRODUCT_FIELDS } from '../../electron/core/imports/mapping/productFields';
import { normaliseHeader } from '../../electron/core/imports/mapping/normaliseHeader';

describe('normaliseHeader', () => {
  it('folds case, accents, full-width forms, punctuation, underscores and spaces', () => {
    expect(normaliseHeader('  Preço (R$) ')).toBe('preco r');
    expect(normaliseHeader('Seller_Name')).toBe('seller name');
    expect(normaliseHeader('ＩＴＥＭ　ＩＤ')).toBe('item id');
    expect(normaliseHeader('\uFEFFTítulo')).toBe('titulo');
    expect(normaliseHeader('Đã bán')).toBe('da ban');
  });
});

describe('suggestMapping for listings', () => {
  it('maps an English scraper header', () => {
    expect(suggestMapping(['Item ID', 'Product Name', 'Price', 'Currency', 'Store Name', 'Product URL', 'Ships From', 'Images', 'Units Sold', 'Scraped At'], 'listings')).toEqual({
      listing_id: 'Item ID',
      title: 'Product Name',
      price: 'Price',
      currency: 'Currency',
      seller_name: 'Store Name',
      url: 'Product URL',
      seller_location: 'Ships From',
      image_urls: 'Images',
      units_sold: 'Units Sold',
      captured_at: 'Scraped At',
    });
  });

  it('maps a Chinese header, simplified and traditional', () => {
    expect(suggestMapping(['宝贝ID', '商品名称', '价格', '店铺名称', '链接', '月销量', '所在地', '微信'], 'listings')).toEqual({
      listing_id: '宝贝ID',
      title: '商品名称',
      price: '价格',
      seller_name: '店铺名称',
      url: '链接',
      units_sold: '月销量',
      seller_location: '所在地',
      seller_wechat: '微信',
    });
    expect(suggestMapping(['商品ID', '標題', '售價', '賣家'], 'listings')).toEqual({ listing_id: '商品ID', title: '標題', price: '售價', seller_name: '賣家' });
  });

  it('maps a Spanish header, with or without accents', () => {
    expect(suggestMapping(['ID del producto', 'Título', 'Precio', 'Moneda', 'Vendedor', 'Enlace', 'Imágenes', 'Vendidos'], 'listings')).toEqual({
      listing_id: 'ID del producto',
      title: 'Título',
      price: 'Precio',
      currency: 'Moneda',
      seller_name: 'Vendedor',
      url: 'Enlace',
      image_urls: 'Imágenes',
      units_sold: 'Vendidos',
    });
    expect(suggestMapping(['TITULO', 'precio'], 'listings')).toEqual({ title: 'TITULO', price: 'precio' });
  });

  it('maps the brief’s examples in several languages', () => {
    const cases: [string, string][] = [
      ['name', 'title'], ['标题', 'title'], ['ASIN', 'listing_id'], ['Item number', 'listing_id'], ['offer id', 'listing_id'], ['商品ID', 'listing_id'],
      ['售价', 'price'], ['preço', 'price'], ['prix', 'price'], ['fiyat', 'price'], ['giá', 'price'], ['ราคา', 'price'], ['harga', 'price'], ['価格', 'price'], ['Preis', 'price'],
      ['shop name', 'seller_name'], ['seller', 'seller_name'], ['卖家', 'seller_name'], ['link', 'url'], ['product url', 'url'],
    ];
    for (const [header, field] of cases) expect(suggestMapping([header], 'listings'), header).toEqual({ [field]: header });
  });

  it('prefers an exact synonym to a header that only contains one', () => {
    expect(suggestMapping(['Price (USD)', 'Price'], 'listings')).toEqual({ price: 'Price' });
    expect(suggestMapping(['Price (USD)'], 'listings')).toEqual({ price: 'Price (USD)' });
  });

  it('gives a header containing synonyms of two fields to the more specific one', () => {
    expect(suggestMapping(['Seller Country'], 'listings')).toEqual({ seller_location: 'Seller Country' });
    expect(suggestMapping(['Main Image URL 2'], 'listings')).toEqual({ image_urls: 'Main Image URL 2' });
  });

  it('does not match by containment a header about shipping, ratings or the original price', () => {
    expect(suggestMapping(['Shipping price', 'Original Price', 'Shop Rating', 'Seller feedback score'], 'listings')).toEqual({});
  });

  it('matches short words such as "id" and "name" only as the whole header', () => {
    expect(suggestMapping(['Category ID', 'Brand Name'], 'listings')).toEqual({ brand: 'Brand Name' });
    expect(suggestMapping(['id'], 'listings')).toEqual({ listing_id: 'id' });
  });

  it('uses each column once and each field once, keeping the first of two equal columns', () => {
    const m = suggestMapping(['Title', 'Product Title', 'Title'], 'listings');
    expect(m).toEqual({ title: 'Title' });
    expect(new Set(Object.values(suggestMapping(['Seller', 'Seller Name', 'Store', 'Shop'], 'listings'))).size).toBe(1);
  });

  it('leaves headers it does not know unmapped', () => {
    expect(suggestMapping(['Foo', 'Bar baz', ''], 'listings')).toEqual({});
  });
});

describe('suggestMapping for products', () => {
  it('maps an English specification sheet', () => {
    expect(suggestMapping(['SKU', 'Product Name', 'MSRP', 'Currency', 'MAP', 'Dimensions', 'Weight', 'EAN', 'Colours', 'Discontinued'], 'products')).toEqual({
      sku: 'SKU',
      name: 'Product Name',
      msrp: 'MSRP',
      currency: 'Currency',
      min_authorised_price: 'MAP',
      dimensions: 'Dimensions',
      weight: 'Weight',
      gtins: 'EAN',
      colourways: 'Colours',
      discontinued: 'Discontinued',
    });
  });

  it('maps a Chinese and a Spanish specification sheet', () => {
    expect(suggestMapping(['货号', '商品名称', '零售价', '材质', '尺寸', '重量', '条形码'], 'products')).toEqual({ sku: '货号', name: '商品名称', msrp: '零售价', materials: '材质', dimensions: '尺寸', weight: '重量', gtins: '条形码' });
    expect(suggestMapping(['Referencia', 'Nombre', 'Precio', 'Largo', 'Ancho', 'Alto', 'Código de barras'], 'products')).toEqual({
      sku: 'Referencia',
      name: 'Nombre',
      msrp: 'Precio',
      length: 'Largo',
      width: 'Ancho',
      height: 'Alto',
      gtins: 'Código de barras',
    });
  });
});

describe('header synonyms', () => {
  it('names only real fields', () => {
    const listingKeys = new Set(LISTING_FIELDS.map((f) => f.key));
    const productKeys = new Set(PRODUCT_FIELDS.map((f) => f.key));
    expect(Object.keys(LISTING_HEADER_SYNONYMS).filter((k) => !listingKeys.has(k))).toEqual([]);
    expect(Object.keys(PRODUCT_HEADER_SYNONYMS).filter((k) => !productKeys.has(k))).toEqual([]);
  });

  it('never gives the same header to two fields of one kind', () => {
    for (const table of [LISTING_HEADER_SYNONYMS, PRODUCT_HEADER_SYNONYMS]) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const [field, list] of Object.entries(table)) {
        for (const s of list) {
          const n = normaliseHeader(s.replace(/^=/, ''));
          const prev = owner.get(n);
          if (prev !== undefined && prev !== field) clashes.push(`${n}: ${prev} and ${field}`);
          owner.set(n, field);
        }
      }
      expect(clashes).toEqual([]);
    }
  });
});

describe('suggestMapping on the built-in presets’ own headers', () => {
  for (const preset of BUILT_IN_PRESETS) {
    const variants = [preset.mapping, ...(preset.alternatives ?? [])];
    variants.forEach((variant, i) => {
      it(`maps every column of the ${preset.name} preset${i ? ` (variant ${i})` : ''} to the preset’s field`, () => {
        expect(suggestMapping(Object.values(variant), preset.kind)).toEqual(variant);
      });
    });
  }
});
