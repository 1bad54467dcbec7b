// All SQL of case archives (core/caseArchive/): reading one case and everything it draws on as whole rows for
// case.json, and merging an archive's rows into this workspace (lookups by natural key, link rows, the sender's
// custody events and the imported_case record). Rows are read whole (SELECT *) because an archive carries every
// column; lookups used once per archived row are prepared once by the *Reader / *Writer factories.
import type Database from 'better-sqlite3';

/** A whole table row, every column as SQLite gave it. */
export type TableRow = Record<string, unknown>;

export interface CustodyEventRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: string;
  prev_hash: string;
  hash: string;
}

// ---- Reading one case (export) ----

export function caseRow(db: Database.Database, caseId: number): TableRow | null {
  return (db.prepare('SELECT * FROM "case" WHERE id = ?').get(caseId) as TableRow | undefined) ?? null;
}

export function brandRow(db: Database.Database, brandId: unknown): TableRow {
  return db.prepare('SELECT * FROM brand WHERE id = ?').get(brandId) as TableRow;
}

export function caseTransitionRows(db: Database.Database, caseId: number): TableRow[] {
  return db.prepare('SELECT * FROM case_transition WHERE case_id = ? ORDER BY id').all(caseId) as TableRow[];
}

/** The case's listings, whole, each with its case_listing link as cl_reason, cl_outcome, cl_added_at and cl_outcome_at. */
export function caseListingRows(db: Database.Database, caseId: number): TableRow[] {
  return db.prepare('SELECT l.*, cl.reason AS cl_reason, cl.outcome AS cl_outcome, cl.added_at AS cl_added_at, cl.outcome_at AS cl_outcome_at FROM case_listing cl JOIN listing l ON l.id = cl.listing_id WHERE cl.case_id = ? ORDER BY l.id').all(caseId) as TableRow[];
}

export interface ListingDetailReader {
  seller(sellerId: unknown): TableRow | undefined;
  contacts(sellerId: unknown): { kind: string; value: string; normalised: string }[];
  prices(listingId: unknown): TableRow[];
  match(listingId: unknown): TableRow | undefined;
  findings(listingId: unknown): TableRow[];
}

/** A listing's seller, the seller's contacts, its price history, its match and its findings, whole rows. */
export function listingDetailReader(db: Database.Database): ListingDetailReader {
  const sellerOf = db.prepare('SELECT * FROM seller WHERE id = ?');
  const contactsOf = db.prepare('SELECT kind, value, normalised FROM seller_contact WHERE seller_id = ? ORDER BY id');
  const pricesOf = db.prepare('SELECT * FROM listing_price WHERE listing_id = ? ORDER BY seen_at, id');
  const matchOf = db.prepare('SELECT * FROM listing_match WHERE listing_id = ?');
  const findingsOf = db.prepare('SELECT * FROM finding WHERE listing_id = ? ORDER BY id');
  return {
    seller: (id) => sellerOf.get(id) as TableRow | undefined,
    contacts: (id) => contactsOf.all(id) as { kind: string; value: string; normalised: string }[],
    prices: (id) => pricesOf.all(id) as TableRow[],
    match: (id) => matchOf.get(id) as TableRow | undefined,
    findings: (id) => findingsOf.all(id) as TableRow[],
  };
}

export function caseTestBuyRows(db: Database.Database, caseId: number): TableRow[] {
  return db.prepare('SELECT * FROM test_buy WHERE case_id = ? ORDER BY id').all(caseId) as TableRow[];
}

/** Whole product rows by id, one statement for many lookups. */
export function productRowReader(db: Database.Database): (productId: number) => TableRow {
  const productOf = db.prepare('SELECT * FROM product WHERE id = ?');
  return (id) => productOf.get(id) as TableRow;
}

export function caseEvidenceLinkRows(db: Database.Database, caseId: number): { evidence_id: number; listing_id: number | null; added_at: string }[] {
  return db.prepare('SELECT evidence_id, listing_id, added_at FROM case_evidence WHERE case_id = ? ORDER BY evidence_id').all(caseId) as { evidence_id: number; listing_id: number | null; added_at: string }[];
}

/** The evidence links of the case's listings. */
export function caseListingEvidenceLinkRows(db: Database.Database, caseId: number): { listing_id: number; evidence_id: number }[] {
  return db.prepare(`SELECT le.listing_id, le.evidence_id FROM listing_evidence le JOIN case_listing cl ON cl.listing_id = le.listing_id AND cl.case_id = ? ORDER BY le.listing_id, le.evidence_id`).all(caseId) as { listing_id: number; evidence_id: number }[];
}

/** The evidence ids of a test buy, one statement for many lookups. */
export function testBuyEvidenceIdReader(db: Database.Database): (testBuyId: unknown) => number[] {
  const testBuyEvidence = db.prepare('SELECT evidence_id FROM test_buy_evidence WHERE test_buy_id = ? ORDER BY evidence_id');
  return (id) => (testBuyEvidence.all(id) as { evidence_id: number }[]).map((e) => e.evidence_id);
}

