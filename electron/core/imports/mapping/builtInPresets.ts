// Built-in mappings for common exports: the usual column names of each platform's seller-centre exports and
// scraper templates (Octoparse, Apify). Real files vary, so the person can adjust one and save it as their own.
import type { ColumnMapping, ImportKind } from './listingFields';
import { normaliseHeader } from './normaliseHeader';

export interface BuiltInPreset {
  name: string;
  label: string;
  kind: ImportKind;
  marketplace: string | null;
  mapping: ColumnMapping;
  /** The same export in other languages or versions; applyPreset uses whichever the file matches best. */
  alternatives?: readonly ColumnMapping[];
  options?: Record<string, unknown>;
}

export interface AppliedPreset {
  /** The preset's mapping, restricted to the columns this file has (named as the file names them). */
  mapping: ColumnMapping;
  /** The preset's columns that this file does not have. */
  missing: string[];
  /** The fields those missing columns would have filled. */
  missingFields: string[];
}

export const BUILT_IN_PRESETS: readonly BuiltInPreset[] = [
  {
    name: 'alibaba',
    label: 'Alibaba.com (scraper export)',
    kind: 'listings',
    marketplace: 'alibaba',
    // Common Alibaba.com search-result scraper columns; prices come as "US$2.50-3.00 / piece".
    mapping: {
      listing_id: 'Product ID',
      title: 'Product Title',
      url: 'Product URL',
      price: 'Price',
      seller_name: 'Supplier Name',
      seller_id: 'Supplier ID',
      seller_store_url: 'Supplier URL',
      seller_location: 'Supplier Country',
      image_urls: 'Image URL',
    },
    alternatives: [{ listing_id: '产品ID', title: '产品标题', url: '产品链接', price: '价格', seller_name: '供应商名称', seller_store_url: '供应商链接', seller_location: '所在地', image_urls: '图片链接' }],
  },
  {
    name: 'aliexpress',
    label: 'AliExpress',
    kind: 'listings',
    marketplace: 'aliexpress',
    // Common AliExpress scraper columns.
    mapping: {
      listing_id: 'Product ID',
      title: 'Title',
      url: 'Product URL',
      price: 'Sale Price',
      currency: 'Currency',
      units_sold: 'Orders',
      seller_name: 'Store Name',
      seller_id: 'Store ID',
      seller_store_url: 'Store URL',
      seller_location: 'Ships From',
      image_urls: 'Image URL',
    },
    // The AliExpress Portals (affiliate) product export.
    alternatives: [{ listing_id: 'ProductId', title: 'Product Desc', price: 'Discount Price', currency: 'Currency', units_sold: 'Sales180Day', image_urls: 'Image Url', url: 'Promotion Url' }],
  },
  {
    name: 'taobao',
    label: 'Taobao / Tmall',
    kind: 'listings',
    marketplace: 'taobao',
    // Common Taobao/Tmall search scraper columns (Chinese), then traditional Chinese and English variants.
    mapping: {
      listing_id: '宝贝ID',
      title: '宝贝标题',
      price: '价格',
      units_sold: '月销量',
      seller_name: '掌柜',
      seller_id: '卖家ID',
      seller_location: '所在地',
      url: '宝贝链接',
      seller_store_url: '店铺链接',
      image_urls: '主图链接',
      captured_at: '采集时间',
    },
    alternatives: [
      { listing_id: '寶貝ID', title: '寶貝標題', price: '價格', units_sold: '月銷量', seller_name: '掌櫃', seller_id: '賣家ID', seller_location: '所在地', url: '寶貝連結', seller_store_url: '店鋪連結', image_urls: '主圖連結', captured_at: '採集時間' },
      { listing_id: 'Item ID', title: 'Title', price: 'Price', units_sold: 'Monthly Sales', seller_name: 'Seller Nick', seller_id: 'Seller ID', seller_location: 'Location', url: 'Item URL', seller_store_url: 'Shop URL', image_urls: 'Pic URL' },
    ],
  },
  {
    name: 'dhgate',
    label: 'DHgate',
    kind: 'listings',
    marketplace: 'dhgate',
    // Common DHgate scraper columns; DHgate calls its listing number the item code.
    mapping: {
      listing_id: 'Item Code',
      title: 'Product Name',
      url: 'Product URL',
      price: 'Price',
      units_sold: 'Sold',
      seller_name: 'Seller',
      seller_store_url: 'Store URL',
      seller_location: 'Ships From',
      image_urls: 'Image URL',
    },
  },
  {
    name: 'amazon',
    label: 'Amazon',
    kind: 'listings',
    marketplace: 'amazon',
    // Common Amazon product scraper columns.
    mapping: {
      listing_id: 'ASIN',
      title: 'Title',
      brand: 'Brand',
      url: 'URL',
      price: 'Price',
      currency: 'Currency',
      seller_name: 'Seller Name',
      seller_id: 'Seller ID',
      units_sold: 'Bought In Past Month',
      image_urls: 'Image URL',
    },
  },
  {
    name: 'ebay',
    label: 'eBay',
    kind: 'listings',
    marketplace: 'ebay',
    // Common eBay search scraper columns, then the eBay.de (German) equivalents.
    mapping: {
      listing_id: 'Item number',
      title: 'Title',
      url: 'URL',
      price: 'Price',
      currency: 'Currency',
      seller_name: 'Seller',
      seller_location: 'Item location',
      units_sold: 'Quantity sold',
      image_urls: 'Image URL',
    },
    alternatives: [{ listing_id: 'Artikelnummer', title: 'Titel', url: 'URL', price: 'Preis', currency: 'Währung', seller_name: 'Verkäufer', seller_location: 'Artikelstandort', units_sold: 'Verkaufte Menge', image_urls: 'Bild-URL' }],
  },
  {
    name: 'shopee',
    label: 'Shopee',
    kind: 'listings',
    marketplace: 'shopee',
    // Common Shopee scraper columns in English, then Chinese (Taiwan site), Vietnamese and Indonesian.
    mapping: {
      listing_id: 'Product ID',
      title: 'Product Name',
      url: 'Product Link',
      price: 'Price',
      units_sold: 'Sold',
      seller_id: 'Shop ID',
      seller_name: 'Shop Name',
      seller_location: 'Shop Location',
      image_urls: 'Image',
    },
    alternatives: [
      { listing_id: '商品ID', title: '商品名稱', url: '商品連結', price: '價格', units_sold: '已售出', seller_id: '賣場ID', seller_name: '賣場名稱', seller_location: '出貨地', image_urls: '商品圖片' },
      { listing_id: 'Mã sản phẩm', title: 'Tên sản phẩm', url: 'Link sản phẩm', price: 'Giá', units_sold: 'Đã bán', seller_id: 'Mã shop', seller_name: 'Tên shop', seller_location: 'Vị trí', image_urls: 'Hình ảnh' },
      { listing_id: 'ID Produk', title: 'Nama Produk', url: 'Link Produk', price: 'Harga', units_sold: 'Terjual', seller_id: 'ID Toko', seller_name: 'Nama Toko', seller_location: 'Lokasi', image_urls: 'Gambar' },
    ],
  },
];

