// The cases' fixed vocabularies, free of zod so the renderer can import them: status moves, outcomes, evidence
// kinds, test-buy conclusions, trademark offices, and the reasons each marketplace accepts a report under.
import type { CaseStatus } from './vocabulary';

export const CASE_OUTCOMES = ['taken_down', 'partly_taken_down', 'rejected', 'relisted'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** What became of one listing after the case was submitted. */
export const LISTING_OUTCOMES = ['taken_down', 'rejected', 'relisted'] as const;
export type ListingOutcome = (typeof LISTING_OUTCOMES)[number];

export const EVIDENCE_KINDS = ['screenshot', 'page_capture', 'photo', 'pdf', 'test_buy_report', 'listing_image', 'official_image', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const TEST_BUY_CONCLUSIONS = ['counterfeit', 'genuine', 'inconclusive'] as const;
export type TestBuyConclusion = (typeof TEST_BUY_CONCLUSIONS)[number];

export const TRADEMARK_KINDS = ['word', 'figurative', 'combined'] as const;
export type TrademarkKind = (typeof TRADEMARK_KINDS)[number];

/** Offices a registration is commonly held at; others are accepted as written. */
export const TRADEMARK_OFFICES = ['USPTO', 'EUIPO', 'WIPO', 'UKIPO', 'CNIPA', 'JPO', 'KIPO', 'INPI', 'DPMA', 'CIPO', 'IP Australia'] as const;

/**
 * The moves a case may make. Back one step is allowed before submission (a reviewer sends a case back);
 * a submitted case can only be resolved, and a resolved one reopened for review (a listing came back).
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  draft: ['in_review'],
  in_review: ['draft', 'ready'],
  ready: ['in_review', 'submitted'],
  submitted: ['resolved'],
  resolved: ['in_review'],
};

export const canMoveCase = (from: CaseStatus, to: CaseStatus): boolean => CASE_TRANSITIONS[from].includes(to);

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  ready: 'Ready',
  submitted: 'Submitted',
  resolved: 'Resolved',
};

export const CASE_OUTCOME_LABELS: Readonly<Record<CaseOutcome, string>> = {
  taken_down: 'Taken down',
  partly_taken_down: 'Partly taken down',
  rejected: 'Rejected',
  relisted: 'Relisted',
};

/** The kind of right a report rests on; each platform reason maps to one, so a reason can be asked for by kind. */
export const IP_KINDS = ['counterfeit', 'trademark', 'copyright', 'patent'] as const;
export type IpKind = (typeof IP_KINDS)[number];

/** The report channels; several marketplaces share one (Alibaba IPP covers AliExpress, Taobao, Tmall and 1688). */
export const REPORT_CHANNELS = ['alibaba_ipp', 'amazon', 'ebay_vero', 'dhgate', 'shopee', 'other'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export interface PlatformReason {
  /** Stored in case_listing.reason: the channel and the platform's own code, e.g. "ebay_vero:1.1". */
  code: string;
  channel: ReportChannel;
  /** What the platform calls it on its form (eBay's reason code, Amazon's IP type). */
  platformCode: string;
  kind: IpKind;
  label: string;
}

const reason = (channel: ReportChannel, platformCode: string, kind: IpKind, label: string): PlatformReason => ({ code: `${channel}:${platformCode}`, channel, platformCode, kind, label });

export const PLATFORM_REASONS: readonly PlatformReason[] = [
  reason('alibaba_ipp', 'counterfeit', 'counterfeit', 'Counterfeit goods (trademark)'),
  reason('alibaba_ipp', 'trademark', 'trademark', 'Trademark infringement (unauthorised use of the mark)'),
  reason('alibaba_ipp', 'copyright', 'copyright', 'Copyright infringement (images or text)'),
  reason('alibaba_ipp', 'patent', 'patent', 'Patent infringement'),
  reason('ebay_vero', '1.1', 'counterfeit', '1.1 Trademark – item is a counterfeit product'),
  reason('ebay_vero', '1.2', 'trademark', '1.2 Trademark – listing uses the mark in an infringing way'),
  reason('ebay_vero', '2.1', 'copyright', '2.1 Copyright – listing uses an unauthorised copy of our image or text'),
  reason('ebay_vero', '3.1', 'patent', '3.1 Patent – item infringes a patent'),
  reason('amazon', 'counterfeit', 'counterfeit', 'Trademark – counterfeit product'),
  reason('amazon', 'trademark', 'trademark', 'Trademark – use of the mark on a listing'),
  reason('amazon', 'copyright', 'copyright', 'Copyright'),
  reason('amazon', 'patent', 'patent', 'Patent'),
  reason('dhgate', 'counterfeit', 'counterfeit', 'Counterfeit (IPR complaint)'),
  reason('dhgate', 'trademark', 'trademark', 'Trademark infringement (IPR complaint)'),
  reason('dhgate', 'copyright', 'copyright', 'Copyright infringement (IPR complaint)'),
  reason('dhgate', 'patent', 'patent', 'Patent infringement (IPR complaint)'),
  reason('shopee', 'counterfeit', 'counterfeit', 'Counterfeit'),
  reason('shopee', 'trademark', 'trademark', 'Trademark infringement'),
  reason('shopee', 'copyright', 'copyright', 'Copyright infringement'),
  reason('other', 'counterfeit', 'counterfeit', 'Counterfeit'),
  reason('other', 'trademark', 'trademark', 'Trademark infringement'),
  reason('other', 'copyright', 'copyright', 'Copyright infringement'),
  reason('other', 'patent', 'patent', 'Patent infringement'),
];

const CHANNEL_OF_MARKETPLACE: Readonly<Record<string, ReportChannel>> = {
  alibaba: 'alibaba_ipp',
  aliexpress: 'alibaba_ipp',
  taobao: 'alibaba_ipp',
  tmall: 'alibaba_ipp',
  '1688': 'alibaba_ipp',
  amazon: 'amazon',
  ebay: 'ebay_vero',
  dhgate: 'dhgate',
  shopee: 'shopee',
};

/** Where a listing on this marketplace is reported. */
export const reportChannel = (marketplace: string): ReportChannel => CHANNEL_OF_MARKETPLACE[marketplace.toLowerCase()] ?? 'other';

/** The reasons a listing on this marketplace can be reported under, the usual one (counterfeit) first. */
export const reasonsForMarketplace = (marketplace: string): PlatformReason[] => {
  const channel = reportChannel(marketplace);
  return PLATFORM_REASONS.filter((r) => r.channel === channel);
};

export const platformReason = (code: string): PlatformReason | null => PLATFORM_REASONS.find((r) => r.code === code) ?? null;

/**
 * The reason code for a listing on this marketplace, from a code or a kind ("counterfeit"); null when it does
 * not fit (an eBay code for an Amazon listing). Without a reason, the marketplace's counterfeit reason.
 */
export function resolvePlatformReason(marketplace: string, wanted: string | undefined | null): PlatformReason | null {
  const options = reasonsForMarketplace(marketplace);
  if (!wanted) return options[0] ?? null;
  return options.find((r) => r.code === wanted) ?? options.find((r) => r.kind === wanted) ?? options.find((r) => r.platformCode === wanted) ?? null;
}

/** A stored reason as a person reads it; reasons written before the vocabulary (free text) show as written. */
export const reasonLabel = (code: string): string => platformReason(code)?.label ?? code;