/** Whole evidence rows by id, one statement for many lookups. */
export function evidenceRowReader(db: Database.Database): (evidenceId: number) => TableRow | undefined {
  const evidenceOf = db.prepare('SELECT * FROM evidence WHERE id = ?');
  return (id) => evidenceOf.get(id) as TableRow | undefined;
}

/** The custody events about one subject, one statement for many subjects. Subject ids are stored as text. */
export function custodyEventsAboutReader(db: Database.Database): (subjectType: string, subjectId: string) => CustodyEventRow[] {
  const select = db.prepare('SELECT seq, at, actor, action, subject_type, subject_id, details, prev_hash, hash FROM custody_event WHERE subject_type = ? AND subject_id = ?');
  return (type, id) => select.all(type, id) as CustodyEventRow[];
}

/** The last event of the custody chain, or null when the chain is empty. */
export function custodyHead(db: Database.Database): { seq: number; hash: string } | null {
  return (db.prepare('SELECT seq, hash FROM custody_event ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
}

/** The UID a local case came with when it was first imported, or null for a case made here. */
export function importedCaseUid(db: Database.Database, caseId: number): string | null {
  return (db.prepare('SELECT case_uid FROM imported_case WHERE case_id = ? ORDER BY first_imported_at LIMIT 1').get(caseId) as { case_uid: string } | undefined)?.case_uid ?? null;
}

// ---- Merging an archive (import) ----

/** The local case an imported case UID was merged into, or null. */
export function importedCaseId(db: Database.Database, caseUid: string): number | null {
  return (db.prepare('SELECT case_id FROM imported_case WHERE case_uid = ?').get(caseUid) as { case_id: number } | undefined)?.case_id ?? null;
}

export function caseExists(db: Database.Database, caseId: number): boolean {
  return db.prepare('SELECT 1 FROM "case" WHERE id = ?').get(caseId) !== undefined;
}

/** The columns this workspace's table has. */
export function tableColumnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

/**
 * An insert into `table` of exactly `columns`, prepared once; it returns the new rowid. The table and column
 * names must come from this workspace's schema (tableColumnNames), never from an archive.
 */
export function rowInserter(db: Database.Database, table: string, columns: readonly string[]): (values: (string | number | null | undefined)[]) => number {
  const statement = db.prepare(`INSERT INTO "${table}" (${columns.map((n) => `"${n}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return (values) => Number(statement.run(...values).lastInsertRowid);
}

/** A brand by its exact name (case-sensitive), or null. */
export function brandIdByExactName(db: Database.Database, name: string): number | null {
  return (db.prepare('SELECT id FROM brand WHERE name = ?').get(name) as { id: number } | undefined)?.id ?? null;
}

/** Whole product rows by brand + SKU, one statement for many lookups. */
export function productByBrandSkuReader(db: Database.Database): (brandId: number, sku: string) => TableRow | undefined {
  const findProduct = db.prepare('SELECT * FROM product WHERE brand_id = ? AND sku = ?');
  return (brandId, sku) => findProduct.get(brandId, sku) as TableRow | undefined;
}

export interface ListingMergeWriter {
  /** The whole listing row with this marketplace + platform listing id. */
  findListing(marketplace: string, listingId: string): TableRow | undefined;
  /** The whole seller row with this marketplace + seller ref. */
  findSeller(marketplace: string, sellerRef: string): TableRow | undefined;
  addContact(sellerId: number, kind: string, value: string, normalised: string): void;
  indexListing(listingId: number, searchText: string): void;
  hasPrice(listingId: number, seenAt: unknown, price: unknown, priceMax: unknown, currency: unknown): boolean;
}

/** Lookups and writes for merging archived listings and sellers, each statement prepared once. */
export function listingMergeWriter(db: Database.Database): ListingMergeWriter {
  const findListing = db.prepare('SELECT * FROM listing WHERE marketplace = ? AND listing_id = ?');
  const findSeller = db.prepare('SELECT * FROM seller WHERE marketplace = ? AND seller_ref = ?');
  const addContact = db.prepare('INSERT OR IGNORE INTO seller_contact (seller_id, kind, value, normalised) VALUES (?, ?, ?, ?)');
  const indexListing = db.prepare('INSERT INTO listing_fts (rowid, search_text) VALUES (?, ?)');
  const hasPrice = db.prepare('SELECT 1 FROM listing_price WHERE listing_id = ? AND seen_at = ? AND price IS ? AND price_max IS ? AND currency IS ?');
  return {
    findListing: (marketplace, listingId) => findListing.get(marketplace, listingId) as TableRow | undefined,
    findSeller: (marketplace, sellerRef) => findSeller.get(marketplace, sellerRef) as TableRow | undefined,
    addContact: (sellerId, kind, value, normalised) => void addContact.run(sellerId, kind, value, normalised),
    indexListing: (listingId, searchText) => void indexListing.run(listingId, searchText),
    hasPrice: (listingId, seenAt, price, priceMax, currency) => hasPrice.get(listingId, seenAt, price, priceMax, currency) !== undefined,
  };
}

export interface CaseMergeWriter {
  addCaseListing(caseId: number, listingId: number, reason: unknown, outcome: unknown, addedAt: unknown, outcomeAt: unknown): void;
  hasTransition(caseId: number, toStatus: unknown, at: unknown, fromStatus: unknown): boolean;
  /** The lowest evidence row for these bytes. */
  findEvidence(sha256: string): number | undefined;
  linkCaseEvidence(caseId: number, evidenceId: number, listingId: number | null, addedAt: string): void;
  linkListingEvidence(listingId: number, evidenceId: number): void;
  findTestBuy(caseId: number, orderNumber: string): number | undefined;
  linkTestBuyEvidence(testBuyId: number, evidenceId: number): void;
}

/**
 * Lookups and INSERT OR IGNORE link writes for merging an archived case, each statement prepared once. (The
 * links use OR IGNORE, unlike evidenceRepository's ON CONFLICT DO NOTHING, as the import always has.)
 */
export function caseMergeWriter(db: Database.Database): CaseMergeWriter {
  const addCaseListing = db.prepare('INSERT OR IGNORE INTO case_listing (case_id, listing_id, reason, outcome, added_at, outcome_at) VALUES (?, ?, ?, ?, ?, ?)');
  const hasTransition = db.prepare('SELECT 1 FROM case_transition WHERE case_id = ? AND to_status = ? AND at = ? AND from_status IS ?');
  const findEvidence = db.prepare('SELECT id FROM evidence WHERE sha256 = ? ORDER BY id LIMIT 1');
  const linkCase = db.prepare('INSERT OR IGNORE INTO case_evidence (case_id, evidence_id, listing_id, added_at) VALUES (?, ?, ?, ?)');
  const linkListing = db.prepare('INSERT OR IGNORE INTO listing_evidence (listing_id, evidence_id) VALUES (?, ?)');
  const findTestBuy = db.prepare('SELECT id FROM test_buy WHERE case_id = ? AND order_number = ?');
  const linkTestBuy = db.prepare('INSERT OR IGNORE INTO test_buy_evidence (test_buy_id, evidence_id) VALUES (?, ?)');
  return {
    addCaseListing: (caseId, listingId, reason, outcome, addedAt, outcomeAt) => void addCaseListing.run(caseId, listingId, reason, outcome, addedAt, outcomeAt),
    hasTransition: (caseId, toStatus, at, fromStatus) => hasTransition.get(caseId, toStatus, at, fromStatus) !== undefined,
    findEvidence: (sha256) => (findEvidence.get(sha256) as { id: number } | undefined)?.id,
    linkCaseEvidence: (caseId, evidenceId, listingId, addedAt) => void linkCase.run(caseId, evidenceId, listingId, addedAt),
    linkListingEvidence: (listingId, evidenceId) => void linkListing.run(listingId, evidenceId),
    findTestBuy: (caseId, orderNumber) => (findTestBuy.get(caseId, orderNumber) as { id: number } | undefined)?.id,
    linkTestBuyEvidence: (testBuyId, evidenceId) => void linkTestBuy.run(testBuyId, evidenceId),
  };
}

export interface ImportedCustodyWriter {
  /** The hash of the sender's event this workspace already holds at that seq, or null. */
  storedHash(originFingerprint: string, seq: number): string | null;
  add(originFingerprint: string, e: CustodyEventRow, receivedAt: string): void;
}

/** The sender's custody events kept verbatim in imported_custody_event, each statement prepared once. */
export function importedCustodyWriter(db: Database.Database): ImportedCustodyWriter {
  const findImported = db.prepare('SELECT hash FROM imported_custody_event WHERE origin_fingerprint = ? AND seq = ?');
  const addImported = db.prepare(`INSERT INTO imported_custody_event (origin_fingerprint, seq, at, actor, action, subject_type, subject_id, details, prev_hash, hash, received_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    storedHash: (fingerprint, seq) => (findImported.get(fingerprint, seq) as { hash: string } | undefined)?.hash ?? null,
    add: (fingerprint, e, receivedAt) => void addImported.run(fingerprint, e.seq, e.at, e.actor, e.action, e.subject_type, e.subject_id, e.details, e.prev_hash, e.hash, receivedAt),
  };
}

/** Records (or, for a UID seen before, refreshes) which local case an archived case UID merged into. */
export function upsertImportedCase(
  db: Database.Database,
  r: { caseUid: string; caseId: number; originFingerprint: string; originCaseId: number; keyStatus: string; manifestSha256: string; at: string },
): void {
  db.prepare(`INSERT INTO imported_case (case_uid, case_id, origin_fingerprint, origin_case_id, key_status, manifest_sha256, first_imported_at, last_imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (case_uid) DO UPDATE SET key_status = excluded.key_status, manifest_sha256 = excluded.manifest_sha256, last_imported_at = excluded.last_imported_at, imports = imports + 1`).run(
    r.caseUid,
    r.caseId,
    r.originFingerprint,
    r.originCaseId,
    r.keyStatus,
    r.manifestSha256,
    r.at,
    r.at,
  );
}
