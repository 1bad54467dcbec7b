import { describe, expect, it } from 'vitest';
import { deriveListingIdentity, listingIdFromUrl, marketplaceFromUrl, normaliseUrl } from '../../electron/core/imports/values/listingIdentity';
import { normaliseMarketplace } from '../../electron/core/imports/values/marketplaceNames';

describe('listingIdFromUrl and marketplaceFromUrl', () => {
  it.each([
    ['https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist', 'aliexpress', '1005006123456789'],
    ['https://aliexpress.us/item/1005006123456789.html', 'aliexpress', '1005006123456789'],
    ['https://m.aliexpress.com/i/1005006123456789.html', 'aliexpress', '1005006123456789'],
    ['https://www.alibaba.com/product-detail/Wholesale-Leather-Tote-Bag_1601234567890.html?spm=a2700', 'alibaba', '1601234567890'],
    ['https://item.taobao.com/item.htm?spm=a230r.1.14.1&id=612345678901&ns=1', 'taobao', '612345678901'],
    ['https://detail.tmall.com/item.htm?id=612345678902', 'tmall', '612345678902'],
    ['https://detail.1688.com/offer/623456789012.html', '1688', '623456789012'],
    ['https://www.dhgate.com/product/2024-new-designer-bag/912345678.html#s1-0-1', 'dhgate', '912345678'],
    ['https://www.amazon.com/Some-Product-Title/dp/B0C1234XYZ/ref=sr_1_1?keywords=bag', 'amazon', 'B0C1234XYZ'],
    ['https://www.amazon.co.uk/gp/product/b0c1234xyz?psc=1', 'amazon', 'B0C1234XYZ'],
    ['https://amazon.de/dp/B0C1234XYZ', 'amazon', 'B0C1234XYZ'],
    ['https://www.amazon.co.jp/dp/B0C1234XYZ', 'amazon', 'B0C1234XYZ'],
    ['https://www.ebay.com/itm/123456789012', 'ebay', '123456789012'],
    ['https://www.ebay.co.uk/itm/designer-tote-bag/123456789012?hash=item1', 'ebay', '123456789012'],
    ['https://shopee.sg/Designer-Tote-Bag-i.123456.7890123456', 'shopee', '123456.7890123456'],
    ['https://shopee.co.id/product/123456/7890123456?smtt=0.0.9', 'shopee', '123456.7890123456'],
    ['https://shopee.vn/Túi-xách-i.123456.7890123456?sp_atk=abc', 'shopee', '123456.7890123456'],
  ])('reads %s as %s listing %s', (url, marketplace, id) => {
    expect(marketplaceFromUrl(url)).toBe(marketplace);
    expect(listingIdFromUrl(url)).toBe(id);
  });

  it('reads an address written without its scheme', () => {
    expect(marketplaceFromUrl('www.ebay.de/itm/123456789012')).toBe('ebay');
    expect(listingIdFromUrl('www.ebay.de/itm/123456789012')).toBe('123456789012');
  });

  it('does not take a look-alike host for a marketplace', () => {
    expect(marketplaceFromUrl('https://amazon.evil-shop.com/dp/B0C1234XYZ')).toBeNull();
    expect(marketplaceFromUrl('https://myamazon.com/dp/B0C1234XYZ')).toBeNull();
    expect(marketplaceFromUrl('https://shop.example.com/item/1')).toBeNull();
  });

  it('finds no id in a marketplace address that is not a listing', () => {
    expect(listingIdFromUrl('https://www.aliexpress.com/store/1234567')).toBeNull();
    expect(listingIdFromUrl('https://www.amazon.com/s?k=bag')).toBeNull();
  });

  it('uses the given marketplace’s pattern for an address on a host it does not know', () => {
    expect(listingIdFromUrl('https://mirror.example/item/1005006123456789.html', 'AliExpress')).toBe('1005006123456789');
  });
});

