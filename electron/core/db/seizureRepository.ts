// SQL for seized-goods inventories: seizures, their lines with serials, GTINs and photos, the examiner's checks,
// the automatic findings, and the evidence rows behind photos. Callers wrap writes in a transaction with the
// custody event that records them.
import type Database from 'better-sqlite3';
import type { AutoFinding, CheckResult, ExaminationCheckRow, SeizedLineRow, SeizureDocument, SeizureFields, TransportMode, Verdict } from '../../api/seizureContract';

export interface SeizureRow extends SeizureFields {
  id: number;
  createdAt: string;
  updatedAt: string;
  lines: number;
  examined: number;
  quantity: number;
  verdicts: Record<Verdict, number>;
  flagged: number;
}

const SEIZURE_SELECT = `SELECT s.*,
    (SELECT count(*) FROM seized_line l WHERE l.seizure_id = s.id) AS lines,
    (SELECT count(*) FROM seized_line l WHERE l.seizure_id = s.id AND l.verdict IS NOT NULL) AS examined,
    (SELECT coalesce(sum(max(l.quantity, 0)), 0) FROM seized_line l WHERE l.seizure_id = s.id) AS quantity,
    (SELECT count(*) FROM seized_line l WHERE l.seizure_id = s.id AND l.verdict = 'counterfeit') AS counterfeit,
    (SELECT count(*) FROM seized_line l WHERE l.seizure_id = s.id AND l.verdict = 'genuine') AS genuine,
    (SELECT count(*) FROM seized_line l WHERE l.seizure_id = s.id AND l.verdict = 'inconclusive') AS inconclusive,
    (SELECT count(*) FROM seized_line l WHERE l.seizure_id = s.id AND l.problems <> '[]') AS flagged
  FROM seizure s`;

function toSeizure(r: Record<string, unknown>): SeizureRow {
  return {
    id: r.id as number,
    authority: r.authority as string,
    reference: r.reference as string,
    office: r.office as string,
    detainedOn: r.detained_on as string | null,
    deadlineOn: r.deadline_on as string | null,
    transportMode: r.transport_mode as TransportMode,
    originCountry: r.origin_country as string,
    consignor: r.consignor as string,
    consignee: r.consignee as string,
    notes: r.notes as string,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    lines: r.lines as number,
    examined: r.examined as number,
    quantity: r.quantity as number,
    verdicts: { counterfeit: r.counterfeit as number, genuine: r.genuine as number, inconclusive: r.inconclusive as number },
    flagged: r.flagged as number,
  };
}

