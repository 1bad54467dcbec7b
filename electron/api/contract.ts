// The contract between the renderer and the Node side: every operation and event, declared once.
// Both transports (Electron IPC in preload/main, HTTP+SSE in web/) and the renderer's client are typed from it.
import { z } from 'zod';

import { backupOperations } from './backupContract';
import { caseArchiveOperations } from './caseArchiveContract';
import { caseOperations } from './caseContract';
import { dashboardOperations } from './dashboardContract';
import { imageOperations } from './imageContract';
import { empty, filePath, id, op, text } from './operationParts';
import { packetOperations } from './packetContract';
import { reviewOperations } from './reviewContract';
import { scoringOperations } from './scoringContract';
import { seizureOperations } from './seizureContract';
import { LISTING_SORT_COLUMNS, LISTING_STATUSES, type CaseStatus, type ListingStatus } from './vocabulary';

export * from './vocabulary';

/* ---------- inputs ---------- */

export const listingFilterSchema = z.strictObject({
  query: text(500).default(''),
  marketplaces: z.array(text(40)).max(20).default([]),
  statuses: z.array(z.enum(LISTING_STATUSES)).max(LISTING_STATUSES.length).default([]),
  /** Risk score from and to, both included (a dashboard risk bin); unscored listings never match. */
  riskMin: z.number().int().min(0).max(100).optional(),
  riskMax: z.number().int().min(0).max(100).optional(),
  /** Listings with at least one finding of this rule (e.g. price.below_msrp_share). */
  rule: text(100).optional(),
  /** The seller's location, compared without surrounding spaces ('' for listings without one). */
  sellerLocation: text(200).optional(),
  /** Listings matched to this product. */
  productId: id.optional(),
  /** First seen on or after / on or before these days (YYYY-MM-DD, both included). */
  firstSeenFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD').optional(),
  firstSeenTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD').optional(),
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

export const importKindSchema = z.enum(['listings', 'products']);
export type ImportKind = z.infer<typeof importKindSchema>;

export const sourceOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'ndjson', 'json', 'xlsx']).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  quote: z.enum(['"', "'"]).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  sheet: text(200).optional(),
});
export type SourceOptionsInput = z.infer<typeof sourceOptionsSchema>;

const columnMappingSchema = z.record(z.string().max(60), z.string().max(500)).refine((m) => Object.keys(m).length <= 80, 'too many mapped fields');

export const importStartSchema = z.strictObject({
  path: filePath,
  kind: importKindSchema,
  options: sourceOptionsSchema.default({}),
  mapping: columnMappingSchema,
  /** For files without a marketplace column. */
  marketplace: text(40).optional(),
  /** For product files without a brand column. */
  brand: text(200).optional(),
  preset: text(100).optional(),
  /** Import a file again even though the same bytes were imported before. */
  again: z.boolean().default(false),
});
export type ImportStartInput = z.infer<typeof importStartSchema>;

const stringList = z.array(z.string().trim().min(1).max(500)).max(200);
const money = z.number().nonnegative().finite().nullable();
const mm = z.number().positive().finite().nullable();

/** The editable fields of a genuine product; the SKU identifies it and is not edited here. */
export const productEditSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(300),
  category: z.string().max(200).nullable(),
  aliases: stringList,
  msrp: money,
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO code').nullable(),
  minAuthorisedPrice: money,
  materials: stringList,
  lengthMm: mm,
  widthMm: mm,
  heightMm: mm,
  weightG: mm,
  colourways: stringList,
  gtins: z.array(z.string().regex(/^\d{8,14}$/, 'a GTIN is 8 to 14 digits')).max(100),
  serialPattern: z.string().max(500).nullable().refine((p) => p === null || isValidRegExp(p), 'the serial pattern is not a valid regular expression'),
  authenticationFeatures: stringList,
  officialImages: stringList,
  neverMadeModels: stringList,
  discontinued: z.boolean(),
});
export type ProductEdit = z.infer<typeof productEditSchema>;

