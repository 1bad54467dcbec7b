// How each demo marketplace writes its item numbers, URLs, image links, prices and scraped rows, so the demo's
// listings look like what a brand-protection team actually exports from Alibaba, AliExpress, Taobao, DHgate, Amazon and eBay.
import type { DemoCurrency } from './demoRates';
import type { Random } from './random';
import { mixSeed } from './random';

export const DEMO_MARKETPLACES = ['alibaba', 'aliexpress', 'taobao', 'dhgate', 'amazon', 'ebay'] as const;
export type DemoMarketplace = (typeof DEMO_MARKETPLACES)[number];

const DIGITS = '0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A bijection of [0, modulus): index × multiplier + offset, modulo the modulus. The multiplier is coprime with
 * the modulus, so distinct listings always get distinct item numbers while looking random.
 */
function scramble(index: number, modulus: number, multiplier: number, offset: number): number {
  // index × multiplier stays below 2^53 for up to 10^7 listings, so the arithmetic is exact.
  return (((index % modulus) * multiplier) % modulus + offset) % modulus;
}

let saltSeed = -1;
const salts = new Map<DemoMarketplace, number>();
/** A per-seed, per-marketplace offset for item numbers; remembered for the last seed, as it is asked for per listing. */
function itemNumberSalt(seed: number, marketplace: DemoMarketplace): number {
  if (seed !== saltSeed) {
    salts.clear();
    saltSeed = seed;
  }
  let salt = salts.get(marketplace);
  if (salt === undefined) {
    salt = mixSeed(seed, DEMO_MARKETPLACES.indexOf(marketplace), 0x1d);
    salts.set(marketplace, salt);
  }
  return salt;
}

const base36 = (n: number, width: number): string => n.toString(36).toUpperCase().padStart(width, '0');

/** The marketplace's own item number for the listing at this position in the demo. */
export function demoItemNumber(marketplace: DemoMarketplace, index: number, seed: number): string {
  const offset = (modulus: number) => itemNumberSalt(seed, marketplace) % modulus;
  switch (marketplace) {
    case 'alibaba':
      return `160${String(scramble(index, 1e10, 387_420_489, offset(1e10))).padStart(10, '0')}`;
    case 'aliexpress':
      return `100500${String(scramble(index, 1e10, 387_420_489, offset(1e10))).padStart(10, '0')}`;
    case 'taobao':
      return `6${String(scramble(index, 1e11, 387_420_489, offset(1e11))).padStart(11, '0')}`;
    case 'dhgate':
      return `9${String(scramble(index, 1e8, 387_420_489 % 1e8, offset(1e8))).padStart(8, '0')}`;
    case 'amazon':
      // ASINs: B0 and eight base-36 characters; 5^12 is coprime with 36^8.
      return `B0${base36(scramble(index, 36 ** 8, 244_140_625, offset(36 ** 8)), 8)}`;
    case 'ebay':
      return `3${String(scramble(index, 1e11, 387_420_489, offset(1e11))).padStart(11, '0')}`;
  }
}

const slugs = new Map<string, string>();

/** Lower-case, hyphenated ASCII words for the URL slugs Alibaba and DHgate put before the item number (remembered: few distinct texts). */
export function urlSlug(text: string, separator: '-' | '_' = '-'): string {
  const key = `${separator}${text}`;
  const known = slugs.get(key);
  if (known !== undefined) return known;
  const slug = makeSlug(text, separator);
  if (slugs.size < 10_000) slugs.set(key, slug);
  return slug;
}

function makeSlug(text: string, separator: '-' | '_'): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 10);
  return separator === '_' ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('-') : words.join('-').toLowerCase();
}

/** Which eBay site a listing lives on follows its language and currency. */
export function ebayHost(language: string, currency: DemoCurrency): string {
  if (currency === 'GBP') return 'www.ebay.co.uk';
  if (language === 'de') return 'www.ebay.de';
  if (language === 'fr') return 'www.ebay.fr';
  if (language === 'it') return 'www.ebay.it';
  if (language === 'es' && currency === 'EUR') return 'www.ebay.es';
  return 'www.ebay.com';
}

