// All SQL over cases: the case row, its listings with their platform reasons and outcomes, and its dated
// status transitions. Callers in core/cases/ wrap each change and its custody event in one transaction.
import type Database from 'better-sqlite3';
import type { CaseOutcome, ListingOutcome } from '../../api/caseVocabulary';
import type { CaseStatus, ListingStatus } from '../../api/vocabulary';
import type { ListingQuery } from '../cases/listingQuery';
import { AssayError } from '../errors';
import { ftsQuery } from '../listings/searchText';
import type { CaseRecord, CaseListingRecord, CaseTransitionRecord, CaseListEntry, CustodyEventView } from '../../api/caseContract';

export type { CaseRecord, CaseListingRecord, CaseTransitionRecord, CaseListEntry };

interface CaseDbRow {
  id: number;
  brand_id: number;
  brand_name: string;
  name: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  notes: string;
  marketplaces: string;
  created_at: string;
  updated_at: string;
  status_at: string | null;
}

const toCase = (r: CaseDbRow): CaseRecord => ({
  id: r.id,
  brandId: r.brand_id,
  brandName: r.brand_name,
  name: r.name,
  status: r.status,
  outcome: r.outcome,
  notes: r.notes,
  marketplaces: JSON.parse(r.marketplaces) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  statusAt: r.status_at,
});

export function insertCase(db: Database.Database, c: { brandId: number; name: string; marketplaces: string[]; notes: string; at: string }): number {
  return Number(
    db
      .prepare(`INSERT INTO "case" (brand_id, name, status, notes, marketplaces, created_at, updated_at, status_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?)`)
      .run(c.brandId, c.name, c.notes, JSON.stringify(c.marketplaces), c.at, c.at, c.at).lastInsertRowid,
  );
}

export function getCaseRecord(db: Database.Database, caseId: number): CaseRecord | null {
  const row = db.prepare('SELECT c.*, b.name AS brand_name FROM "case" c JOIN brand b ON b.id = c.brand_id WHERE c.id = ?').get(caseId) as CaseDbRow | undefined;
  return row ? toCase(row) : null;
}

export function listCaseRecords(db: Database.Database): CaseListEntry[] {
  const rows = db
    .prepare(`SELECT c.*, b.name AS brand_name,
        (SELECT count(*) FROM case_listing x WHERE x.case_id = c.id) AS listings,
        (SELECT count(*) FROM case_evidence x WHERE x.case_id = c.id) AS evidence,
        (SELECT count(*) FROM test_buy x WHERE x.case_id = c.id) AS test_buys,
        (SELECT group_concat(DISTINCT l.marketplace) FROM case_listing x JOIN listing l ON l.id = x.listing_id WHERE x.case_id = c.id) AS listing_marketplaces
      FROM "case" c JOIN brand b ON b.id = c.brand_id ORDER BY c.id`)
    .all() as (CaseDbRow & { listings: number; evidence: number; test_buys: number; listing_marketplaces: string | null })[];
  return rows.map((r) => {
    const record = toCase(r);
    const all = new Set([...record.marketplaces, ...(r.listing_marketplaces ? r.listing_marketplaces.split(',') : [])]);
    return { ...record, listings: r.listings, evidence: r.evidence, testBuys: r.test_buys, allMarketplaces: [...all].sort() };
  });
}

export function setCaseStatus(db: Database.Database, caseId: number, status: CaseStatus, outcome: CaseOutcome | null, at: string): void {
  db.prepare('UPDATE "case" SET status = ?, outcome = ?, status_at = ?, updated_at = ? WHERE id = ?').run(status, outcome, at, at, caseId);
}

export function touchCase(db: Database.Database, caseId: number, at: string): void {
  db.prepare('UPDATE "case" SET updated_at = ? WHERE id = ?').run(at, caseId);
}

export function updateCaseDetails(db: Database.Database, caseId: number, d: { name: string; notes: string; marketplaces: string[]; at: string }): void {
  db.prepare('UPDATE "case" SET name = ?, notes = ?, marketplaces = ?, updated_at = ? WHERE id = ?').run(d.name, d.notes, JSON.stringify(d.marketplaces), d.at, caseId);
}