export const findBuiltInPreset = (name: string): BuiltInPreset | undefined => BUILT_IN_PRESETS.find((p) => p.name === name);

/** Matches the preset's columns to the file's header (ignoring case, accents and punctuation). */
export function applyPreset(preset: Pick<BuiltInPreset, 'mapping' | 'alternatives'>, headers: readonly string[]): AppliedPreset {
  const byNormalised = new Map<string, string>();
  for (const h of headers) {
    const n = normaliseHeader(h);
    if (!byNormalised.has(n)) byNormalised.set(n, h);
  }
  const present = (column: string | undefined): string | undefined => (column === undefined ? undefined : byNormalised.get(normaliseHeader(column)));

  const variants = [preset.mapping, ...(preset.alternatives ?? [])];
  const score = (v: ColumnMapping) => Object.values(v).filter((c) => present(c) !== undefined).length;
  const best = variants.reduce((a, b) => (score(b) > score(a) ? b : a));

  const mapping: ColumnMapping = {};
  const usedColumns = new Set<string>();
  const missing: string[] = [];
  const missingFields: string[] = [];
  for (const [field, column] of Object.entries(best)) {
    const found = [column, ...variants.map((v) => v[field])].map(present).find((c) => c !== undefined && !usedColumns.has(c));
    if (found === undefined) {
      missing.push(column);
      missingFields.push(field);
    } else {
      mapping[field] = found;
      usedColumns.add(found);
    }
  }
  return { mapping, missing, missingFields };
}
