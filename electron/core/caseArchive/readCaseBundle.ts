// Reads one case out of a workspace as a CaseBundle (case.json): the case, its transitions, its listings with
// their sellers and contacts, price history, original rows, matches and findings, the genuine products they
// matched, its evidence rows and links, its test buys, and the custody events about any of these.
import type Database from 'better-sqlite3';

import {
  brandRow,
  caseEvidenceLinkRows,
  caseListingEvidenceLinkRows,
  caseListingRows,
  caseRow,
  caseTestBuyRows,
  caseTransitionRows,
  custodyEventsAboutReader,
  evidenceRowReader,
  listingDetailReader,
  productRowReader,
  testBuyEvidenceIdReader,
} from '../db/caseArchiveRepository';
import type { BundleCustodyEvent, BundleRow, CaseBundle } from './caseBundle';

type Row = Record<string, unknown>;

/** A row without the columns that are this workspace's own ids (the importer maps or recreates them). */
function strip(r: Row, drop: readonly string[]): BundleRow {
  const out: BundleRow = {};
  for (const [k, v] of Object.entries(r)) {
    if (drop.includes(k)) continue;
    out[k] = typeof v === 'bigint' ? Number(v) : (v as string | number | null);
  }
  return out;
}

const IMPORT_IDS = ['first_import_id', 'import_id'];

export function readCaseBundle(db: Database.Database, caseId: number): CaseBundle | null {
  const c = caseRow(db, caseId);
  if (!c) return null;
  const brand = brandRow(db, c.brand_id);
  const transitions = caseTransitionRows(db, caseId).map((r) => strip(r, ['id', 'case_id']));

  const listingRows = caseListingRows(db, caseId);
  const details = listingDetailReader(db);
  const productIds = new Set<number>();

  const listings: CaseBundle['listings'] = listingRows.map((l) => {
    const seller = l.seller_id === null ? undefined : details.seller(l.seller_id);
    const match = details.match(l.id);
    if (match && match.product_id !== null) productIds.add(match.product_id as number);
    return {
      originId: l.id as number,
      marketplace: l.marketplace as string,
      listingId: l.listing_id as string,
      row: strip(l, ['id', 'seller_id', 'cl_reason', 'cl_outcome', 'cl_added_at', 'cl_outcome_at', ...IMPORT_IDS]),
      caseLink: { reason: l.cl_reason as string, outcome: l.cl_outcome as string | null, added_at: l.cl_added_at as string, outcome_at: l.cl_outcome_at as string | null },
      seller: seller
        ? { marketplace: seller.marketplace as string, sellerRef: seller.seller_ref as string, row: strip(seller, ['id']), contacts: details.contacts(seller.id) }
        : null,
      prices: details.prices(l.id).map((p) => strip(p, ['id', 'listing_id', 'import_id'])),
      // Candidates name this workspace's product ids, which mean nothing elsewhere; the matched product travels by SKU.
      match: match ? { productOriginId: (match.product_id as number | null) ?? null, row: { ...strip(match, ['listing_id', 'product_id']), candidates: '[]' } } : null,
      findings: details.findings(l.id).map((f) => strip(f, ['id', 'listing_id'])),
    };
  });

  const testBuyRows = caseTestBuyRows(db, caseId);
  for (const t of testBuyRows) if (t.product_id !== null) productIds.add(t.product_id as number);
  const productOf = productRowReader(db);
  const products: CaseBundle['products'] = [...productIds]
    .sort((a, b) => a - b)
    .map((id) => productOf(id))
    .map((p) => ({ originId: p.id as number, sku: p.sku as string, row: strip(p, ['id', 'brand_id', ...IMPORT_IDS]) }));

  const listingIds = listings.map((l) => l.originId);
  const caseEvidenceRows = caseEvidenceLinkRows(db, caseId);
  const listingEvidenceRows = caseListingEvidenceLinkRows(db, caseId);
  const testBuyEvidence = testBuyEvidenceIdReader(db);
  const testBuys: CaseBundle['testBuys'] = testBuyRows.map((t) => ({
    originId: t.id as number,
    orderNumber: t.order_number as string,
    listingOriginId: listingIds.includes(t.listing_id as number) ? (t.listing_id as number) : null,
    productOriginId: (t.product_id as number | null) ?? null,
    row: strip(t, ['id', 'case_id', 'listing_id', 'product_id']),
    evidenceOriginIds: testBuyEvidence(t.id),
  }));

  // Evidence the case, its listings and its test buys use, with any original a redaction names (the chain of custody of a redaction starts at its original).
  const evidenceOf = evidenceRowReader(db);
  const evidenceIds = new Set<number>([...caseEvidenceRows.map((e) => e.evidence_id), ...listingEvidenceRows.map((e) => e.evidence_id), ...testBuys.flatMap((t) => t.evidenceOriginIds)]);
  const evidenceRows = new Map<number, Row>();
  const pending = [...evidenceIds];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (evidenceRows.has(id)) continue;
    const e = evidenceOf(id);
    if (!e) continue;
    evidenceRows.set(id, e);
    if (e.redacts_evidence_id !== null) pending.push(e.redacts_evidence_id as number);
  }
  const evidence: CaseBundle['evidence'] = [...evidenceRows.values()]
    .sort((a, b) => (a.id as number) - (b.id as number))
    .map((e) => ({ originId: e.id as number, sha256: e.sha256 as string, redactsOriginId: (e.redacts_evidence_id as number | null) ?? null, row: strip(e, ['id', 'redacts_evidence_id']) }));

  return {
    brand: strip(brand, ['id']),
    case: strip(c, ['id', 'brand_id']),
    transitions,
    products,
    listings,
    evidence,
    caseEvidence: caseEvidenceRows.map((e) => ({ evidenceOriginId: e.evidence_id, listingOriginId: e.listing_id !== null && listingIds.includes(e.listing_id) ? e.listing_id : null, addedAt: e.added_at })),
    listingEvidence: listingEvidenceRows.map((e) => ({ listingOriginId: e.listing_id, evidenceOriginId: e.evidence_id })),
    testBuys,
    custody: caseCustody(db, caseId, listingIds, [...evidenceRows.keys()], testBuys.map((t) => t.originId)),
  };
}

/** The custody events whose subject is the case, one of its listings, its evidence or its test buys, in chain order. */
function caseCustody(db: Database.Database, caseId: number, listingIds: number[], evidenceIds: number[], testBuyIds: number[]): BundleCustodyEvent[] {
  const subjects: [string, number[]][] = [['case', [caseId]], ['listing', listingIds], ['evidence', evidenceIds], ['test_buy', testBuyIds]];
  const select = custodyEventsAboutReader(db);
  const events = new Map<number, BundleCustodyEvent>();
  for (const [type, ids] of subjects) {
    for (const id of ids) for (const e of select(type, String(id))) events.set(e.seq, e);
  }
  return [...events.values()].sort((a, b) => a.seq - b.seq);
}
