// The contract's case, evidence and rights-holder operations (issue 5), spread into `operations` in contract.ts,
// with the records they return; core/ repositories return these same shapes.
import { z } from 'zod';

import {
  CASE_OUTCOMES,
  EVIDENCE_KINDS,
  LISTING_OUTCOMES,
  TEST_BUY_CONCLUSIONS,
  TRADEMARK_KINDS,
  type CaseOutcome,
  type EvidenceKind,
  type ListingOutcome,
  type TestBuyConclusion,
  type TrademarkKind,
} from './caseVocabulary';
import { empty, filePath, id, op, text } from './operationParts';
import { CASE_STATUSES, type CaseStatus, type ListingStatus } from './vocabulary';

/* ---------- records ---------- */

export interface CaseRecord {
  id: number;
  brandId: number;
  brandName: string;
  name: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  notes: string;
  marketplaces: string[];
  createdAt: string;
  updatedAt: string;
  statusAt: string | null;
}

export interface CaseListingRecord {
  listingId: number;
  marketplace: string;
  platformListingId: string;
  url: string;
  title: string;
  sellerName: string;
  price: number | null;
  currency: string | null;
  listingStatus: ListingStatus;
  riskScore: number | null;
  reason: string;
  outcome: ListingOutcome | null;
  outcomeAt: string | null;
  addedAt: string;
}

export interface CaseTransitionRecord {
  id: number;
  from: CaseStatus | null;
  to: CaseStatus;
  outcome: CaseOutcome | null;
  at: string;
  actor: string;
  note: string;
}

export interface CaseListEntry extends CaseRecord {
  listings: number;
  evidence: number;
  testBuys: number;
  /** The case's own marketplaces and those of its listings, sorted. */
  allMarketplaces: string[];
}

export interface EvidenceRecord {
  id: number;
  sha256: string;
  size: number;
  mediaType: string;
  kind: EvidenceKind;
  originalName: string;
  sourceUrl: string | null;
  capturedAt: string | null;
  addedBy: string;
  addedAt: string;
  redactsEvidenceId: number | null;
  note: string;
}

export interface CaseEvidenceRecord extends EvidenceRecord {
  listingId: number | null;
  linkedAt: string;
  /** Ids of the redactions made of this piece. */
  redactedBy: number[];
}

export interface ExaminationRow {
  field: string;
  expected: string;
  observed: string;
}

export interface TestBuyRecord {
  id: number;
  caseId: number;
  listingId: number | null;
  productId: number | null;
  productSku: string | null;
  orderNumber: string;
  orderedOn: string | null;
  cost: number | null;
  currency: string | null;
  received: string;
  examination: ExaminationRow[];
  conclusion: TestBuyConclusion | null;
  createdAt: string;
  evidenceIds: number[];
}

export interface RightsHolderRecord {
  brandId: number;
  brandName: string;
  ownerName: string;
  ownerAddress: string | null;
  ownerEmail: string | null;
  ownerPhone: string | null;
  ownerCountry: string | null;
  agentName: string | null;
  agentAddress: string | null;
  agentEmail: string | null;
  agentPhone: string | null;
  agentAuthorisation: string | null;
  agentAuthorisationExpiresOn: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  signatureText: string | null;
}

export interface TrademarkRecord {
  id: number;
  mark: string;
  kind: TrademarkKind;
  office: string;
  registrationNumber: string;
  classes: number[];
  registeredOn: string | null;
  expiresOn: string | null;
  markImageSha256: string | null;
}

export interface RightsHolderDetails extends RightsHolderRecord {
  trademarks: TrademarkRecord[];
}

export interface CustodyEventView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  hash: string;
}

/** Everything the case view shows. */
export interface CaseView {
  case: CaseRecord;
  listings: CaseListingRecord[];
  evidence: CaseEvidenceRecord[];
  testBuys: TestBuyRecord[];
  transitions: CaseTransitionRecord[];
  /** The custody events of the case, its evidence and its test buys, oldest first. */
  history: CustodyEventView[];
}

/* ---------- inputs ---------- */

const caseName = z.string().trim().min(1, 'a case needs a name').max(300);
const marketplaceName = z.string().trim().min(1).max(40);
const listingIds = z.array(id).min(1).max(100_000);
const reasonCode = z.string().trim().min(1).max(80);
const optionalText = (max: number) => z.string().max(max).nullable().default(null);

export const caseCreateSchema = z.strictObject({
  name: caseName,
  brand: z.string().trim().max(200).nullable().default(null),
  marketplaces: z.array(marketplaceName).max(20).default([]),
  notes: text(10_000).default(''),
  listingIds: z.array(id).max(100_000).default([]),
  reason: reasonCode.nullable().default(null),
});

export const caseMoveSchema = z.strictObject({
  caseId: id,
  to: z.enum(CASE_STATUSES),
  outcome: z.enum(CASE_OUTCOMES).nullable().default(null),
  note: text(2000).default(''),
});

export const testBuySchema = z.strictObject({
  caseId: id,
  listingId: id.nullable().default(null),
  productId: id.nullable().default(null),
  orderNumber: z.string().trim().min(1, 'a test buy needs its order number').max(200),
  orderedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD').nullable().default(null),
  cost: z.number().nonnegative().finite().nullable().default(null),
  currency: z.string().regex(/^[A-Za-z]{3}$/, 'a currency is a three-letter ISO code').nullable().default(null),
  received: text(5000).default(''),
  examination: z.array(z.strictObject({ field: z.string().trim().min(1).max(200), expected: text(2000), observed: text(2000) })).max(200).default([]),
  conclusion: z.enum(TEST_BUY_CONCLUSIONS).nullable().default(null),
});