export function demoListingUrl(marketplace: DemoMarketplace, itemNumber: string, slugSource: string, language: string, currency: DemoCurrency): string {
  switch (marketplace) {
    case 'alibaba':
      return `https://www.alibaba.com/product-detail/${urlSlug(slugSource, '_')}_${itemNumber}.html`;
    case 'aliexpress':
      return `https://www.aliexpress.com/item/${itemNumber}.html`;
    case 'taobao':
      return `https://item.taobao.com/item.htm?id=${itemNumber}`;
    case 'dhgate':
      return `https://www.dhgate.com/product/${urlSlug(slugSource)}/${itemNumber}.html`;
    case 'amazon':
      return `https://www.amazon.com/dp/${itemNumber}`;
    case 'ebay':
      return `https://${ebayHost(language, currency)}/itm/${itemNumber}`;
  }
}

/** A seller's reference on a marketplace (store number, user name or seller id) and its store page. */
export function demoSellerRef(marketplace: DemoMarketplace, random: Random, handle: string): { sellerRef: string; storeUrl: string } {
  switch (marketplace) {
    case 'alibaba':
      return { sellerRef: handle, storeUrl: `https://${handle}.en.alibaba.com` };
    case 'aliexpress': {
      const ref = `110${random.chars(7, DIGITS)}`;
      return { sellerRef: ref, storeUrl: `https://www.aliexpress.com/store/${ref}` };
    }
    case 'taobao': {
      const ref = `${random.int(1, 9)}${random.chars(8, DIGITS)}`;
      return { sellerRef: ref, storeUrl: `https://shop${ref}.taobao.com` };
    }
    case 'dhgate': {
      const ref = `2${random.chars(7, DIGITS)}`;
      return { sellerRef: ref, storeUrl: `https://www.dhgate.com/store/${ref}` };
    }
    case 'amazon': {
      const ref = `A${random.chars(13, UPPER_ALNUM)}`;
      return { sellerRef: ref, storeUrl: `https://www.amazon.com/sp?seller=${ref}` };
    }
    case 'ebay':
      return { sellerRef: handle, storeUrl: `https://www.ebay.com/usr/${handle}` };
  }
}

/** Image links in each marketplace's CDN style; nothing is ever downloaded. */
export function demoImageUrl(marketplace: DemoMarketplace, random: Random, sellerRef: string): string {
  switch (marketplace) {
    case 'alibaba':
      return `https://sc04.alicdn.com/kf/H${random.hex(32)}.jpg`;
    case 'aliexpress':
      return `https://ae01.alicdn.com/kf/S${random.hex(32)}.jpg`;
    case 'taobao':
      return `https://img.alicdn.com/imgextra/i${random.int(1, 4)}/${sellerRef}/O1CN01${random.chars(20, ALNUM)}_!!${sellerRef}.jpg`;
    case 'dhgate':
      return `https://img4.dhresource.com/webp/m/0x0/f3/albu/km/${random.hex(2)}/${random.hex(32)}.jpg`;
    case 'amazon':
      return `https://m.media-amazon.com/images/I/${random.pick(['61', '71', '81'])}${random.chars(9, ALNUM)}._AC_SL1500_.jpg`;
    case 'ebay':
      return `https://i.ebayimg.com/images/g/${random.chars(16, ALNUM)}/s-l1600.jpg`;
  }
}

const SYMBOL: Record<DemoCurrency, string> = { USD: '$', EUR: '€', CNY: '¥', GBP: '£' };