/** Whether a serial-number pattern compiles as a (Unicode) regular expression. */
export function isValidRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

export const exchangeRateSchema = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO code'),
  usdPerUnit: z.number().positive().finite(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

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
  /** 0–100 from the last `assay score`; null before the listing was scored. */
  riskScore: number | null;
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
  /** The genuine product it was matched to, with the top candidates; null before scoring. */
  match: { productId: number | null; sku: string | null; name: string | null; score: number; corrected: boolean; candidates: { sku: string; score: number }[] } | null;
  /** What makes up the risk score, each a sentence fit for a notice. */
  findings: { rule: string; severity: string; expected: string | null; observed: string | null; weight: number; message: string }[];
}

export interface Facet {
  value: string;
  count: number;
}

export interface WorkspaceInfo {
  dbPath: string;
  schemaVersion: number;
  integrityProblems: string[];
  /** False for a large workspace, which is not quick-checked at open (Verify and every backup check it in full). */
  integrityCheckedAtOpen: boolean;
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

export interface SellerCluster {
  /** The lowest seller id in the cluster. */
  id: number;
  sellers: { id: number; marketplace: string; sellerRef: string; name: string; listings: number; estimatedSales: number }[];
  marketplaces: string[];
  listings: number;
  /** Units sold × normalised price, summed over the cluster's listings where both are known. */
  estimatedSales: number;
  /** The shared contacts that link the sellers: the evidence for the cluster. */
  links: { kind: string; value: string; sellerIds: number[] }[];
}

export interface ProductSummary {
  id: number;
  brand: string;
  sku: string;
  name: string;
  category: string | null;
  msrp: number | null;
  currency: string | null;
  minAuthorisedPrice: number | null;
  materials: string[];
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  weightG: number | null;
  colourways: string[];
  gtins: string[];
  serialPattern: string | null;
  authenticationFeatures: string[];
  officialImages: string[];
  neverMadeModels: string[];
  discontinued: boolean;
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
  /** Every evidence file re-hashed against its SHA-256; the first that is missing or changed, named. */
  evidence: { ok: boolean; files: number; firstProblem: string | null };
}

export type ImportStatus = 'running' | 'completed' | 'failed' | 'cancelled' | 'undone';

export interface SniffedFile {
  format: 'csv' | 'ndjson' | 'json' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  quote: string | null;
  sheet: string | null;
  sheets: string[];
  headers: string[];
}

export interface ImportPreview {
  fileName: string;
  size: number;
  sha256: string;
  sniffed: SniffedFile;
  rows: { rowNumber: number; values: Record<string, string> }[];
  rowErrors: { rowNumber: number; column: string | null; reason: string }[];
  suggestedMapping: Record<string, string>;
  /** Where the same bytes were imported before. */
  previousImport: { id: number; startedAt: string; status: ImportStatus } | null;
}

export interface ImportSummary {
  id: number;
  kind: ImportKind;
  fileName: string;
  filePath: string;
  sha256: string;
  size: number;
  format: string;
  mapping: Record<string, string>;
  marketplace: string | null;
  status: ImportStatus;
  error: string | null;
  counts: { read: number; new: number; updated: number; unchanged: number; rejected: number };
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
}

export interface ImportRejection {
  rowNumber: number;
  column: string | null;
  reason: string;
  raw: string;
}

export interface ImportPreset {
  name: string;
  label: string;
  kind: ImportKind;
  builtIn: boolean;
  marketplace: string | null;
  mapping: Record<string, string>;
}

export interface ImportFieldInfo {
  key: string;
  label: string;
  required: boolean;
}

/* ---------- operations ---------- */

export const operations = {
  'workspace.info': op<typeof empty, WorkspaceInfo>(empty),
  'workspace.verify': op<typeof empty, VerifyReport>(empty),
  'listings.page': op<typeof listingPageInputSchema, ListingPage>(listingPageInputSchema),
  'listings.count': op<typeof listingFilterSchema, { total: number }>(listingFilterSchema),
  'listings.get': op<z.ZodObject<{ id: typeof id }>, ListingDetail>(z.strictObject({ id })),
  'listings.facets': op<typeof empty, { marketplaces: Facet[]; statuses: Facet[] }>(empty),
  'sellers.list': op<typeof empty, SellerSummary[]>(empty),
  'sellers.clusters': op<typeof empty, SellerCluster[]>(empty),
  'products.list': op<typeof empty, ProductSummary[]>(empty),
  'products.update': op<typeof productEditSchema, ProductSummary>(productEditSchema),
  'cases.list': op<typeof empty, CaseSummary[]>(empty),
  'imports.fields': op<z.ZodObject<{ kind: typeof importKindSchema }>, ImportFieldInfo[]>(z.strictObject({ kind: importKindSchema })),
  'imports.preview': op<z.ZodObject<{ path: typeof filePath; kind: typeof importKindSchema; options: z.ZodDefault<typeof sourceOptionsSchema> }>, ImportPreview>(
    z.strictObject({ path: filePath, kind: importKindSchema, options: sourceOptionsSchema.default({}) }),
  ),
  'imports.start': op<typeof importStartSchema, { importId: number }>(importStartSchema),
  'imports.cancel': op<z.ZodObject<{ importId: typeof id }>, { cancelled: boolean }>(z.strictObject({ importId: id })),
  'imports.list': op<typeof empty, ImportSummary[]>(empty),
  'imports.get': op<z.ZodObject<{ importId: typeof id }>, ImportSummary>(z.strictObject({ importId: id })),
  'imports.rejections': op<z.ZodObject<{ importId: typeof id; offset: z.ZodDefault<z.ZodNumber>; limit: z.ZodDefault<z.ZodNumber> }>, { total: number; rows: ImportRejection[] }>(
    z.strictObject({ importId: id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }),
  ),
  'imports.rejectionsCsv': op<z.ZodObject<{ importId: typeof id }>, { fileName: string; csv: string }>(z.strictObject({ importId: id })),
  'imports.undo': op<z.ZodObject<{ importId: typeof id }>, ImportSummary>(z.strictObject({ importId: id })),
  'imports.presets': op<z.ZodObject<{ kind: typeof importKindSchema }>, ImportPreset[]>(z.strictObject({ kind: importKindSchema })),
  'imports.savePreset': op<
    z.ZodObject<{ kind: typeof importKindSchema; name: z.ZodString; mapping: typeof columnMappingSchema; marketplace: z.ZodOptional<z.ZodString> }>,
    ImportPreset
  >(z.strictObject({ kind: importKindSchema, name: z.string().trim().min(1).max(100), mapping: columnMappingSchema, marketplace: text(40).optional() })),
  'settings.rates': op<typeof empty, ExchangeRate[]>(empty),
  'settings.saveRates': op<z.ZodObject<{ rates: z.ZodArray<typeof exchangeRateSchema> }>, ExchangeRate[]>(z.strictObject({ rates: z.array(exchangeRateSchema).min(1).max(300) })),
  ...backupOperations,
  ...caseArchiveOperations,
  ...caseOperations,
  ...dashboardOperations,
  ...imageOperations,
  ...packetOperations,
  ...reviewOperations,
  ...scoringOperations,
  ...seizureOperations,
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
  /** An import's progress, from its worker: rows read so far and how fast. */
  'import.progress': z.strictObject({
    importId: z.number(),
    status: z.enum(['running', 'completed', 'failed', 'cancelled']),
    rowsRead: z.number(),
    rejected: z.number(),
    bytesRead: z.number(),
    bytesTotal: z.number(),
    rowsPerSecond: z.number(),
    message: z.string().nullable(),
  }),
  /** Progress of other long work (verification now; scoring and packet export later). */
  'job.progress': z.strictObject({
    job: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  /** The open workspace was replaced (a backup restored): every window reloads its state. */
  'workspace.replaced': z.strictObject({
    dbPath: z.string(),
    file: z.string(),
    backupCreatedAt: z.string(),
    previousKeptAt: z.string().nullable(),
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