export function insertSeizure(db: Database.Database, f: SeizureFields, at: string): number {
  return Number(
    db
      .prepare(`INSERT INTO seizure (authority, reference, office, detained_on, deadline_on, transport_mode, origin_country, consignor, consignee, notes, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(f.authority, f.reference, f.office, f.detainedOn, f.deadlineOn, f.transportMode, f.originCountry, f.consignor, f.consignee, f.notes, at, at).lastInsertRowid,
  );
}

export function updateSeizureRow(db: Database.Database, id: number, f: SeizureFields, at: string): void {
  db.prepare(`UPDATE seizure SET authority = ?, reference = ?, office = ?, detained_on = ?, deadline_on = ?, transport_mode = ?, origin_country = ?, consignor = ?, consignee = ?, notes = ?, updated_at = ?
    WHERE id = ?`).run(f.authority, f.reference, f.office, f.detainedOn, f.deadlineOn, f.transportMode, f.originCountry, f.consignor, f.consignee, f.notes, at, id);
}

export function touchSeizure(db: Database.Database, id: number, at: string): void {
  db.prepare('UPDATE seizure SET updated_at = ? WHERE id = ?').run(at, id);
}

export function getSeizureRow(db: Database.Database, id: number): SeizureRow | null {
  const r = db.prepare(`${SEIZURE_SELECT} WHERE s.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toSeizure(r) : null;
}

export function findSeizureByReference(db: Database.Database, reference: string): SeizureRow[] {
  return (db.prepare(`${SEIZURE_SELECT} WHERE s.reference = ? ORDER BY s.id`).all(reference) as Record<string, unknown>[]).map(toSeizure);
}

/** Every seizure, soonest deadline first (those without one last). */
export function listSeizureRows(db: Database.Database): SeizureRow[] {
  return (db.prepare(`${SEIZURE_SELECT} ORDER BY s.deadline_on IS NULL, s.deadline_on, s.id`).all() as Record<string, unknown>[]).map(toSeizure);
}

export function seizureDocuments(db: Database.Database, seizureId: number): SeizureDocument[] {
  return db
    .prepare(`SELECT e.id AS evidenceId, e.original_name AS name, e.media_type AS mediaType, e.size, e.sha256, e.added_by AS addedBy, d.added_at AS addedAt
      FROM seizure_document d JOIN evidence e ON e.id = d.evidence_id WHERE d.seizure_id = ? ORDER BY d.added_at, e.id`)
    .all(seizureId) as SeizureDocument[];
}

/* ---------- lines ---------- */

export interface NewSeizedLine {
  lineNo: number;
  description: string;
  brandClaimed: string;
  modelClaimed: string;
  quantity: number | null;
  declaredValue: number | null;
  currency: string | null;
  markings: string;
  weightG: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  problems: string[];
  raw: Record<string, unknown>;
  serials: readonly string[];
  gtins: readonly string[];
}

export function nextLineNo(db: Database.Database, seizureId: number): number {
  return (db.prepare('SELECT coalesce(max(line_no), 0) + 1 AS n FROM seized_line WHERE seizure_id = ?').get(seizureId) as { n: number }).n;
}

/** Prepared once, for many lines: inserts a line with its serials and GTINs and returns its id. */
export function seizedLineInserter(db: Database.Database, normalise: (serial: string) => string): (seizureId: number, l: NewSeizedLine) => number {
  const line = db.prepare(`INSERT INTO seized_line (seizure_id, line_no, description, brand_claimed, model_claimed, quantity, declared_value, currency, markings, weight_g, length_mm, width_mm, height_mm, problems, raw)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const serial = db.prepare('INSERT OR IGNORE INTO seized_serial (line_id, serial, normalised) VALUES (?, ?, ?)');
  const gtin = db.prepare('INSERT OR IGNORE INTO seized_line_gtin (line_id, gtin) VALUES (?, ?)');
  return (seizureId, l) => {
    const id = Number(
      line.run(seizureId, l.lineNo, l.description, l.brandClaimed, l.modelClaimed, l.quantity, l.declaredValue, l.currency, l.markings, l.weightG, l.lengthMm, l.widthMm, l.heightMm, JSON.stringify(l.problems), JSON.stringify(l.raw))
        .lastInsertRowid,
    );
    for (const s of l.serials) serial.run(id, s, normalise(s));
    for (const g of l.gtins) gtin.run(id, g);
    return id;
  };
}

const LINE_SELECT = `SELECT l.*, p.sku AS product_sku, p.name AS product_name,
    (SELECT count(*) FROM seized_serial s WHERE s.line_id = l.id) AS serial_count,
    (SELECT count(*) FROM seized_line_photo ph WHERE ph.line_id = l.id) AS photo_count,
    (SELECT count(*) FROM seized_line_finding f WHERE f.line_id = l.id AND f.severity IN ('medium', 'high')) AS alert_count
  FROM seized_line l LEFT JOIN product p ON p.id = l.product_id`;

export interface SeizedLineRecord extends SeizedLineRow {
  weightG: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
}

function toLine(r: Record<string, unknown>): SeizedLineRecord {
  return {
    id: r.id as number,
    seizureId: r.seizure_id as number,
    lineNo: r.line_no as number,
    description: r.description as string,
    brandClaimed: r.brand_claimed as string,
    modelClaimed: r.model_claimed as string,
    quantity: r.quantity as number | null,
    declaredValue: r.declared_value as number | null,
    currency: r.currency as string | null,
    markings: r.markings as string,
    product: r.product_id === null ? null : { id: r.product_id as number, sku: r.product_sku as string, name: r.product_name as string },
    matchScore: r.match_score as number | null,
    matchMethod: r.match_method as SeizedLineRow['matchMethod'],
    verdict: r.verdict as Verdict | null,
    examiner: r.examiner as string | null,
    reasons: r.reasons as string,
    examinedAt: r.examined_at as string | null,
    serials: r.serial_count as number,
    photos: r.photo_count as number,
    problems: JSON.parse(r.problems as string) as string[],
    alerts: r.alert_count as number,
    weightG: r.weight_g as number | null,
    lengthMm: r.length_mm as number | null,
    widthMm: r.width_mm as number | null,
    heightMm: r.height_mm as number | null,
  };
}

export function getLine(db: Database.Database, lineId: number): SeizedLineRecord | null {
  const r = db.prepare(`${LINE_SELECT} WHERE l.id = ?`).get(lineId) as Record<string, unknown> | undefined;
  return r ? toLine(r) : null;
}

export function linesOfSeizure(db: Database.Database, seizureId: number): SeizedLineRecord[] {
  return (db.prepare(`${LINE_SELECT} WHERE l.seizure_id = ? ORDER BY l.line_no`).all(seizureId) as Record<string, unknown>[]).map(toLine);
}

export function neighbourLines(db: Database.Database, seizureId: number, lineNo: number): { previous: number | null; next: number | null } {
  const previous = db.prepare('SELECT id FROM seized_line WHERE seizure_id = ? AND line_no < ? ORDER BY line_no DESC LIMIT 1').get(seizureId, lineNo) as { id: number } | undefined;
  const next = db.prepare('SELECT id FROM seized_line WHERE seizure_id = ? AND line_no > ? ORDER BY line_no LIMIT 1').get(seizureId, lineNo) as { id: number } | undefined;
  return { previous: previous?.id ?? null, next: next?.id ?? null };
}

export function serialsOfLine(db: Database.Database, lineId: number): string[] {
  return (db.prepare('SELECT serial FROM seized_serial WHERE line_id = ? ORDER BY id').all(lineId) as { serial: string }[]).map((r) => r.serial);
}

export function gtinsOfLine(db: Database.Database, lineId: number): string[] {
  return (db.prepare('SELECT gtin FROM seized_line_gtin WHERE line_id = ? ORDER BY gtin').all(lineId) as { gtin: string }[]).map((r) => r.gtin);
}

/** Serials and GTINs of every line of a seizure, in one read each, keyed by line id (serials with their normal form). */
export function identifiersOfSeizure(db: Database.Database, seizureId: number): { serials: Map<number, string[]>; normalised: Map<number, string[]>; gtins: Map<number, string[]> } {
  const serials = new Map<number, string[]>();
  const normalised = new Map<number, string[]>();
  const gtins = new Map<number, string[]>();
  const push = (map: Map<number, string[]>, key: number, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const r of db.prepare('SELECT s.line_id, s.serial, s.normalised FROM seized_serial s JOIN seized_line l ON l.id = s.line_id WHERE l.seizure_id = ? ORDER BY s.id').raw().iterate(seizureId) as Iterable<[number, string, string]>) {
    push(serials, r[0], r[1]);
    push(normalised, r[0], r[2]);
  }
  for (const r of db.prepare('SELECT g.line_id, g.gtin FROM seized_line_gtin g JOIN seized_line l ON l.id = g.line_id WHERE l.seizure_id = ?').raw().iterate(seizureId) as Iterable<[number, string]>) push(gtins, r[0], r[1]);
  return { serials, normalised, gtins };
}

/** Where a seizure's serials (normal form) also appear in other seizures: normal form → "line N of seizure REF" places. */
export function serialsInOtherSeizures(db: Database.Database, seizureId: number): Map<string, string[]> {
  const rows = db
    .prepare(`SELECT b.normalised, lb.line_no, sb.reference
      FROM seized_serial b JOIN seized_line lb ON lb.id = b.line_id JOIN seizure sb ON sb.id = lb.seizure_id
      WHERE lb.seizure_id <> ? AND b.normalised IN (SELECT a.normalised FROM seized_serial a JOIN seized_line la ON la.id = a.line_id WHERE la.seizure_id = ?)
      ORDER BY sb.id, lb.line_no`)
    .raw()
    .all(seizureId, seizureId) as [string, number, string][];
  const out = new Map<string, string[]>();
  for (const [key, lineNo, reference] of rows) out.set(key, [...(out.get(key) ?? []), `line ${lineNo} of seizure ${reference}`]);
  return out;
}

/** The other lines of the same seizure that hold one of this line's serials. */
export function linesSharingSerials(db: Database.Database, lineId: number): number[] {
  return (db
    .prepare(`SELECT DISTINCT b.line_id AS id FROM seized_serial a JOIN seized_serial b ON b.normalised = a.normalised AND b.line_id <> a.line_id
      JOIN seized_line la ON la.id = a.line_id JOIN seized_line lb ON lb.id = b.line_id AND lb.seizure_id = la.seizure_id WHERE a.line_id = ?`)
    .all(lineId) as { id: number }[]).map((r) => r.id);
}

export function setLineProduct(db: Database.Database, lineId: number, productId: number | null, score: number | null, method: SeizedLineRow['matchMethod']): void {
  db.prepare('UPDATE seized_line SET product_id = ?, match_score = ?, match_method = ? WHERE id = ?').run(productId, score, method, lineId);
}

export function setLineMeasurements(db: Database.Database, lineId: number, m: { weightG: number | null; lengthMm: number | null; widthMm: number | null; heightMm: number | null }): void {
  db.prepare('UPDATE seized_line SET weight_g = ?, length_mm = ?, width_mm = ?, height_mm = ? WHERE id = ?').run(m.weightG, m.lengthMm, m.widthMm, m.heightMm, lineId);
}

export function setLineVerdict(db: Database.Database, lineId: number, verdict: Verdict | null, examiner: string | null, reasons: string, at: string | null): void {
  db.prepare('UPDATE seized_line SET verdict = ?, examiner = ?, reasons = ?, examined_at = ? WHERE id = ?').run(verdict, examiner, reasons, at, lineId);
}

/* ---------- the examiner's checklist ---------- */

export function checksOfLine(db: Database.Database, lineId: number): ExaminationCheckRow[] {
  return db.prepare('SELECT id, position, feature, kind, result, note, evidence_id AS evidenceId FROM examination_check WHERE line_id = ? ORDER BY position, id').all(lineId) as ExaminationCheckRow[];
}

export function getCheck(db: Database.Database, checkId: number): (ExaminationCheckRow & { lineId: number }) | null {
  return (db.prepare('SELECT id, line_id AS lineId, position, feature, kind, result, note, evidence_id AS evidenceId FROM examination_check WHERE id = ?').get(checkId) as (ExaminationCheckRow & { lineId: number }) | undefined) ?? null;
}

/**
 * Prepared once for many lines: makes a line's checklist the given items, in order. Checks already marked (or with a
 * note or photo) are kept even when the new product does not list them, so nothing an examiner recorded is lost.
 */
export function checklistSyncer(db: Database.Database): (lineId: number, items: readonly { feature: string; kind: string }[]) => void {
  const read = db.prepare('SELECT id, feature, result, note, evidence_id AS evidenceId FROM examination_check WHERE line_id = ?');
  const remove = db.prepare('DELETE FROM examination_check WHERE id = ?');
  const insert = db.prepare('INSERT INTO examination_check (line_id, position, feature, kind) VALUES (?, ?, ?, ?)');
  const move = db.prepare('UPDATE examination_check SET position = ? WHERE id = ? AND position <> ?');
  return (lineId, items) => {
    const existing = new Map((read.all(lineId) as { id: number; feature: string; result: string; note: string; evidenceId: number | null }[]).map((c) => [c.feature, c]));
    if (existing.size === 0 && items.length === 0) return;
    const wanted = new Set(items.map((i) => i.feature));
    for (const c of existing.values()) if (!wanted.has(c.feature) && c.result === 'not_checked' && c.note === '' && c.evidenceId === null) remove.run(c.id);
    items.forEach((item, position) => {
      const had = existing.get(item.feature);
      if (had) move.run(position, had.id, position);
      else insert.run(lineId, position, item.feature, item.kind);
    });
  };
}

export function setCheckResult(db: Database.Database, checkId: number, result: CheckResult, note: string | undefined, by: string, at: string): void {
  if (note === undefined) db.prepare('UPDATE examination_check SET result = ?, checked_by = ?, checked_at = ? WHERE id = ?').run(result, by, at, checkId);
  else db.prepare('UPDATE examination_check SET result = ?, note = ?, checked_by = ?, checked_at = ? WHERE id = ?').run(result, note, by, at, checkId);
}

export function setCheckPhoto(db: Database.Database, checkId: number, evidenceId: number): void {
  db.prepare('UPDATE examination_check SET evidence_id = ? WHERE id = ?').run(evidenceId, checkId);
}

/** Failed checks of every line of a seizure, keyed by line id, for the report. */
export function failedChecksOfSeizure(db: Database.Database, seizureId: number): Map<number, { feature: string; note: string; evidenceId: number | null }[]> {
  const out = new Map<number, { feature: string; note: string; evidenceId: number | null }[]>();
  const rows = db
    .prepare("SELECT c.line_id AS lineId, c.feature, c.note, c.evidence_id AS evidenceId FROM examination_check c JOIN seized_line l ON l.id = c.line_id WHERE l.seizure_id = ? AND c.result = 'fail' ORDER BY c.line_id, c.position")
    .all(seizureId) as { lineId: number; feature: string; note: string; evidenceId: number | null }[];
  for (const r of rows) out.set(r.lineId, [...(out.get(r.lineId) ?? []), { feature: r.feature, note: r.note, evidenceId: r.evidenceId }]);
  return out;
}

/* ---------- automatic findings ---------- */

export function findingsWriter(db: Database.Database): (lineId: number, findings: readonly AutoFinding[]) => void {
  const clear = db.prepare('DELETE FROM seized_line_finding WHERE line_id = ?');
  const insert = db.prepare('INSERT INTO seized_line_finding (line_id, "check", severity, expected, observed, message) VALUES (?, ?, ?, ?, ?, ?)');
  return (lineId, findings) => {
    clear.run(lineId);
    for (const f of findings) insert.run(lineId, f.check, f.severity, f.expected, f.observed, f.message);
  };
}

export function findingsOfLine(db: Database.Database, lineId: number): AutoFinding[] {
  return db.prepare('SELECT "check", severity, expected, observed, message FROM seized_line_finding WHERE line_id = ? ORDER BY id').all(lineId) as AutoFinding[];
}

export function findingsOfSeizure(db: Database.Database, seizureId: number): Map<number, AutoFinding[]> {
  const out = new Map<number, AutoFinding[]>();
  const rows = db
    .prepare('SELECT f.line_id AS lineId, f."check", f.severity, f.expected, f.observed, f.message FROM seized_line_finding f JOIN seized_line l ON l.id = f.line_id WHERE l.seizure_id = ? ORDER BY f.id')
    .all(seizureId) as (AutoFinding & { lineId: number })[];
  for (const { lineId, ...f } of rows) out.set(lineId, [...(out.get(lineId) ?? []), f]);
  return out;
}

/* ---------- photos and documents (evidence rows) ---------- */

export interface NewEvidence {
  sha256: string;
  size: number;
  mediaType: string;
  kind: 'photo' | 'pdf' | 'other';
  originalName: string;
  capturedAt: string | null;
  addedBy: string;
  addedAt: string;
  note: string;
}

export function insertEvidence(db: Database.Database, e: NewEvidence): number {
  return Number(
    db
      .prepare('INSERT INTO evidence (sha256, size, media_type, kind, original_name, captured_at, added_by, added_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.sha256, e.size, e.mediaType, e.kind, e.originalName, e.capturedAt, e.addedBy, e.addedAt, e.note).lastInsertRowid,
  );
}

export function linkLinePhoto(db: Database.Database, lineId: number, evidenceId: number): void {
  db.prepare('INSERT OR IGNORE INTO seized_line_photo (line_id, evidence_id) VALUES (?, ?)').run(lineId, evidenceId);
}

export function linkSeizureDocument(db: Database.Database, seizureId: number, evidenceId: number, at: string): void {
  db.prepare('INSERT OR IGNORE INTO seizure_document (seizure_id, evidence_id, added_at) VALUES (?, ?, ?)').run(seizureId, evidenceId, at);
}

export function photosOfLine(db: Database.Database, lineId: number): { evidenceId: number; name: string }[] {
  return db.prepare('SELECT e.id AS evidenceId, e.original_name AS name FROM seized_line_photo p JOIN evidence e ON e.id = p.evidence_id WHERE p.line_id = ? ORDER BY e.id').all(lineId) as { evidenceId: number; name: string }[];
}

export function photosOfSeizure(db: Database.Database, seizureId: number): Map<number, { evidenceId: number; sha256: string; mediaType: string; name: string }[]> {
  const out = new Map<number, { evidenceId: number; sha256: string; mediaType: string; name: string }[]>();
  const rows = db
    .prepare('SELECT p.line_id AS lineId, e.id AS evidenceId, e.sha256, e.media_type AS mediaType, e.original_name AS name FROM seized_line_photo p JOIN evidence e ON e.id = p.evidence_id JOIN seized_line l ON l.id = p.line_id WHERE l.seizure_id = ? ORDER BY e.id')
    .all(seizureId) as { lineId: number; evidenceId: number; sha256: string; mediaType: string; name: string }[];
  for (const { lineId, ...photo } of rows) out.set(lineId, [...(out.get(lineId) ?? []), photo]);
  return out;
}

