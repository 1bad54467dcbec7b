// All SQL over the evidence catalogue: one row per piece of evidence (its bytes live once in the store by
// SHA-256), and the links from cases, listings and test buys to it. Rows are never updated.
import type Database from 'better-sqlite3';
import type { EvidenceRecord, CaseEvidenceRecord } from '../../api/caseContract';

export type { EvidenceRecord, CaseEvidenceRecord };

export type NewEvidence = Omit<EvidenceRecord, 'id'>;

const columns = (t: string) => `${t}.id, ${t}.sha256, ${t}.size, ${t}.media_type AS mediaType, ${t}.kind, ${t}.original_name AS originalName,
  ${t}.source_url AS sourceUrl, ${t}.captured_at AS capturedAt, ${t}.added_by AS addedBy, ${t}.added_at AS addedAt,
  ${t}.redacts_evidence_id AS redactsEvidenceId, ${t}.note`;
const COLUMNS = columns('evidence');

export function insertEvidence(db: Database.Database, e: NewEvidence): number {
  return Number(
    db
      .prepare(`INSERT INTO evidence (sha256, size, media_type, kind, original_name, source_url, captured_at, added_by, added_at, redacts_evidence_id, note)
        VALUES (@sha256, @size, @mediaType, @kind, @originalName, @sourceUrl, @capturedAt, @addedBy, @addedAt, @redactsEvidenceId, @note)`)
      .run(e).lastInsertRowid,
  );
}

export function getEvidence(db: Database.Database, evidenceId: number): EvidenceRecord | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM evidence WHERE id = ?`).get(evidenceId) as EvidenceRecord | undefined) ?? null;
}

export function linkCaseEvidence(db: Database.Database, caseId: number, evidenceId: number, listingId: number | null, at: string): boolean {
  return db.prepare('INSERT INTO case_evidence (case_id, evidence_id, listing_id, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(caseId, evidenceId, listingId, at).changes === 1;
}

export function linkListingEvidence(db: Database.Database, listingId: number, evidenceId: number): boolean {
  return db.prepare('INSERT INTO listing_evidence (listing_id, evidence_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(listingId, evidenceId).changes === 1;
}

export function linkTestBuyEvidence(db: Database.Database, testBuyId: number, evidenceId: number): boolean {
  return db.prepare('INSERT INTO test_buy_evidence (test_buy_id, evidence_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(testBuyId, evidenceId).changes === 1;
}

/** The cases an evidence row belongs to, for a redaction to join them too. */
export function evidenceCases(db: Database.Database, evidenceId: number): { caseId: number; listingId: number | null }[] {
  return db.prepare('SELECT case_id AS caseId, listing_id AS listingId FROM case_evidence WHERE evidence_id = ? ORDER BY case_id').all(evidenceId) as { caseId: number; listingId: number | null }[];
}

/**
 * An existing row for these bytes already attached where this one would go (the same case, listing or test
 * buy, or nowhere), so adding the same file twice to the same place does not catalogue it twice.
 */
export function findAttachedEvidence(db: Database.Database, sha256: string, to: { caseId: number | null; listingId: number | null; testBuyId: number | null }): EvidenceRecord | null {
  const candidates = db.prepare(`SELECT ${COLUMNS} FROM evidence WHERE sha256 = ? AND redacts_evidence_id IS NULL ORDER BY id`).all(sha256) as EvidenceRecord[];
  const inCase = db.prepare('SELECT 1 FROM case_evidence WHERE case_id = ? AND evidence_id = ?');
  const onListing = db.prepare('SELECT 1 FROM listing_evidence WHERE listing_id = ? AND evidence_id = ?');
  const onTestBuy = db.prepare('SELECT 1 FROM test_buy_evidence WHERE test_buy_id = ? AND evidence_id = ?');
  for (const e of candidates) {
    if (to.caseId !== null && !inCase.get(to.caseId, e.id)) continue;
    if (to.listingId !== null && !onListing.get(to.listingId, e.id)) continue;
    if (to.testBuyId !== null && !onTestBuy.get(to.testBuyId, e.id)) continue;
    return e;
  }
  return null;
}

export function caseEvidence(db: Database.Database, caseId: number): CaseEvidenceRecord[] {
  const rows = db
    .prepare(`SELECT ${columns('e')}, ce.listing_id AS listingId, ce.added_at AS linkedAt,
        (SELECT group_concat(r.id) FROM evidence r WHERE r.redacts_evidence_id = e.id) AS redactedBy
      FROM case_evidence ce JOIN evidence e ON e.id = ce.evidence_id WHERE ce.case_id = ? ORDER BY e.id`)
    .all(caseId) as (Omit<CaseEvidenceRecord, 'redactedBy'> & { redactedBy: string | null })[];
  return rows.map((r) => ({ ...r, redactedBy: r.redactedBy ? r.redactedBy.split(',').map(Number) : [] }));
}

export function evidenceCount(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number }).n;
}

/** How many distinct files (hashes) the catalogue names: the count distinctEvidenceHashes walks. */
export function distinctEvidenceHashCount(db: Database.Database): number {
  return (db.prepare('SELECT count(DISTINCT sha256) AS n FROM evidence').get() as { n: number }).n;
}

/** Every distinct stored hash with the lowest evidence row naming it, in hash order, read in pages. */
export function* distinctEvidenceHashes(db: Database.Database, pageSize = 1000): Generator<{ sha256: string; firstId: number; originalName: string }> {
  const page = db.prepare(
    `SELECT g.sha256, g.firstId, e.original_name AS originalName
     FROM (SELECT sha256, min(id) AS firstId FROM evidence WHERE sha256 > ? GROUP BY sha256 ORDER BY sha256 LIMIT ?) g JOIN evidence e ON e.id = g.firstId ORDER BY g.sha256`,
  );
  let after = '';
  for (;;) {
    const rows = page.all(after, pageSize) as { sha256: string; firstId: number; originalName: string }[];
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1]!.sha256;
  }
}

/**
 * Every file the evidence store must hold for this workspace, in hash order: each evidence row's file and each
 * trademark's mark image (kept in the store, but named only by its trademark).
 */
export function storedFileHashes(db: Database.Database): string[] {
  return db
    .prepare('SELECT sha256 FROM evidence UNION SELECT mark_image_sha256 FROM trademark WHERE mark_image_sha256 IS NOT NULL ORDER BY 1')
    .pluck()
    .all() as string[];
}