const twoPlaces = (n: number, decimalComma = false) => (decimalComma ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
/** 12,345 style grouping, without Intl (slow when called a million times). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The price exactly as the marketplace's page shows it, for the scraped row. */
export function displayedPrice(marketplace: DemoMarketplace, price: number, priceMax: number | null, currency: DemoCurrency, language: string): string {
  const commaLanguage = ['de', 'fr', 'it', 'es', 'pt', 'tr', 'vi', 'ru'].includes(language);
  switch (marketplace) {
    case 'alibaba':
      return `${currency === 'USD' ? 'US$' : SYMBOL[currency]}${twoPlaces(price)}${priceMax !== null ? `-${twoPlaces(priceMax)}` : ''}`;
    case 'dhgate':
      return `US $${twoPlaces(price)}${priceMax !== null ? ` - ${twoPlaces(priceMax)}` : ''} / Piece`;
    case 'aliexpress':
      return currency === 'USD' ? `US $${twoPlaces(price)}` : `${twoPlaces(price, commaLanguage)} ${SYMBOL[currency]}`;
    case 'taobao':
      return twoPlaces(price);
    case 'amazon':
      return `$${twoPlaces(price)}`;
    case 'ebay':
      if (currency === 'EUR') return `EUR ${twoPlaces(price, true)}`;
      return `${SYMBOL[currency]}${twoPlaces(price)}`;
  }
}

/** The units-sold text as the marketplace shows it. */
export function displayedUnitsSold(marketplace: DemoMarketplace, units: number | null): string | null {
  if (units === null) return null;
  switch (marketplace) {
    case 'alibaba':
      return `${thousands(units)} pieces sold`;
    case 'aliexpress':
      return units >= 10_000 ? '10,000+ sold' : `${thousands(units)} sold`;
    case 'taobao':
      return units >= 100 ? `${Math.floor(units / 100) * 100}+人付款` : `${units}人付款`;
    case 'dhgate':
      return `${thousands(units)} Sold`;
    case 'amazon':
      return units >= 50 ? `${Math.floor(units / 50) * 50}+ bought in past month` : null;
    case 'ebay':
      return `${thousands(units)} sold`;
  }
}

export interface ScrapedFields {
  itemNumber: string;
  url: string;
  title: string;
  description: string;
  brandField: string;
  price: string;
  currency: DemoCurrency;
  sellerName: string;
  sellerRef: string;
  sellerLocation: string;
  /** The location as the marketplace writes it (Taobao writes it in Chinese). */
  sellerLocationShown: string;
  unitsSold: string | null;
  minOrder: number | null;
  imageUrls: string[];
  capturedAt: string;
}

/** The listing as the scraper's export row for that marketplace would hold it: its own column names and formats. */
export function scrapedRow(marketplace: DemoMarketplace, f: ScrapedFields): Record<string, unknown> {
  switch (marketplace) {
    case 'alibaba':
      return {
        'Product ID': f.itemNumber, 'Product Title': f.title, 'Product URL': f.url, 'Price Range': f.price,
        'Min. Order': `${f.minOrder ?? 1} ${f.minOrder === null || f.minOrder === 1 ? 'Piece' : 'Pieces'}`, Supplier: f.sellerName, 'Supplier URL': `https://${f.sellerRef}.en.alibaba.com`,
        'Supplier Location': f.sellerLocation, Sold: f.unitsSold, 'Brand Name': f.brandField, Images: f.imageUrls.join('|'), Crawled: f.capturedAt,
      };
    case 'aliexpress':
      return {
        productId: f.itemNumber, title: f.title, productUrl: f.url, salePrice: f.price, currency: f.currency,
        storeName: f.sellerName, storeId: f.sellerRef, shipFrom: f.sellerLocation, orders: f.unitsSold,
        brandName: f.brandField, imageUrls: f.imageUrls, description: f.description, scrapedAt: f.capturedAt,
      };
    case 'taobao':
      return {
        nid: f.itemNumber, raw_title: f.title, detail_url: f.url, view_price: f.price, nick: f.sellerName,
        user_id: f.sellerRef, item_loc: f.sellerLocationShown, view_sales: f.unitsSold, pic_url: f.imageUrls[0] ?? '',
        pic_urls: f.imageUrls, desc: f.description, crawl_time: f.capturedAt,
      };
    case 'dhgate':
      return {
        itemcode: f.itemNumber, Title: f.title, Link: f.url, Price: f.price, 'Min. Order': f.minOrder ?? 1,
        Seller: f.sellerName, 'Store No.': f.sellerRef, 'Ships From': f.sellerLocation, Sold: f.unitsSold,
        Images: f.imageUrls.join(';'), Description: f.description, Date: f.capturedAt,
      };
    case 'amazon':
      return {
        ASIN: f.itemNumber, Title: f.title, URL: f.url, Price: f.price, Brand: f.brandField, 'Seller Name': f.sellerName,
        'Seller ID': f.sellerRef, 'Ships From': f.sellerLocation, 'Bought In Past Month': f.unitsSold,
        Images: f.imageUrls.join(' '), 'About This Item': f.description, 'Scraped At': f.capturedAt,
      };
    case 'ebay':
      return {
        'Item number': f.itemNumber, Title: f.title, URL: f.url, Price: f.price, Currency: f.currency, Brand: f.brandField,
        Seller: f.sellerName, 'Item location': f.sellerLocation, Sold: f.unitsSold, 'Image URLs': f.imageUrls.join(', '),
        'Item description': f.description, Captured: f.capturedAt,
      };
  }
}
