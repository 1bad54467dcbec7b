// SQL over the rights holder's details (Settings → Brand): the brand's owner, agent and signature block, and its
// registered trademarks. Callers validate and write the custody event in the same transaction.
import type Database from 'better-sqlite3';
import type { TrademarkKind } from '../../api/caseVocabulary';
import type { RightsHolderRecord, TrademarkRecord } from '../../api/caseContract';

export type { RightsHolderRecord, TrademarkRecord };

export interface BrandRef {
  id: number;
  name: string;
}

export function listBrands(db: Database.Database): BrandRef[] {
  return db.prepare('SELECT id, name FROM brand ORDER BY id').all() as BrandRef[];
}

/** A brand by name (case-insensitive), or null. */
export function findBrandByName(db: Database.Database, name: string): BrandRef | null {
  return (db.prepare('SELECT id, name FROM brand WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1').get(name) as BrandRef | undefined) ?? null;
}

const RIGHTS_HOLDER_COLUMNS = `id AS brandId, name AS brandName, owner_name AS ownerName, owner_address AS ownerAddress, owner_email AS ownerEmail,
  owner_phone AS ownerPhone, owner_country AS ownerCountry, agent_name AS agentName, agent_address AS agentAddress, agent_email AS agentEmail,
  agent_phone AS agentPhone, agent_authorisation AS agentAuthorisation, agent_authorisation_expires_on AS agentAuthorisationExpiresOn,
  signatory_name AS signatoryName, signatory_title AS signatoryTitle, signature_text AS signatureText`;

export function getRightsHolder(db: Database.Database, brandId: number): RightsHolderRecord | null {
  return (db.prepare(`SELECT ${RIGHTS_HOLDER_COLUMNS} FROM brand WHERE id = ?`).get(brandId) as RightsHolderRecord | undefined) ?? null;
}

export function insertBrandRow(db: Database.Database, name: string, ownerName: string, at: string): number {
  return Number(db.prepare('INSERT INTO brand (name, owner_name, created_at) VALUES (?, ?, ?)').run(name, ownerName, at).lastInsertRowid);
}

export function updateRightsHolder(db: Database.Database, r: RightsHolderRecord): void {
  db.prepare(`UPDATE brand SET name = @brandName, owner_name = @ownerName, owner_address = @ownerAddress, owner_email = @ownerEmail,
      owner_phone = @ownerPhone, owner_country = @ownerCountry, agent_name = @agentName, agent_address = @agentAddress, agent_email = @agentEmail,
      agent_phone = @agentPhone, agent_authorisation = @agentAuthorisation, agent_authorisation_expires_on = @agentAuthorisationExpiresOn,
      signatory_name = @signatoryName, signatory_title = @signatoryTitle, signature_text = @signatureText WHERE id = @brandId`).run(r);
}

interface TrademarkDbRow {
  id: number;
  mark: string;
  kind: TrademarkKind;
  office: string;
  registration_number: string;
  classes: string;
  registered_on: string | null;
  expires_on: string | null;
  mark_image_sha256: string | null;
}

export function brandTrademarks(db: Database.Database, brandId: number): TrademarkRecord[] {
  const rows = db.prepare('SELECT * FROM trademark WHERE brand_id = ? ORDER BY office, registration_number').all(brandId) as TrademarkDbRow[];
  return rows.map((r) => ({
    id: r.id,
    mark: r.mark,
    kind: r.kind,
    office: r.office,
    registrationNumber: r.registration_number,
    classes: JSON.parse(r.classes) as number[],
    registeredOn: r.registered_on,
    expiresOn: r.expires_on,
    markImageSha256: r.mark_image_sha256,
  }));
}

export function trademarkBrandId(db: Database.Database, trademarkId: number): number | null {
  return (db.prepare('SELECT brand_id FROM trademark WHERE id = ?').get(trademarkId) as { brand_id: number } | undefined)?.brand_id ?? null;
}

/** Another registration with this office and number, which the schema keeps unique. */
export function trademarkByRegistration(db: Database.Database, office: string, registrationNumber: string): { id: number } | null {
  return (db.prepare('SELECT id FROM trademark WHERE office = ? AND registration_number = ?').get(office, registrationNumber) as { id: number } | undefined) ?? null;
}

export function insertTrademark(db: Database.Database, brandId: number, t: Omit<TrademarkRecord, 'id'>): number {
  return Number(
    db
      .prepare(`INSERT INTO trademark (brand_id, mark, kind, office, registration_number, classes, registered_on, expires_on, mark_image_sha256)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(brandId, t.mark, t.kind, t.office, t.registrationNumber, JSON.stringify(t.classes), t.registeredOn, t.expiresOn, t.markImageSha256).lastInsertRowid,
  );
}

export function updateTrademark(db: Database.Database, t: TrademarkRecord): void {
  db.prepare(`UPDATE trademark SET mark = ?, kind = ?, office = ?, registration_number = ?, classes = ?, registered_on = ?, expires_on = ?, mark_image_sha256 = ? WHERE id = ?`).run(
    t.mark,
    t.kind,
    t.office,
    t.registrationNumber,
    JSON.stringify(t.classes),
    t.registeredOn,
    t.expiresOn,
    t.markImageSha256,
    t.id,
  );
}

export function deleteTrademark(db: Database.Database, trademarkId: number): void {
  db.prepare('DELETE FROM trademark WHERE id = ?').run(trademarkId);
}

/** Hashes of every trademark's mark image, for verification of the store. */
export function markImageHashes(db: Database.Database): { id: number; sha256: string }[] {
  return db.prepare('SELECT id, mark_image_sha256 AS sha256 FROM trademark WHERE mark_image_sha256 IS NOT NULL ORDER BY id').all() as { id: number; sha256: string }[];
}
