// SQL for scoring: what the matcher and rules read (catalogue, brand context, listings) and what they write
// (each listing's match, risk score and findings).
import type Database from 'better-sqlite3';
import type { MatchableProduct, MatchCandidate } from '../compare/matching/productMatcher';
import { HIGH_RISK_FROM, MEDIUM_RISK_FROM } from '../../api/vocabulary';
import type { Finding } from '../compare/rules/finding';
import { countListingsAround } from './dashboardCells';
import type { NewListing } from './listingsRepository';

/** A genuine product as the matcher and the rules read it. */
export interface ScoringProduct extends Omit<MatchableProduct, 'msrpUsd'> {
  minAuthorisedPrice: number | null;
  colourways: string[];
  materials: string[];
  gtins: string[];
  serialPattern: string | null;
  neverMadeModels: string[];
}

const list = (text: string): string[] => JSON.parse(text) as string[];

export function scoringProducts(db: Database.Database): ScoringProduct[] {
  const rows = db.prepare('SELECT p.*, b.name AS brand_name FROM product p JOIN brand b ON b.id = p.brand_id ORDER BY p.id').all() as Record<string, string | number | null>[];
  return rows.map((r) => ({
    id: r.id as number,
    sku: r.sku as string,
    name: r.name as string,
    aliases: list(r.aliases as string),
    brand: r.brand_name as string,
    category: r.category as string | null,
    msrp: r.msrp as number | null,
    currency: r.currency as string | null,
    minAuthorisedPrice: r.min_authorised_price as number | null,
    colourways: list(r.colourways as string),
    materials: list(r.materials as string),
    gtins: list(r.gtins as string),
    serialPattern: r.serial_pattern as string | null,
    neverMadeModels: list(r.never_made_models as string),
  }));
}

export interface BrandContextRows {
  marks: string[];
  gs1Prefixes: string[];
  authorisedSellers: { marketplace: string; sellerRef: string }[];
}

export function brandContextRows(db: Database.Database): BrandContextRows {
  const brands = db.prepare('SELECT name, gs1_prefixes FROM brand').all() as { name: string; gs1_prefixes: string }[];
  const marks = db.prepare('SELECT DISTINCT mark FROM trademark').all() as { mark: string }[];
  return {
    marks: [...new Set([...brands.map((b) => b.name), ...marks.map((m) => m.mark)])],
    gs1Prefixes: brands.flatMap((b) => list(b.gs1_prefixes)),
    authorisedSellers: (db.prepare('SELECT marketplace, seller_ref FROM authorised_seller').all() as { marketplace: string; seller_ref: string }[]).map((s) => ({
      marketplace: s.marketplace,
      sellerRef: s.seller_ref,
    })),
  };
}

/** A listing with what scoring reads, and the hash, correction and result of its last scoring. */
export type ScoringListing = Pick<NewListing, 'marketplace' | 'title' | 'description' | 'brand' | 'price' | 'price_max' | 'currency' | 'price_normalised' | 'seller_name'> & {
  id: number;
  seller_ref: string | null;
  input_hash: string | null;
  /** The product a reviewer chose; null when none was chosen, or when the reviewer chose "no product" (see `corrected`). */
  corrected_product_id: number | null;
  /** 1 when a reviewer corrected the match, to a product or to "no product" (corrected_product_id null). */
  corrected: number;
  /** The last scoring as stored (nulls before the first), so a run writes only what changed. */
  stored_product_id: number | null;
  stored_score: number | null;
  stored_candidates: string | null;
  stored_risk_score: number | null;
  /** listing.risk_score, the copy the Listings grid sorts by. */
  listing_risk_score: number | null;
};

/**
 * Every listing, read in batches by id: no statement stays open between batches, so the caller may write its
 * results as it goes, and memory holds one batch rather than the whole workspace.
 */
