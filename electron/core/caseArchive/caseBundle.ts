// case.json inside a .assaycase archive: one case and everything it draws on, as rows keyed by column name
// with the sender's ids only where rows point at each other (listing → seller, evidence → redacted evidence).
// Parsed without trusting it: only scalar values, column names that are plain identifiers, bounded sizes.
import { z } from 'zod';

const value = z.union([z.string().max(20_000_000), z.number().finite(), z.null()]);
/** One table row: plain identifiers to scalars. The importer writes only columns its own table has. */
const row = z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/), value).refine((r) => Object.keys(r).length <= 200, 'too many columns');
const originId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const custodyEvent = z
  .object({
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    at: z.string().max(100),
    actor: z.string().max(1000),
    action: z.string().max(200),
    subject_type: z.string().max(100),
    subject_id: z.string().max(100),
    details: z.string().max(10_000_000),
    prev_hash: sha256,
    hash: sha256,
  })
  .strict();

export const caseBundleSchema = z
  .object({
    brand: row,
    case: row,
    transitions: z.array(row).max(100_000),
    products: z.array(z.object({ originId, sku: z.string().min(1).max(1000), row }).strict()).max(100_000),
    listings: z
      .array(
        z
          .object({
            originId,
            marketplace: z.string().min(1).max(200),
            listingId: z.string().min(1).max(2000),
            row,
            caseLink: row,
            seller: z.object({ marketplace: z.string().max(200), sellerRef: z.string().min(1).max(2000), row, contacts: z.array(z.object({ kind: z.string().max(50), value: z.string().max(10_000), normalised: z.string().max(10_000) }).strict()).max(1000) }).strict().nullable(),
            prices: z.array(row).max(100_000),
            match: z.object({ productOriginId: originId.nullable(), row }).strict().nullable(),
            findings: z.array(row).max(10_000),
          })
          .strict(),
      )
      .max(1_000_000),
    evidence: z.array(z.object({ originId, sha256, redactsOriginId: originId.nullable(), row }).strict()).max(1_000_000),
    caseEvidence: z.array(z.object({ evidenceOriginId: originId, listingOriginId: originId.nullable(), addedAt: z.string().max(100) }).strict()).max(1_000_000),
    listingEvidence: z.array(z.object({ listingOriginId: originId, evidenceOriginId: originId }).strict()).max(1_000_000),
    testBuys: z
      .array(z.object({ originId, orderNumber: z.string().max(2000), listingOriginId: originId.nullable(), productOriginId: originId.nullable(), row, evidenceOriginIds: z.array(originId).max(10_000) }).strict())
      .max(100_000),
    custody: z.array(custodyEvent).max(10_000_000),
  })
  .strict();

export type CaseBundle = z.infer<typeof caseBundleSchema>;
export type BundleRow = Record<string, string | number | null>;
export type BundleCustodyEvent = CaseBundle['custody'][number];

/** Parses case.json, or says in one sentence what is wrong with it. */
export function parseCaseBundle(text: string, label: string): CaseBundle | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${label} was refused: its case.json is not valid JSON.`;
  }
  const parsed = caseBundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${label} was refused: its case.json does not describe a case (${issue.path.join('.') || 'the document'}: ${issue.message}).`;
  }
  return parsed.data;
}
