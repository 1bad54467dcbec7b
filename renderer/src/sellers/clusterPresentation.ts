// How a seller cluster reads on the Sellers page: the shared contacts as evidence ("WhatsApp +86 138… shared by
// 3 sellers"), the estimated sales in USD, and the text a filter searches. Pure, so it is tested without a window.
import type { SellerCluster } from '../../../electron/api/contract';
import { contactKindLabel } from '../format/contactKinds';
import { marketplaceName } from '../format/marketplaceNames';
import { countOf, formatCount } from '../format/numberFormat';

export type ClusterLink = SellerCluster['links'][number];
export type ClusterSeller = SellerCluster['sellers'][number];

/** An evidence line in three parts, "WhatsApp" "+86 138 0000 0000" "shared by 3 sellers", so the contact can be set in monospace. */
export function linkEvidenceParts(link: ClusterLink): { kind: string; value: string; sharedBy: string } {
  return { kind: contactKindLabel(link.kind), value: link.value, sharedBy: `shared by ${countOf(link.sellerIds.length, 'seller')}` };
}

/** Estimated sales in whole US dollars, for a column headed "(USD)": "7,750,611"; "—" when no listing has units and a price. */
export function formatEstimatedSales(usd: number): string {
  return usd > 0 ? formatCount(Math.round(usd)) : '—';
}

/** The kinds of contact that link a cluster, each once, in first-seen order: "Phone, WeChat". */
export function linkKinds(cluster: Pick<SellerCluster, 'links'>): string {
  return [...new Set(cluster.links.map((l) => contactKindLabel(l.kind)))].join(', ');
}

/** The cluster's name on screen: the seller with the largest sales (else the most listings), and how many more. */
export function clusterTitle(cluster: Pick<SellerCluster, 'sellers'>): { lead: string; more: number } {
  const ranked = [...cluster.sellers].sort((a, b) => b.estimatedSales - a.estimatedSales || b.listings - a.listings || a.id - b.id);
  const lead = ranked[0];
  return { lead: lead ? lead.name || lead.sellerRef || `Seller ${lead.id}` : '—', more: Math.max(0, cluster.sellers.length - 1) };
}

/** The contacts (evidence) that tie one seller into its cluster, as "Phone", "WeChat"… labels. */
export function sellerLinkKinds(sellerId: number, links: readonly ClusterLink[]): string[] {
  return [...new Set(links.filter((l) => l.sellerIds.includes(sellerId)).map((l) => contactKindLabel(l.kind)))];
}

/** Everything a person might type to find a cluster: seller names, references, marketplaces and shared contacts. */
export function clusterText(cluster: SellerCluster): string {
  return [
    ...cluster.sellers.flatMap((s) => [s.name, s.sellerRef, marketplaceName(s.marketplace)]),
    ...cluster.links.map((l) => l.value),
  ]
    .join('\n')
    .toLowerCase();
}
