// How a case's parts read on screen: the moves a case can make as button labels, reasons as the platform
// names them, outcomes, and the custody log's actions as sentences. Pure, so it is tested without a window.
import {
  CASE_OUTCOME_LABELS,
  CASE_TRANSITIONS,
  PLATFORM_REASONS,
  reasonLabel,
  reasonsForMarketplace,
  reportChannel,
  type CaseOutcome,
  type ListingOutcome,
} from '../../../electron/api/caseVocabulary';
import type { CaseStatus } from '../../../electron/api/vocabulary';

export interface CaseMove {
  to: CaseStatus;
  label: string;
  /** A move back (sending a case back for more work) rather than forward. */
  back: boolean;
}

const ORDER: readonly CaseStatus[] = ['draft', 'in_review', 'ready', 'submitted', 'resolved'];

const MOVE_LABEL: Record<CaseStatus, string> = {
  draft: 'Back to draft',
  in_review: 'Send for review',
  ready: 'Mark ready',
  submitted: 'Mark submitted',
  resolved: 'Resolve…',
};

/** The buttons a case in this status shows, forward moves first. */
export function caseMoves(status: CaseStatus): CaseMove[] {
  const moves = CASE_TRANSITIONS[status].map((to) => {
    const back = ORDER.indexOf(to) < ORDER.indexOf(status);
    const label = status === 'resolved' && to === 'in_review' ? 'Reopen for review' : back && to === 'in_review' ? 'Back to review' : MOVE_LABEL[to];
    return { to, label, back };
  });
  return [...moves.filter((m) => !m.back), ...moves.filter((m) => m.back)];
}

export const caseOutcomeLabel = (outcome: string | null): string => (outcome ? (CASE_OUTCOME_LABELS[outcome as CaseOutcome] ?? outcome) : '');

const LISTING_OUTCOME_LABELS: Record<ListingOutcome, string> = { taken_down: 'Taken down', rejected: 'Rejected', relisted: 'Relisted' };
export const listingOutcomeLabel = (outcome: string | null): string => (outcome ? (LISTING_OUTCOME_LABELS[outcome as ListingOutcome] ?? outcome) : 'Pending');

/** The reasons to offer for a listing: its marketplace's, plus the stored one when it predates the vocabulary. */
export function reasonOptions(marketplace: string, current: string): { value: string; label: string }[] {
  const options = reasonsForMarketplace(marketplace).map((r) => ({ value: r.code, label: r.label }));
  if (current && !options.some((o) => o.value === current)) options.unshift({ value: current, label: reasonLabel(current) });
  return options;
}

const CHANNEL_NAMES: Record<string, string> = { alibaba_ipp: 'Alibaba IPP', amazon: 'Amazon', ebay_vero: 'eBay VeRO', dhgate: 'DHgate', shopee: 'Shopee', other: 'Other' };
export const reportChannelName = (marketplace: string): string => CHANNEL_NAMES[reportChannel(marketplace)] ?? marketplace;

/** The kinds of reason every marketplace has, for "add listings as…". */
export const REASON_KINDS = [...new Set(PLATFORM_REASONS.map((r) => r.kind))];

const ACTIONS: Record<string, string> = {
  'case.created': 'Case opened',
  'case.listings_added': 'Listings added',
  'case.listings_removed': 'Listings removed',
  'case.listing_reason_changed': 'Reason changed',
  'case.listing_outcome': 'Listing outcome recorded',
  'case.status_changed': 'Status changed',
  'case.submitted': 'Submitted',
  'evidence.added': 'Evidence added',
  'evidence.redacted': 'Redaction added',
  'test_buy.recorded': 'Test buy recorded',
  'case.exported': 'Exported for another workstation',
  'case.imported': 'Imported from another workstation',
};

/** One custody event as a line of the case's history. */
export function describeCustodyEvent(action: string, details: Record<string, unknown>): string {
  const title = ACTIONS[action] ?? action;
  const count = typeof details.count === 'number' ? details.count : null;
  switch (action) {
    case 'case.status_changed':
      return `${title}: ${String(details.from)} → ${String(details.to)}${details.outcome ? ` (${caseOutcomeLabel(String(details.outcome))})` : ''}`;
    case 'case.listings_added':
    case 'case.listings_removed':
      return count === null ? title : `${title}: ${count}`;
    case 'case.listing_reason_changed':
      return `${title} for listing ${String(details.listingId)}: ${reasonLabel(String(details.to))}`;
    case 'case.listing_outcome':
      return `${title} for listing ${String(details.listingId)}: ${listingOutcomeLabel((details.outcome as string | null) ?? null)}`;
    case 'evidence.added':
    case 'evidence.redacted':
      return `${title}: ${String(details.originalName ?? '')}`;
    case 'test_buy.recorded':
      return `${title}: order ${String(details.orderNumber ?? '')}`;
    case 'case.exported':
      return `${title}: ${String(details.out ?? '').split(/[\\/]/).pop() ?? ''}`;
    case 'case.imported':
      return `${title}${details.caseCreated === false ? ' (merged)' : ''}, signed by key ${String(details.senderFingerprint ?? '').slice(0, 12)}…`;
    default:
      return title;
  }
}

/** "3f2a9c…e01b": a hash short enough for a table, with the whole one a click away. */
export const shortHash = (sha256: string): string => `${sha256.slice(0, 10)}…${sha256.slice(-6)}`;
