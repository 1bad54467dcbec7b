// The contract's fixed vocabularies, kept free of zod so the renderer can import them without loading it
// (zod probes for eval at start-up, which the renderer's strict CSP refuses).

export const MARKETPLACES = ['alibaba', 'aliexpress', 'taobao', 'dhgate', 'amazon', 'ebay', 'shopee'] as const;
export const LISTING_STATUSES = ['new', 'suspect', 'infringing', 'not_infringing', 'reported', 'taken_down'] as const;
export const CASE_STATUSES = ['draft', 'in_review', 'ready', 'submitted', 'resolved'] as const;
export const LISTING_SORT_COLUMNS = ['title', 'price', 'marketplace', 'seller_name', 'last_seen', 'status', 'risk'] as const;

export type ListingStatus = (typeof LISTING_STATUSES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ListingSortColumn = (typeof LISTING_SORT_COLUMNS)[number];

/** Risk bands, shared by `assay score`'s summary and every screen: high from 60, medium from 30, low below. */
export const HIGH_RISK_FROM = 60;
export const MEDIUM_RISK_FROM = 30;