export function* iterateScoringListings(db: Database.Database, batchSize = 5000): Generator<ScoringListing> {
  const batch = db.prepare(`SELECT l.id, l.marketplace, l.title, l.description, l.brand, l.price, l.price_max, l.currency, l.price_normalised, l.seller_name,
      s.seller_ref, m.input_hash, CASE WHEN m.corrected = 1 THEN m.product_id END AS corrected_product_id, coalesce(m.corrected, 0) AS corrected,
      m.product_id AS stored_product_id, m.score AS stored_score, m.candidates AS stored_candidates, m.risk_score AS stored_risk_score, l.risk_score AS listing_risk_score
    FROM listing l LEFT JOIN seller s ON s.id = l.seller_id LEFT JOIN listing_match m ON m.listing_id = l.id
    WHERE l.id > ? ORDER BY l.id LIMIT ?`);
  for (let after = 0; ; ) {
    const rows = batch.all(after, batchSize) as ScoringListing[];
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1]!.id;
  }
}

export interface ScoredListing {
  listingId: number;
  productId: number | null;
  score: number;
  candidates: MatchCandidate[];
  corrected: boolean;
  riskScore: number;
  inputHash: string;
  findings: Finding[];
}

/** The finding columns scoring writes, and a finding as their values (the images rule's image as three columns). */
const FINDING_COLUMNS = 'rule, severity, expected, observed, weight, message, location, image_sha256, photo_sha256, other_sellers';
const findingValues = (f: Finding): (string | number | null)[] => [
  f.rule,
  f.severity,
  f.expected,
  f.observed,
  f.weight,
  f.message,
  f.where ? JSON.stringify(f.where) : null,
  f.image?.sha256 ?? null,
  f.image?.photoSha256 ?? null,
  f.image?.otherSellers ?? null,
];
const INSERT_FINDING = `INSERT INTO finding (listing_id, ${FINDING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Writes a listing's scoring whatever was stored before, replacing its earlier findings; call inside a transaction. */
export function scoreWriter(db: Database.Database, scoredAt: string): (s: ScoredListing) => void {
  const upsert = db.prepare(`INSERT INTO listing_match (listing_id, product_id, score, candidates, corrected, risk_score, input_hash, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (listing_id) DO UPDATE SET product_id = excluded.product_id, score = excluded.score, candidates = excluded.candidates,
      corrected = excluded.corrected, risk_score = excluded.risk_score, input_hash = excluded.input_hash, scored_at = excluded.scored_at`);
  const setRisk = db.prepare('UPDATE listing SET risk_score = ? WHERE id = ?');
  const clear = db.prepare('DELETE FROM finding WHERE listing_id = ?');
  const insert = db.prepare(INSERT_FINDING);
  return (s) => {
    upsert.run(s.listingId, s.productId, s.score, JSON.stringify(s.candidates), s.corrected ? 1 : 0, s.riskScore, s.inputHash, scoredAt);
    setRisk.run(s.riskScore, s.listingId);
    clear.run(s.listingId);
    for (const f of s.findings) insert.run(s.listingId, ...findingValues(f));
  };
}

/** A listing's new scoring beside the listing as read, whose stored_* fields hold its previous scoring. */
export interface RescoredListing {
  scored: ScoredListing;
  previous: ScoringListing;
}

/** A batch writing at least this many listings counts them into the Dashboard's cells in grouped passes. */
const COUNT_IN_BULK_FROM = 200;

/** A batch wider than this many ids per listing reads its stored findings listing by listing rather than by range. */
const SPARSE = 4;

/** A finding as its stored row reads back (the columns of FINDING_COLUMNS), for comparing the two. */
const findingKey = (f: Finding): string => JSON.stringify(findingValues(f));

/**
 * Writes a batch of scorings, each only where it changed: the match row when the product, score, candidates,
 * correction or risk changed (only its input hash when nothing else did), listing.risk_score when it differs, and
 * the findings when they differ from the stored ones in content or order. Re-scoring an unchanged workspace
 * writes almost nothing. Call inside a transaction; returns how many listings had anything but their hash written.
 */
export function changedScoreWriter(db: Database.Database, scoredAt: string): (batch: readonly RescoredListing[]) => number {
  const upsert = db.prepare(`INSERT INTO listing_match (listing_id, product_id, score, candidates, corrected, risk_score, input_hash, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (listing_id) DO UPDATE SET product_id = excluded.product_id, score = excluded.score, candidates = excluded.candidates,
      corrected = excluded.corrected, risk_score = excluded.risk_score, input_hash = excluded.input_hash, scored_at = excluded.scored_at`);
  const setHash = db.prepare('UPDATE listing_match SET input_hash = ? WHERE listing_id = ?');
  const setRisk = db.prepare('UPDATE listing SET risk_score = ? WHERE id = ?');
  const clear = db.prepare('DELETE FROM finding WHERE listing_id = ?');
  const insert = db.prepare(INSERT_FINDING);
  const inRange = db.prepare(`SELECT listing_id, ${FINDING_COLUMNS} FROM finding WHERE listing_id BETWEEN ? AND ? ORDER BY listing_id, id`).raw();
  const ofListing = db.prepare(`SELECT listing_id, ${FINDING_COLUMNS} FROM finding WHERE listing_id = ? ORDER BY id`).raw();

  /** The stored findings of the batch's listings, each listing's as one comparable string. */
  function storedFindings(batch: readonly RescoredListing[]): Map<number, string> {
    const keys = new Map<number, string>();
    batch = batch.filter((b) => b.previous.stored_score !== null);
    if (batch.length === 0) return keys;
    const add = (row: unknown[]): void => {
      const id = row[0] as number;
      const key = JSON.stringify(row.slice(1));
      const seen = keys.get(id);
      keys.set(id, seen === undefined ? key : `${seen}\n${key}`);
    };
    let min = Infinity;
    let max = -Infinity;
    for (const { scored } of batch) {
      if (scored.listingId < min) min = scored.listingId;
      if (scored.listingId > max) max = scored.listingId;
    }
    if (max - min <= SPARSE * batch.length) for (const row of inRange.iterate(min, max)) add(row as unknown[]);
    else for (const { scored } of batch) for (const row of ofListing.iterate(scored.listingId)) add(row as unknown[]);
    return keys;
  }

  return (batch) => {
    if (batch.length === 0) return 0;
    const stored = storedFindings(batch);
    // What to write, listing by listing, decided before anything is written.
    const writes: { s: ScoredListing; p: ScoringListing; candidates: string; matchSame: boolean; riskSame: boolean; findingsSame: boolean }[] = [];
    for (const { scored: s, previous: p } of batch) {
      const candidates = JSON.stringify(s.candidates);
      // A listing never scored before has nothing stored to compare with (its findings are cleared all the same).
      const scoredBefore = p.stored_score !== null;
      const matchSame = scoredBefore && p.stored_product_id === s.productId && p.stored_score === s.score && p.stored_candidates === candidates && p.corrected === (s.corrected ? 1 : 0) && p.stored_risk_score === s.riskScore;
      const findingsSame = scoredBefore && (stored.get(s.listingId) ?? '') === s.findings.map(findingKey).join('\n');
      const riskSame = p.listing_risk_score === s.riskScore;
      if (matchSame && findingsSame && riskSame) {
        if (p.input_hash !== s.inputHash) setHash.run(s.inputHash, s.listingId);
      } else {
        writes.push({ s, p, candidates, matchSame, riskSame, findingsSame });
      }
    }
    const writeAll = (): void => {
      for (const { s, p, candidates, matchSame, riskSame, findingsSame } of writes) {
        if (matchSame) {
          if (p.input_hash !== s.inputHash) setHash.run(s.inputHash, s.listingId);
        } else {
          upsert.run(s.listingId, s.productId, s.score, candidates, s.corrected ? 1 : 0, s.riskScore, s.inputHash, scoredAt);
        }
        if (!riskSame) setRisk.run(s.riskScore, s.listingId);
        if (!findingsSame) {
          clear.run(s.listingId);
          for (const f of s.findings) insert.run(s.listingId, ...findingValues(f));
        }
      }
    };
    // Counting each write into the Dashboard's cells through its triggers costs more than the write; many are
    // counted out and back in by grouped passes instead.
    if (writes.length >= COUNT_IN_BULK_FROM) countListingsAround(db, writes.map((w) => w.s.listingId), writeAll);
    else writeAll();
    return writes.length;
  };
}

/**
 * The last scoring run, in the meta table under 'scoring.run': `{ started_at, pid, scored }` while it runs (scored
 * counts the listings committed so far) and `{ started_at, finished_at, scored }` once it has finished. A run
 * killed mid-way leaves the first form, so the next one can say that it finishes an interrupted run.
 */
export interface ScoringRunRecord {
  started_at: string;
  pid?: number;
  finished_at?: string;
  scored: number;
}

export function readScoringRun(db: Database.Database): ScoringRunRecord | null {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'scoring.run'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as ScoringRunRecord) : null;
}

export function recordScoringRun(db: Database.Database, run: ScoringRunRecord): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('scoring.run', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(run));
}

export interface ListingScore {
  productSku: string | null;
  matchScore: number | null;
  candidates: { sku: string; score: number }[];
  riskScore: number | null;
  findings: { rule: string; severity: string; message: string }[];
}

/** A listing's scoring as `assay listings --json` prints it; nulls before the first `assay score`. */
export function listingScoreReader(db: Database.Database): (listingId: number) => ListingScore {
  const match = db.prepare('SELECT p.sku, m.score, m.candidates, m.risk_score FROM listing_match m LEFT JOIN product p ON p.id = m.product_id WHERE m.listing_id = ?');
  const findings = db.prepare('SELECT rule, severity, message FROM finding WHERE listing_id = ? ORDER BY weight DESC, id');
  return (listingId) => {
    const m = match.get(listingId) as { sku: string | null; score: number; candidates: string; risk_score: number } | undefined;
    if (!m) return { productSku: null, matchScore: null, candidates: [], riskScore: null, findings: [] };
    return {
      productSku: m.sku,
      matchScore: m.score,
      candidates: (JSON.parse(m.candidates) as MatchCandidate[]).map((c) => ({ sku: c.sku, score: c.score })),
      riskScore: m.risk_score,
      findings: findings.all(listingId) as ListingScore['findings'],
    };
  };
}

/** How many scored listings fall in each risk band (low under 30, high 60 and over), and how many matched a product. */
export function scoredTotals(db: Database.Database): { bands: { low: number; medium: number; high: number }; matched: number } {
  const r = db
    .prepare(`SELECT coalesce(sum(risk_score < @medium), 0) AS low, coalesce(sum(risk_score >= @medium AND risk_score < @high), 0) AS medium,
        coalesce(sum(risk_score >= @high), 0) AS high, coalesce(sum(product_id IS NOT NULL), 0) AS matched FROM listing_match`)
    .get({ medium: MEDIUM_RISK_FROM, high: HIGH_RISK_FROM }) as { low: number; medium: number; high: number; matched: number };
  return { bands: { low: r.low, medium: r.medium, high: r.high }, matched: r.matched };
}

export interface ListingAssessment {
  match: { productId: number | null; sku: string | null; name: string | null; score: number; corrected: boolean; candidates: { sku: string; score: number }[] } | null;
  riskScore: number | null;
  findings: { rule: string; severity: string; expected: string | null; observed: string | null; weight: number; message: string }[];
}

/** A listing's match and findings for its detail view; null match before its first scoring. */
export function listingAssessment(db: Database.Database, listingId: number): ListingAssessment {
  const m = db
    .prepare('SELECT m.product_id, p.sku, p.name, m.score, m.corrected, m.candidates, m.risk_score FROM listing_match m LEFT JOIN product p ON p.id = m.product_id WHERE m.listing_id = ?')
    .get(listingId) as { product_id: number | null; sku: string | null; name: string | null; score: number; corrected: number; candidates: string; risk_score: number } | undefined;
  if (!m) return { match: null, riskScore: null, findings: [] };
  const findings = db.prepare('SELECT rule, severity, expected, observed, weight, message FROM finding WHERE listing_id = ? ORDER BY weight DESC, id').all(listingId) as ListingAssessment['findings'];
  return {
    match: { productId: m.product_id, sku: m.sku, name: m.name, score: m.score, corrected: m.corrected === 1, candidates: (JSON.parse(m.candidates) as MatchCandidate[]).map((c) => ({ sku: c.sku, score: c.score })) },
    riskScore: m.risk_score,
    findings,
  };
}