describe('normaliseUrl', () => {
  it('lower-cases scheme and host, drops www., the fragment and a trailing slash', () => {
    expect(normaliseUrl('HTTPS://WWW.Example.COM/Shop/Item/#reviews')).toBe('https://example.com/Shop/Item');
  });

  it('drops tracking parameters and sorts the rest', () => {
    expect(normaliseUrl('https://shop.example.com/p?z=1&utm_source=x&utm_medium=y&spm=a.b&a=2&gclid=g&fbclid=f&srsltid=s&_trkparms=t&ref=r&algo_pvid=p&scm=1&pvid=2')).toBe('https://shop.example.com/p?a=2&z=1');
  });

  it('keeps the identifying parameters, such as Taobao’s id', () => {
    expect(normaliseUrl('https://item.taobao.com/item.htm?spm=a1&id=612345678901&ali_trackid=2')).toBe('https://item.taobao.com/item.htm?id=612345678901');
  });

  it('treats http and https, and an address without a scheme, as the same address', () => {
    expect(normaliseUrl('http://example.com/a/')).toBe('https://example.com/a');
    expect(normaliseUrl('example.com/a')).toBe('https://example.com/a');
  });

  it('returns null for text that is not a web address', () => {
    expect(normaliseUrl('not a url')).toBeNull();
    expect(normaliseUrl('')).toBeNull();
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('localhost/x')).toBeNull();
  });
});

describe('normaliseMarketplace', () => {
  it('uses Assay’s ids where they exist and lower-case slugs otherwise', () => {
    expect(normaliseMarketplace('AliExpress')).toBe('aliexpress');
    expect(normaliseMarketplace('Ali Express')).toBe('aliexpress');
    expect(normaliseMarketplace('淘宝')).toBe('taobao');
    expect(normaliseMarketplace('Tmall')).toBe('tmall');
    expect(normaliseMarketplace('天猫')).toBe('tmall');
    expect(normaliseMarketplace('amazon.co.uk')).toBe('amazon');
    expect(normaliseMarketplace('https://www.ebay.de')).toBe('ebay');
    expect(normaliseMarketplace('DHgate')).toBe('dhgate');
    expect(normaliseMarketplace('蝦皮')).toBe('shopee');
    expect(normaliseMarketplace('Mercado Libre')).toBe('mercado-libre');
    expect(normaliseMarketplace('  ')).toBeNull();
  });
});

describe('deriveListingIdentity', () => {
  it('prefers an explicit listing id to the one in the URL', () => {
    expect(deriveListingIdentity({ listingId: ' 111 ', url: 'https://www.ebay.com/itm/123456789012', marketplace: 'ebay' })).toEqual({ ok: true, marketplace: 'ebay', listingId: '111' });
  });

  it('reads the id and the marketplace from the URL when the row has neither', () => {
    expect(deriveListingIdentity({ url: 'https://www.aliexpress.com/item/1005006123456789.html?spm=abc' })).toEqual({ ok: true, marketplace: 'aliexpress', listingId: '1005006123456789' });
  });

  it('takes the marketplace from the row or file before the URL’s host, normalised', () => {
    expect(deriveListingIdentity({ listingId: '9', marketplace: 'Tmall' })).toEqual({ ok: true, marketplace: 'tmall', listingId: '9' });
    expect(deriveListingIdentity({ url: 'https://detail.tmall.com/item.htm?id=612345678902', marketplace: 'taobao' })).toEqual({ ok: true, marketplace: 'taobao', listingId: '612345678902' });
  });

  it('falls back to the normalised URL as the id when no pattern matches', () => {
    expect(deriveListingIdentity({ url: 'https://www.shop.example.com/bags/tote/?utm_source=x', marketplace: 'own-site' })).toEqual({ ok: true, marketplace: 'own-site', listingId: 'https://shop.example.com/bags/tote' });
  });

  it('says what is missing when the row cannot be identified', () => {
    expect(deriveListingIdentity({ marketplace: 'ebay' })).toEqual({ ok: false, reason: 'it has neither a listing id nor a URL, so the listing cannot be identified.' });
    expect(deriveListingIdentity({ listingId: '', url: '' })).toEqual({ ok: false, reason: 'it has no listing id, no URL and no marketplace, so the listing cannot be identified.' });
    expect(deriveListingIdentity({ listingId: '12' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^it names no marketplace and has no URL/) });
    expect(deriveListingIdentity({ url: 'https://shop.example.com/p/1' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^it names no marketplace, and shop\.example\.com is not a marketplace Assay recognises/) });
    expect(deriveListingIdentity({ url: 'see photo', marketplace: 'ebay' })).toEqual({ ok: false, reason: 'the URL "see photo" is not a web address, and there is no listing id.' });
  });
});
