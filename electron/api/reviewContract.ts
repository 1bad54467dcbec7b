// The contract's review operations (decisions on listings, match corrections, the review queue, the side-by-side
// comparison and a listing's history), spread into `operations` in contract.ts.
import { z } from 'zod';
// contract.ts spreads these operations into its own, so its schemas are reached lazily: read at validation time,
// not while the two modules are still loading.
import { listingCursorSchema, listingFilterSchema, type ListingPage, type ListingStatus } from './contract';
import { id, op } from './operationParts';

const filterSchema = z.lazy(() => listingFilterSchema);
const cursorSchema = z.lazy(() => listingCursorSchema);

/** What a reviewer decides about a listing; "suspect" puts it back among the undecided. */
export const REVIEW_DECISIONS = ['infringing', 'not_infringing', 'suspect'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A decision applies to chosen listings, or to every listing a grid filter matches. */
export const reviewTargetSchema = z.union([
  z.strictObject({ ids: z.array(id).min(1, 'Choose at least one listing.').max(100_000) }),
  z.strictObject({ filter: filterSchema }),
]);
export type ReviewTarget = z.infer<typeof reviewTargetSchema>;

export const reviewDecideSchema = z.strictObject({ target: reviewTargetSchema, decision: z.enum(REVIEW_DECISIONS) });
export const reviewCorrectMatchSchema = z.strictObject({ listingId: id, productId: id.nullable() });
export const reviewListingSchema = z.strictObject({ listingId: id });
export const reviewQueueSchema = z.strictObject({
  /** The grid's filter; its statuses are narrowed to the undecided ones. */
  filter: filterSchema,
  after: cursorSchema.optional(),
  limit: z.number().int().min(1).max(1000),
});
export const reviewAddToCaseSchema = z.strictObject({
  target: reviewTargetSchema,
  /** An open case, or the name of a new one. */
  caseId: id.optional(),
  newCaseName: z.string().trim().min(1, 'A case needs a name.').max(300).optional(),
}).refine((v) => (v.caseId === undefined) !== (v.newCaseName === undefined), 'Choose an existing case or name a new one, not both.');

export interface DecisionSummary {
  /** Listings whose status changed, each with its own custody event. */
  decided: number;
  /** Listings that already had this status. */
  unchanged: number;
  /** Reported or taken-down listings, whose status follows their case and is left alone. */
  locked: number;
}

export interface HistoryEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
  /** The event as a sentence, e.g. "Marked infringing (was suspect)". */
  summary: string;
}

export interface ListingHistory {
  /** The listing's custody events, newest first. */
  events: HistoryEvent[];
  /** Every price it was seen at, newest first. */
  prices: { seenAt: string; price: number | null; priceMax: number | null; currency: string | null }[];
}

export type FieldVerdict = 'match' | 'mismatch' | 'unknown';

export interface ComparisonField {
  key: 'name' | 'brand' | 'price' | 'currency' | 'materials' | 'colourways' | 'gtins' | 'serial' | 'dimensions' | 'weight';
  label: string;
  genuine: string;
  listing: string;
  verdict: FieldVerdict;
  /** Why, in a few words: the finding's sentence on a mismatch, or what matched. */
  note: string;
}

export interface ImageReference {
  evidenceId: number;
  sha256: string;
  originalName: string;
  mediaType: string;
}

export interface ListingComparison {
  listingId: number;
  status: ListingStatus;
  /** The genuine product compared against: the match (or the reviewer's correction); null without one. */
  product: { id: number; sku: string; name: string; brand: string; corrected: boolean; score: number } | null;
  fields: ComparisonField[];
  /** The top candidates, for a one-click correction. */
  candidates: { productId: number; sku: string; name: string; score: number }[];
  /** Stored images only (the evidence store); image addresses are never downloaded. */
  images: { listing: ImageReference[]; official: ImageReference[] };
  /** The match was corrected after the findings were made: `assay score` brings them up to date. */
  findingsStale: boolean;
}

export interface AddedToCase {
  caseId: number;
  caseName: string;
  added: number;
  alreadyInCase: number;
}

export const reviewOperations = {
  'review.decide': op<typeof reviewDecideSchema, DecisionSummary>(reviewDecideSchema),
  'review.correctMatch': op<typeof reviewCorrectMatchSchema, ListingComparison>(reviewCorrectMatchSchema),
  'review.history': op<typeof reviewListingSchema, ListingHistory>(reviewListingSchema),
  'review.comparison': op<typeof reviewListingSchema, ListingComparison>(reviewListingSchema),
  'review.queue': op<typeof reviewQueueSchema, ListingPage & { total: number }>(reviewQueueSchema),
  'review.addToCase': op<typeof reviewAddToCaseSchema, AddedToCase>(reviewAddToCaseSchema),
};