export const evidenceAddSchema = z.strictObject({
  /** A path on the Node side: a file the person picked, or an upload's temporary copy (see renderer/src/api). */
  path: filePath,
  originalName: z.string().max(1000).nullable().default(null),
  caseId: id.nullable().default(null),
  listingId: id.nullable().default(null),
  testBuyId: id.nullable().default(null),
  kind: z.enum(EVIDENCE_KINDS).nullable().default(null),
  sourceUrl: optionalText(4000),
  capturedAt: optionalText(40),
  note: text(2000).default(''),
});

export const evidenceRedactSchema = z.strictObject({
  evidenceId: id,
  path: filePath,
  originalName: z.string().max(1000).nullable().default(null),
  note: text(2000).default(''),
});

const nullableField = (max: number) => z.string().max(max).nullable();

export const rightsHolderSchema = z.strictObject({
  brandName: z.string().trim().min(1, 'the brand needs a name').max(200),
  ownerName: z.string().trim().min(1, 'the rights holder is required').max(300),
  ownerAddress: nullableField(1000),
  ownerEmail: nullableField(300),
  ownerPhone: nullableField(60),
  ownerCountry: nullableField(2),
  agentName: nullableField(300),
  agentAddress: nullableField(1000),
  agentEmail: nullableField(300),
  agentPhone: nullableField(60),
  agentAuthorisation: nullableField(5000),
  agentAuthorisationExpiresOn: nullableField(10),
  signatoryName: nullableField(300),
  signatoryTitle: nullableField(300),
  signatureText: nullableField(2000),
});

export const trademarkSchema = z.strictObject({
  id: id.nullable(),
  mark: z.string().trim().min(1, 'a trademark needs its mark').max(300),
  kind: z.enum(TRADEMARK_KINDS),
  office: z.string().trim().min(1, 'a trademark needs its office').max(100),
  registrationNumber: z.string().trim().min(1, 'a trademark needs its registration number').max(100),
  classes: z.array(z.number().int().min(1).max(45)).max(45),
  registeredOn: nullableField(10),
  expiresOn: nullableField(10),
});

/* ---------- operations ---------- */

const caseRef = z.strictObject({ caseId: id });

export const caseOperations = {
  'cases.get': op<typeof caseRef, CaseView>(caseRef),
  'cases.create': op<typeof caseCreateSchema, { caseId: number; listingsAdded: number }>(caseCreateSchema),
  'cases.addListings': op<z.ZodObject<{ caseId: typeof id; listingIds: typeof listingIds; reason: z.ZodDefault<z.ZodNullable<typeof reasonCode>> }>, { added: number[]; alreadyInCase: number[] }>(
    z.strictObject({ caseId: id, listingIds, reason: reasonCode.nullable().default(null) }),
  ),
  'cases.removeListings': op<z.ZodObject<{ caseId: typeof id; listingIds: typeof listingIds }>, { removed: number[] }>(z.strictObject({ caseId: id, listingIds })),
  'cases.setReason': op<z.ZodObject<{ caseId: typeof id; listingId: typeof id; reason: typeof reasonCode }>, { reason: string }>(z.strictObject({ caseId: id, listingId: id, reason: reasonCode })),
  'cases.setOutcome': op<z.ZodObject<{ caseId: typeof id; listingId: typeof id; outcome: z.ZodNullable<z.ZodEnum<{ [K in ListingOutcome]: K }>> }>, CaseListingRecord[]>(
    z.strictObject({ caseId: id, listingId: id, outcome: z.enum(LISTING_OUTCOMES).nullable() }),
  ),
  'cases.move': op<typeof caseMoveSchema, CaseRecord>(caseMoveSchema),
  'cases.addTestBuy': op<typeof testBuySchema, TestBuyRecord[]>(testBuySchema),
  'cases.listingOutcomes': op<typeof empty, { outcome: string; count: number }[]>(empty),
  'evidence.add': op<typeof evidenceAddSchema, { evidence: EvidenceRecord; newFile: boolean; newRow: boolean }>(evidenceAddSchema),
  'evidence.redact': op<typeof evidenceRedactSchema, EvidenceRecord>(evidenceRedactSchema),
  'brand.get': op<typeof empty, RightsHolderDetails | null>(empty),
  'brand.save': op<typeof rightsHolderSchema, RightsHolderDetails>(rightsHolderSchema),
  'brand.saveTrademark': op<typeof trademarkSchema, RightsHolderDetails>(trademarkSchema),
  'brand.removeTrademark': op<z.ZodObject<{ trademarkId: typeof id }>, RightsHolderDetails>(z.strictObject({ trademarkId: id })),
  'brand.setMarkImage': op<z.ZodObject<{ trademarkId: typeof id; path: typeof filePath }>, RightsHolderDetails>(z.strictObject({ trademarkId: id, path: filePath })),
};

export type { CaseOutcome, EvidenceKind, ListingOutcome, TestBuyConclusion, TrademarkKind, CaseStatus, ListingStatus };
