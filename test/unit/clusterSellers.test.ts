import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { clusterSellers } from '../../electron/core/sellers/clusterSellers';
import { sellerClusters } from '../../electron/core/sellers/sellerClusters';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const c = (sellerId: number, kind: string, normalised: string) => ({ sellerId, kind, normalised, value: normalised });

describe('grouping sellers by shared contacts', () => {
  it('links sellers transitively: A and B share a phone, B and C an e-mail', () => {
    const groups = clusterSellers([c(1, 'phone', '+8613800000001'), c(2, 'phone', '+8613800000001'), c(2, 'email', 'x@y.example'), c(3, 'email', 'x@y.example'), c(4, 'wechat', 'alone')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sellerIds).toEqual([1, 2, 3]);
    expect(groups[0]!.links.map((l) => `${l.kind}:${l.sellerIds.join(',')}`)).toEqual(['email:2,3', 'phone:1,2']);
  });

  it('keeps the same value under different kinds apart', () => {
    expect(clusterSellers([c(1, 'wechat', 'abc123'), c(2, 'telegram', 'abc123')])).toEqual([]);
  });

  it('returns nothing for sellers that share nothing, or for no contacts at all', () => {
    expect(clusterSellers([c(1, 'phone', '+1'), c(2, 'phone', '+2')])).toEqual([]);
    expect(clusterSellers([])).toEqual([]);
  });

  it('finds the demo’s seller groups across marketplaces, largest estimated sales first', () => {
    const db = path.join(tempDir(), 'clusters.db');
    expect(runAssay(['demo', '--db', db, '--listings', '2000']).code).toBe(0);
    const ws = openWorkspace(db);
    try {
      const clusters = sellerClusters(ws.db);
      expect(clusters.length).toBeGreaterThan(5);
      expect(clusters.some((cl) => cl.marketplaces.length > 1)).toBe(true);
      for (const cl of clusters) {
        expect(cl.sellers.length).toBeGreaterThan(1);
        expect(cl.links.length).toBeGreaterThan(0);
        expect(cl.listings).toBe(cl.sellers.reduce((n, s) => n + s.listings, 0));
      }
      const sales = clusters.map((cl) => cl.estimatedSales);
      expect(sales).toEqual([...sales].sort((a, b) => b - a));
    } finally {
      ws.close();
    }
  });
});
