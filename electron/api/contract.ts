// The contract between the renderer and the Node side: every operation and event, declared once.
// Both transports (Electron IPC in preload/main, HTTP+SSE in web/) and the renderer's client are typed from it.
import { z } from 'zod';

import { LISTING_SORT_COLUMNS, LISTING_STATUSES, type CaseStatus, type ListingStatus } from './vocabulary';

export * from './vocabulary';

/* ---------- inputs ---------- */

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);

export const listingFilterSchema = z.strictObject({
  query: text(500).default(''),
  marketplaces: z.array(text(40)).max(20).default([]),
  statuses: z.array(z.enum(LISTING_STATUSES)).max(LISTING_STATUSES.length).default([]),
});
export type ListingFilter = z.infer<typeof listingFilterSchema>;

export const listingSortSchema = z.strictObject({
  column: z.enum(LISTING_SORT_COLUMNS),
  direction: z.enum(['asc', 'desc']),
});
export type ListingSort = z.infer<typeof listingSortSchema>;

/** Where a keyset page starts: just after the row with this sort value and id. */
export const listingCursorSchema = z.strictObject({
  value: z.union([z.string().max(10_000), z.number(), z.null()]),
  id,
});
export type ListingCursor = z.infer<typeof listingCursorSchema>;

export const listingPageInputSchema = z.strictObject({
  filter: listingFilterSchema,
  sort: listingSortSchema,
  /** Continue after this row (keyset paging). */
  after: listingCursorSchema.optional(),
  /** Or start at this position, for a jump of the scroll bar; the page itself is still read by keyset. */
  offset: z.number().int().min(0).max(100_000_000).optional(),
  limit: z.number().int().min(1).max(1000),
});
export type ListingPageInput = z.infer<typeof listingPageInputSchema>;

/* ---------- results ---------- */

export interface ListingRow {
  id: number;
  marketplace: string;
  listingId: string;
  url: string;
  title: string;
  price: number | null;
  priceMax: number | null;
  currency: string | null;
  priceNormalised: number | null;
  sellerName: string;
  sellerLocation: string;
  status: ListingStatus;
  lastSeen: string;
}

export interface ListingPage {
  rows: ListingRow[];
  /** Cursor of the last row, to ask for the next page; null at the end. */
  next: ListingCursor | null;
}

export interface SellerContact {
  kind: string;
  value: string;
}

export interface ListingDetail extends ListingRow {
  description: string;
  brand: string;
  imageUrls: string[];
  unitsSold: number | null;
  language: string | null;
  capturedAt: string | null;
  firstSeen: string;
  seller: { id: number; marketplace: string; sellerRef: string; name: string; location: string; storeUrl: string; contacts: SellerContact[] } | null;
  cases: { id: number; name: string; status: CaseStatus }[];
  raw: Record<string, unknown>;
}

export interface Facet {
  value: string;
  count: number;
}

export interface WorkspaceInfo {
  dbPath: string;
  schemaVersion: number;
  integrityProblems: string[];
  normalisedCurrency: string;
  brand: { name: string; ownerName: string } | null;
  counts: { listings: number; sellers: number; products: number; cases: number; custodyEvents: number };
}

export interface SellerSummary {
  id: number;
  marketplace: string;
  sellerRef: string;
  name: string;
  location: string;
  listings: number;
  contacts: SellerContact[];
}

export interface ProductSummary {
  id: number;
  sku: string;
  name: string;
  category: string | null;
  msrp: number | null;
  currency: string | null;
  minAuthorisedPrice: number | null;
  materials: string[];
  colourways: string[];
  gtins: string[];
  serialPattern: string | null;
  authenticationFeatures: string[];
  aliases: string[];
}

export interface CaseSummary {
  id: number;
  name: string;
  status: CaseStatus;
  listings: number;
  marketplaces: string[];
  createdAt: string;
  updatedAt: string;
}

export interface VerifyReport {
  integrity: string[];
  custody: { ok: boolean; events: number; firstBroken: number | null; reason: string | null };
}

/* ---------- operations ---------- */

const empty = z.strictObject({});

const op = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });

export const operations = {
  'workspace.info': op<typeof empty, WorkspaceInfo>(empty),
  'workspace.verify': op<typeof empty, VerifyReport>(empty),
  'listings.page': op<typeof listingPageInputSchema, ListingPage>(listingPageInputSchema),
  'listings.count': op<typeof listingFilterSchema, { total: number }>(listingFilterSchema),
  'listings.get': op<z.ZodObject<{ id: typeof id }>, ListingDetail>(z.strictObject({ id })),
  'listings.facets': op<typeof empty, { marketplaces: Facet[]; statuses: Facet[] }>(empty),
  'sellers.list': op<typeof empty, SellerSummary[]>(empty),
  'products.list': op<typeof empty, ProductSummary[]>(empty),
  'cases.list': op<typeof empty, CaseSummary[]>(empty),
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = Operations[K]['output'];

export const operationNames = Object.keys(operations) as OperationName[];
export const isOperationName = (name: unknown): name is OperationName => typeof name === 'string' && Object.hasOwn(operations, name);

/* ---------- events ---------- */

export const events = {
  /** Progress of long work (verification now; imports, scoring and packet export later). */
  'job.progress': z.strictObject({
    job: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number(),
  }),
};

export type Events = { [K in keyof typeof events]: z.infer<(typeof events)[K]> };
export type EventName = keyof Events;
export const eventNames = Object.keys(events) as EventName[];
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && Object.hasOwn(events, name);

/* ---------- handlers ---------- */

/** What the Node side implements: one function per operation, given validated input. */
export type Handlers = { [K in OperationName]: (input: OperationParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>> };

export interface EventSink {
  emit<K extends EventName>(name: K, payload: Events[K]): void;
}
