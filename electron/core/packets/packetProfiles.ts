// The platform profiles a takedown packet can be exported for: which marketplaces each covers, how its link
// lists are batched, and how its listings are grouped into notices (one IP type, one reason code per page).
import type { PacketListing } from './packetCase';

export const PACKET_PROFILES = ['alibaba', 'amazon', 'ebay', 'dhgate', 'dmca', 'lumen'] as const;
export type PacketProfileId = (typeof PACKET_PROFILES)[number];

export interface PacketProfile {
  id: PacketProfileId;
  label: string;
  /** The platform the notice is addressed to. */
  recipient: string;
  /** Marketplaces whose listings go into this profile's packet; null for every marketplace. */
  marketplaces: readonly string[] | null;
  /** Most links one complaint (one link file) may carry. */
  linksPerBatch: number;
  /** Whether a listing without a URL may stand in the link list by its item number (ASIN, eBay item number). */
  itemNumbersInLinks: boolean;
  /** The group a listing's notice section belongs to (an IP type, a reason code); one group for most profiles. */
  groupOf(listing: PacketListing): string;
}

const oneGroup = () => 'all';

/** Amazon takes one IP type per notice: counterfeit, trademark, copyright or patent, read from the case's reason. */
export function amazonIpType(reason: string): string {
  const r = reason.toLowerCase();
  if (r.includes('copyright')) return 'Copyright';
  if (r.includes('patent')) return 'Patent';
  if (r.includes('counterfeit')) return 'Counterfeit';
  return 'Trademark';
}

/** eBay VeRO reason codes as written in a case's reason ("eBay VeRO 1.1 Counterfeit" → 1.1); a bare counterfeit reason is 1.1. */
export function ebayReasonCode(reason: string): string | null {
  const code = /\b(\d{1,2}\.\d{1,2})\b/.exec(reason)?.[1];
  if (code) return code;
  return /counterfeit/i.test(reason) ? '1.1' : null;
}

export const EBAY_REASON_LABELS: Record<string, string> = {
  '1.1': 'Trademark – the item is a counterfeit product',
  '1.2': 'Trademark – unlawful comparison to the brand name',
  '1.3': 'Trademark – unlawful use of the logo',
  '1.4': 'Trademark – unlawful use of the trademark in the listing',
  '2.1': 'Copyright – unlawful copy of the item',
  '2.2': 'Copyright – unauthorised copy of text',
  '2.3': 'Copyright – unauthorised copy of images',
};

export const PROFILES: Record<PacketProfileId, PacketProfile> = {
  alibaba: {
    id: 'alibaba',
    label: 'Alibaba IPP (Alibaba.com, AliExpress, Taobao, Tmall, 1688)',
    recipient: 'Alibaba Group Intellectual Property Protection (IPP) Platform',
    marketplaces: ['alibaba', 'aliexpress', 'taobao', 'tmall', '1688'],
    linksPerBatch: 300,
    itemNumbersInLinks: false,
    groupOf: oneGroup,
  },
  amazon: {
    id: 'amazon',
    label: 'Amazon Report Infringement',
    recipient: 'Amazon Brand Protection – Report Infringement',
    marketplaces: ['amazon'],
    linksPerBatch: 1000,
    itemNumbersInLinks: true,
    groupOf: (l) => amazonIpType(l.reason),
  },
  ebay: {
    id: 'ebay',
    label: 'eBay VeRO Notice of Claimed Infringement',
    recipient: 'eBay Verified Rights Owner (VeRO) Program',
    marketplaces: ['ebay'],
    linksPerBatch: 1000,
    itemNumbersInLinks: true,
    groupOf: (l) => ebayReasonCode(l.reason) ?? 'none',
  },
  dhgate: {
    id: 'dhgate',
    label: 'DHgate IPR complaint',
    recipient: 'DHgate Intellectual Property Rights Protection',
    marketplaces: ['dhgate'],
    linksPerBatch: 1000,
    itemNumbersInLinks: false,
    groupOf: oneGroup,
  },
  dmca: {
    id: 'dmca',
    label: 'DMCA notice, 17 U.S.C. 512(c)(3)',
    recipient: 'Designated agent of the service provider',
    marketplaces: null,
    linksPerBatch: 1000,
    itemNumbersInLinks: false,
    groupOf: oneGroup,
  },
  lumen: {
    id: 'lumen',
    label: 'Lumen database notice (JSON)',
    recipient: 'Service provider, copied to the Lumen database',
    marketplaces: null,
    linksPerBatch: 1000,
    itemNumbersInLinks: false,
    groupOf: (l) => (/counterfeit/i.test(l.reason) || l.reason === '' ? 'Counterfeit' : 'Trademark'),
  },
};

export const isPacketProfileId = (v: unknown): v is PacketProfileId => typeof v === 'string' && (PACKET_PROFILES as readonly string[]).includes(v);
