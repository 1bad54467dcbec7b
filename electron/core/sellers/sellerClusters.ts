// The Sellers page's clusters: groups of seller accounts linked by shared contacts, with their marketplaces,
// listings and estimated sales, largest first.
import type Database from 'better-sqlite3';
import type { SellerCluster } from '../../api/contract';
import { sellerContactKeys, sellerListingStats } from '../db/catalogRepository';
import { clusterSellers } from './clusterSellers';

export function sellerClusters(db: Database.Database): SellerCluster[] {
  const stats = sellerListingStats(db);
  return clusterSellers(sellerContactKeys(db))
    .map((group) => {
      const sellers = group.sellerIds.map((id) => ({ id, ...stats.get(id)! }));
      return {
        id: group.sellerIds[0]!,
        sellers,
        marketplaces: [...new Set(sellers.map((s) => s.marketplace))].sort(),
        listings: sellers.reduce((n, s) => n + s.listings, 0),
        estimatedSales: Math.round(sellers.reduce((n, s) => n + s.estimatedSales, 0) * 100) / 100,
        links: group.links,
      };
    })
    .sort((a, b) => b.estimatedSales - a.estimatedSales || b.listings - a.listings);
}