export function insertCaseTransition(db: Database.Database, t: { caseId: number; from: CaseStatus | null; to: CaseStatus; outcome: CaseOutcome | null; at: string; actor: string; note: string }): number {
  return Number(
    db
      .prepare('INSERT INTO case_transition (case_id, from_status, to_status, outcome, at, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(t.caseId, t.from, t.to, t.outcome, t.at, t.actor, t.note).lastInsertRowid,
  );
}

export function caseTransitions(db: Database.Database, caseId: number): CaseTransitionRecord[] {
  return db
    .prepare('SELECT id, from_status AS "from", to_status AS "to", outcome, at, actor, note FROM case_transition WHERE case_id = ? ORDER BY id')
    .all(caseId) as CaseTransitionRecord[];
}

/** Marketplace of each listing id that exists; ids missing from the map do not exist. */
export function listingMarketplaces(db: Database.Database, listingIds: readonly number[]): Map<number, string> {
  const found = new Map<number, string>();
  const get = db.prepare('SELECT marketplace FROM listing WHERE id = ?');
  for (const id of listingIds) {
    const row = get.get(id) as { marketplace: string } | undefined;
    if (row) found.set(id, row.marketplace);
  }
  return found;
}

/** Adds one listing to a case; false when it was already there (its reason is left as it was). */
export function insertCaseListing(db: Database.Database, caseId: number, listingId: number, reason: string, at: string): boolean {
  return db.prepare('INSERT INTO case_listing (case_id, listing_id, reason, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(caseId, listingId, reason, at).changes === 1;
}

export function deleteCaseListing(db: Database.Database, caseId: number, listingId: number): boolean {
  return db.prepare('DELETE FROM case_listing WHERE case_id = ? AND listing_id = ?').run(caseId, listingId).changes === 1;
}

export function caseListingReason(db: Database.Database, caseId: number, listingId: number): { reason: string; outcome: ListingOutcome | null; marketplace: string } | null {
  return (
    (db
      .prepare('SELECT cl.reason, cl.outcome, l.marketplace FROM case_listing cl JOIN listing l ON l.id = cl.listing_id WHERE cl.case_id = ? AND cl.listing_id = ?')
      .get(caseId, listingId) as { reason: string; outcome: ListingOutcome | null; marketplace: string } | undefined) ?? null
  );
}

export function setCaseListingReason(db: Database.Database, caseId: number, listingId: number, reason: string): void {
  db.prepare('UPDATE case_listing SET reason = ? WHERE case_id = ? AND listing_id = ?').run(reason, caseId, listingId);
}

export function setCaseListingOutcome(db: Database.Database, caseId: number, listingId: number, outcome: ListingOutcome | null, at: string | null): void {
  db.prepare('UPDATE case_listing SET outcome = ?, outcome_at = ? WHERE case_id = ? AND listing_id = ?').run(outcome, at, caseId, listingId);
}

/** Moves the listings' own status when the case reports them or a platform takes them down. */
export function setListingStatusWhere(db: Database.Database, listingId: number, status: ListingStatus, onlyFrom: readonly ListingStatus[]): boolean {
  return db.prepare(`UPDATE listing SET status = ? WHERE id = ? AND status IN (${onlyFrom.map(() => '?').join(', ')})`).run(status, listingId, ...onlyFrom).changes === 1;
}

export function caseListingIds(db: Database.Database, caseId: number): number[] {
  return (db.prepare('SELECT listing_id FROM case_listing WHERE case_id = ? ORDER BY listing_id').all(caseId) as { listing_id: number }[]).map((r) => r.listing_id);
}

export function caseListings(db: Database.Database, caseId: number): CaseListingRecord[] {
  return db
    .prepare(`SELECT l.id AS listingId, l.marketplace, l.listing_id AS platformListingId, l.url, l.title, l.seller_name AS sellerName, l.price, l.currency,
        l.status AS listingStatus, l.risk_score AS riskScore, cl.reason, cl.outcome, cl.outcome_at AS outcomeAt, cl.added_at AS addedAt
      FROM case_listing cl JOIN listing l ON l.id = cl.listing_id WHERE cl.case_id = ? ORDER BY l.marketplace, l.id`)
    .all(caseId) as CaseListingRecord[];
}

/** Per-listing outcomes over every case, for the dashboard; listings without an outcome count as pending. */
export function listingOutcomeCounts(db: Database.Database): { outcome: string; count: number }[] {
  return db
    .prepare(`SELECT coalesce(outcome, 'pending') AS outcome, count(*) AS count FROM case_listing GROUP BY coalesce(outcome, 'pending') ORDER BY count DESC, outcome`)
    .all() as { outcome: string; count: number }[];
}

/** Ids of the listings a parsed listing query selects, in id order, at most `limit` + 1 (so a caller can tell "too many"). */
export function listingIdsMatching(db: Database.Database, q: ListingQuery, limit: number): number[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const match = ftsQuery(q.text);
  if (match) {
    where.push('id IN (SELECT rowid FROM listing_fts WHERE listing_fts MATCH @match)');
    params.match = match;
  }
  const list = (column: string, name: string, values: string[], negate: boolean) => {
    if (!values.length) return;
    where.push(`${column} ${negate ? 'NOT IN' : 'IN'} (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
    values.forEach((v, i) => (params[`${name}${i}`] = v));
  };
  list('marketplace', 'mi', q.marketplaces.include, false);
  list('marketplace', 'mx', q.marketplaces.exclude, true);
  list('status', 'si', q.statuses.include, false);
  list('status', 'sx', q.statuses.exclude, true);
  q.risk.forEach((c, i) => {
    where.push(`risk_score IS NOT NULL AND risk_score ${c.op} @r${i}`);
    params[`r${i}`] = c.value;
  });
  q.price.forEach((c, i) => {
    where.push(`price_normalised IS NOT NULL AND price_normalised ${c.op} @p${i}`);
    params[`p${i}`] = c.value;
  });
  const sql = `SELECT id FROM listing ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT @limit`;
  try {
    return (db.prepare(sql).all({ ...params, limit: limit + 1 }) as { id: number }[]).map((r) => r.id);
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_ERROR' && /fts5/i.test((e as Error).message)) {
      throw new AssayError('invalid_input', `The words "${q.text}" could not be searched; try plain words.`);
    }
    throw e;
  }
}

/** The custody events of a case, of its test buys and of its evidence, oldest first. */
export function caseCustodyEvents(db: Database.Database, caseId: number): CustodyEventView[] {
  const rows = db
    .prepare(`SELECT seq, at, actor, action, subject_type AS subjectType, subject_id AS subjectId, details, hash FROM custody_event
      WHERE (subject_type = 'case' AND subject_id = @subject)
         OR (subject_type = 'test_buy' AND subject_id IN (SELECT CAST(id AS TEXT) FROM test_buy WHERE case_id = @id))
         OR (subject_type = 'evidence' AND subject_id IN (SELECT CAST(evidence_id AS TEXT) FROM case_evidence WHERE case_id = @id))
      ORDER BY seq`)
    // Subject ids are text; a bound JS number would be cast as a real ("4.0"), so the case's id goes in as text.
    .all({ id: caseId, subject: String(caseId) }) as (Omit<CustodyEventView, 'details'> & { details: string })[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}
