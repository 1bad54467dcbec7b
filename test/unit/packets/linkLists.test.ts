// Link lists in the platform's batch sizes, and the groups each profile's notices take.
import { describe, expect, it } from 'vitest';
import { linkLists } from '../../../electron/core/packets/linkLists';
import type { PacketListing } from '../../../electron/core/packets/packetCase';
import { amazonIpType, ebayReasonCode, PROFILES } from '../../../electron/core/packets/packetProfiles';

const listing = (i: number, over: Partial<PacketListing> = {}): PacketListing => ({
  id: i,
  marketplace: 'aliexpress',
  listingId: String(5000 + i),
  url: `https://www.aliexpress.com/item/${5000 + i}.html`,
  title: `Listing ${i}`,
  brand: '',
  price: null,
  currency: null,
  sellerName: '',
  sellerRef: null,
  sellerLocation: '',
  capturedAt: null,
  reason: 'Counterfeit',
  productId: null,
  findings: [],
  ...over,
});

describe('link lists', () => {
  it('splits 301 Alibaba links into a file of 300 and a file of 1, one link a line', () => {
    const files = linkLists([{ key: 'all', listings: Array.from({ length: 301 }, (_, i) => listing(i)) }], PROFILES.alibaba);
    expect(files.map((f) => [f.path, f.links])).toEqual([
      ['links/links-001.txt', 300],
      ['links/links-001.csv', 300],
      ['links/links-002.txt', 1],
      ['links/links-002.csv', 1],
    ]);
    expect(files[0]!.text.split('\n')).toHaveLength(301);
    expect(files[2]!.text).toBe('https://www.aliexpress.com/item/5300.html\n');
  });

  it('puts an ASIN in the Amazon list for a listing without a URL, and leaves it out of a URL-only list', () => {
    const noUrl = [{ key: 'Counterfeit', listings: [listing(1, { url: '', marketplace: 'amazon', listingId: 'B0TEST1234' })] }];
    expect(linkLists(noUrl, PROFILES.amazon)[0]!.text).toBe('B0TEST1234\n');
    expect(linkLists(noUrl, PROFILES.dhgate)[0]!.text).toBe('');
  });

  it('reads eBay reason codes and Amazon IP types from the case reason', () => {
    expect(ebayReasonCode('eBay VeRO 1.1 Counterfeit')).toBe('1.1');
    expect(ebayReasonCode('2.3 images copied')).toBe('2.3');
    expect(ebayReasonCode('counterfeit goods')).toBe('1.1');
    expect(ebayReasonCode('looks odd')).toBeNull();
    expect(amazonIpType('Counterfeit (Amazon Report Infringement)')).toBe('Counterfeit');
    expect(amazonIpType('Copyright: photos')).toBe('Copyright');
    expect(amazonIpType('Trademark use in title')).toBe('Trademark');
  });
});
