// Seller clusters as the Sellers page shows them: the shared contacts as evidence, estimated sales in USD,
// which seller heads a cluster, which contacts tie each seller in, and what the filter searches.
import { describe, expect, it } from 'vitest';
import type { SellerCluster } from '../../electron/api/contract';
import { clusterText, clusterTitle, formatEstimatedSales, linkEvidenceParts, linkKinds, sellerLinkKinds } from '../../renderer/src/sellers/clusterPresentation';

const cluster: SellerCluster = {
  id: 15,
  sellers: [
    { id: 15, marketplace: 'alibaba', sellerRef: 'qubaoli2021', name: 'Quanzhou Baoli Trading Co., Ltd.', listings: 0, estimatedSales: 0 },
    { id: 63, marketplace: 'aliexpress', sellerRef: '1102279588', name: 'Trendy Boutique Store', listings: 2, estimatedSales: 1200 },
    { id: 180, marketplace: 'taobao', sellerRef: '369016182', name: '原单包包批发', listings: 1, estimatedSales: 7_750_610.99 },
  ],
  marketplaces: ['alibaba', 'aliexpress', 'taobao'],
  listings: 3,
  estimatedSales: 7_751_810.99,
  links: [
    { kind: 'whatsapp', value: '+86 138 0013 8000', sellerIds: [15, 63, 180] },
    { kind: 'wechat', value: 'HAOFACTORY649X', sellerIds: [63, 180] },
    { kind: 'whatsapp', value: '+86 139 5848 2459', sellerIds: [15, 180] },
  ],
};

describe('linkEvidenceParts', () => {
  it('reads a shared contact as evidence: kind, value and how many sellers share it', () => {
    expect(linkEvidenceParts(cluster.links[0]!)).toEqual({ kind: 'WhatsApp', value: '+86 138 0013 8000', sharedBy: 'shared by 3 sellers' });
    expect(linkEvidenceParts(cluster.links[1]!).sharedBy).toBe('shared by 2 sellers');
  });

  it('shows a contact kind it does not know as stored', () => {
    expect(linkEvidenceParts({ kind: 'line', value: 'lux88', sellerIds: [1, 2] }).kind).toBe('line');
  });
});

describe('formatEstimatedSales', () => {
  it('shows whole dollars with grouping, and a dash when nothing is known', () => {
    expect(formatEstimatedSales(7_750_610.99)).toBe('7,750,611');
    expect(formatEstimatedSales(0)).toBe('—');
  });
});

describe('clusterTitle', () => {
  it('names the cluster after its seller with the largest sales, and counts the others', () => {
    expect(clusterTitle(cluster)).toEqual({ lead: '原单包包批发', more: 2 });
  });

  it('falls back to the most listings, then the reference, when sales and names are missing', () => {
    const quiet = { sellers: [{ ...cluster.sellers[0]! }, { ...cluster.sellers[1]!, name: '', estimatedSales: 0 }] };
    expect(clusterTitle(quiet)).toEqual({ lead: '1102279588', more: 1 });
  });
});

describe('linkKinds and sellerLinkKinds', () => {
  it('names each kind of link once, in the order the links come', () => {
    expect(linkKinds(cluster)).toBe('WhatsApp, WeChat');
  });

  it('lists the contacts that tie one seller into the cluster', () => {
    expect(sellerLinkKinds(15, cluster.links)).toEqual(['WhatsApp']);
    expect(sellerLinkKinds(63, cluster.links)).toEqual(['WhatsApp', 'WeChat']);
    expect(sellerLinkKinds(999, cluster.links)).toEqual([]);
  });
});

describe('clusterText', () => {
  it('lets the filter find a cluster by a shared contact, a seller reference or a marketplace name', () => {
    const text = clusterText(cluster);
    expect(text).toContain('haofactory649x');
    expect(text).toContain('369016182');
    expect(text).toContain('aliexpress');
    expect(text).not.toContain('amazon');
  });
});
