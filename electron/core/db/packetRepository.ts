// SQL for takedown packets: reads everything a packet is built from (read-only), and writes only the packet's
// own row and the workspace's signing key.
import type Database from 'better-sqlite3';
import type { GenuineProduct, PacketCase, PacketCustodyEvent, PacketEvidence, PacketFinding, PacketListing, PacketTestBuy, RightsHolder } from '../packets/packetCase';

type Row = Record<string, string | number | null>;

const list = (text: unknown): string[] => {
  if (typeof text !== 'string' || text === '') return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The case and everything its packet draws on; null when there is no such case. */
export function readPacketCase(db: Database.Database, caseId: number): PacketCase | null {
  const c = db.prepare('SELECT id, brand_id, name, status FROM "case" WHERE id = ?').get(caseId) as Row | undefined;
  if (!c) return null;
  const b = db.prepare('SELECT * FROM brand WHERE id = ?').get(c.brand_id) as Row;
  const rightsHolder: RightsHolder = {
    brandId: b.id as number,
    brandName: b.name as string,
    ownerName: b.owner_name as string,
    ownerAddress: str(b.owner_address),
    ownerEmail: str(b.owner_email),
    ownerPhone: str(b.owner_phone),
    ownerCountry: str(b.owner_country),
    agentName: str(b.agent_name),
    agentAddress: str(b.agent_address),
    agentEmail: str(b.agent_email),
    agentPhone: str(b.agent_phone),
    agentAuthorisation: str(b.agent_authorisation),
    agentAuthorisationExpiresOn: str(b.agent_authorisation_expires_on),
    signatoryName: str(b.signatory_name),
    signatoryTitle: str(b.signatory_title),
    signatureText: str(b.signature_text),
  };
  const trademarks = (db.prepare('SELECT * FROM trademark WHERE brand_id = ? ORDER BY office, registration_number').all(c.brand_id) as Row[]).map((t) => ({
    mark: t.mark as string,
    office: t.office as string,
    registrationNumber: t.registration_number as string,
    classes: list(t.classes),
    kind: t.kind as string,
    registeredOn: str(t.registered_on),
    expiresOn: str(t.expires_on),
  }));

  const findings = new Map<number, PacketFinding[]>();
  for (const f of db
    .prepare(
      `SELECT f.listing_id, f.rule, f.severity, f.expected, f.observed, f.message FROM finding f
       JOIN case_listing cl ON cl.listing_id = f.listing_id WHERE cl.case_id = ? ORDER BY f.listing_id, f.weight DESC, f.id`,
    )
    .iterate(caseId) as Iterable<Row>) {
    const id = f.listing_id as number;
    if (!findings.has(id)) findings.set(id, []);
    findings.get(id)!.push({ rule: f.rule as string, severity: f.severity as string, expected: str(f.expected), observed: str(f.observed), message: f.message as string });
  }

  const listings: PacketListing[] = (
    db
      .prepare(
        `SELECT l.id, l.marketplace, l.listing_id, l.url, l.title, l.brand, l.price, l.currency, l.seller_name, l.seller_location, l.captured_at,
                s.seller_ref, cl.reason, m.product_id
         FROM case_listing cl JOIN listing l ON l.id = cl.listing_id
         LEFT JOIN seller s ON s.id = l.seller_id
         LEFT JOIN listing_match m ON m.listing_id = l.id
         WHERE cl.case_id = ? ORDER BY l.marketplace, l.listing_id, l.id`,
      )
      .all(caseId) as Row[]
  ).map((l) => ({
    id: l.id as number,
    marketplace: l.marketplace as string,
    listingId: l.listing_id as string,
    url: (l.url as string) ?? '',
    title: l.title as string,
    brand: l.brand as string,
    price: l.price as number | null,
    currency: l.currency as string | null,
    sellerName: l.seller_name as string,
    sellerRef: str(l.seller_ref),
    sellerLocation: l.seller_location as string,
    capturedAt: str(l.captured_at),
    reason: l.reason as string,
    productId: l.product_id as number | null,
    findings: findings.get(l.id as number) ?? [],
  }));

  const products: GenuineProduct[] = (
    db
      .prepare(
        `SELECT * FROM product WHERE id IN (SELECT m.product_id FROM case_listing cl JOIN listing_match m ON m.listing_id = cl.listing_id WHERE cl.case_id = ?)
         OR id IN (SELECT product_id FROM test_buy WHERE case_id = ?) ORDER BY sku`,
      )
      .all(caseId, caseId) as Row[]
  ).map((p) => ({
    id: p.id as number,
    sku: p.sku as string,
    name: p.name as string,
    msrp: p.msrp as number | null,
    currency: p.currency as string | null,
    minAuthorisedPrice: p.min_authorised_price as number | null,
    materials: list(p.materials),
    lengthMm: p.length_mm as number | null,
    widthMm: p.width_mm as number | null,
    heightMm: p.height_mm as number | null,
    weightG: p.weight_g as number | null,
    colourways: list(p.colourways),
    gtins: list(p.gtins),
    serialPattern: str(p.serial_pattern),
    authenticationFeatures: list(p.authentication_features),
  }));

  const testBuys: PacketTestBuy[] = (db.prepare('SELECT * FROM test_buy WHERE case_id = ? ORDER BY id').all(caseId) as Row[]).map((t) => ({
    id: t.id as number,
    listingId: t.listing_id as number | null,
    productId: t.product_id as number | null,
    orderNumber: t.order_number as string,
    orderedOn: str(t.ordered_on),
    cost: t.cost as number | null,
    currency: str(t.currency),
    received: t.received as string,
    examination: examinationOf(t.examination),
    conclusion: str(t.conclusion),
  }));

  const evidence = readCaseEvidence(db, caseId);
  return { id: c.id as number, name: c.name as string, status: c.status as string, rightsHolder, trademarks, listings, products, evidence, testBuys, custody: readCaseCustody(db, caseId, evidence) };
}

function examinationOf(text: unknown): PacketTestBuy['examination'] {
  if (typeof text !== 'string') return [];
  try {
    const v = JSON.parse(text) as unknown;
    if (!Array.isArray(v)) return [];
    // Test buys store { field, expected, observed } (ExaminationRow in the case contract).
    return v.map((e: Record<string, unknown>) => ({ feature: String(e.field ?? e.feature ?? ''), expected: String(e.expected ?? ''), observed: String(e.observed ?? '') }));
  } catch {
    return [];
  }
}

/** The case's own evidence, its listings' images and captures, and its test buys' photos and reports, once each. */
function readCaseEvidence(db: Database.Database, caseId: number): PacketEvidence[] {
  const rows = db
    .prepare(
      `WITH links AS (
         SELECT evidence_id, listing_id, NULL AS test_buy_id FROM case_evidence WHERE case_id = @caseId
         UNION ALL
         SELECT le.evidence_id, le.listing_id, NULL FROM listing_evidence le JOIN case_listing cl ON cl.listing_id = le.listing_id WHERE cl.case_id = @caseId
         UNION ALL
         SELECT tbe.evidence_id, tb.listing_id, tb.id FROM test_buy_evidence tbe JOIN test_buy tb ON tb.id = tbe.test_buy_id WHERE tb.case_id = @caseId
       )
       SELECT e.*, max(links.listing_id) AS link_listing, max(links.test_buy_id) AS link_test_buy
       FROM links JOIN evidence e ON e.id = links.evidence_id GROUP BY e.id ORDER BY e.id`,
    )
    .all({ caseId }) as Row[];
  return rows.map((e) => ({
    id: e.id as number,
    sha256: e.sha256 as string,
    size: e.size as number,
    mediaType: e.media_type as string,
    kind: e.kind as string,
    originalName: e.original_name as string,
    sourceUrl: str(e.source_url),
    capturedAt: str(e.captured_at),
    listingId: e.link_listing as number | null,
    testBuyId: e.link_test_buy as number | null,
  }));
}

/**
 * The custody events about the case, its listings, its evidence and its test buys. Earlier packet exports are
 * left out: they are not evidence about the listings, and leaving them out keeps a re-export byte-identical.
 */
function readCaseCustody(db: Database.Database, caseId: number, evidence: PacketEvidence[]): PacketCustodyEvent[] {
  const evidenceKeys = JSON.stringify(evidence.flatMap((e) => [String(e.id), e.sha256]));
  const rows = db
    .prepare(
      `SELECT seq, at, actor, action, subject_type, subject_id, details, hash FROM custody_event
       WHERE action <> 'packet.exported' AND (
         (subject_type = 'case' AND subject_id = @caseId)
         OR (subject_type = 'listing' AND subject_id IN (SELECT CAST(listing_id AS TEXT) FROM case_listing WHERE case_id = @id))
         OR (subject_type = 'evidence' AND subject_id IN (SELECT value FROM json_each(@evidenceKeys)))
         OR (subject_type = 'test_buy' AND subject_id IN (SELECT CAST(id AS TEXT) FROM test_buy WHERE case_id = @id)))
       ORDER BY seq`,
    )
    .all({ caseId: String(caseId), id: caseId, evidenceKeys }) as Row[];
  return rows.map((r) => ({
    seq: r.seq as number,
    at: r.at as string,
    actor: r.actor as string,
    action: r.action as string,
    subjectType: r.subject_type as string,
    subjectId: r.subject_id as string,
    details: r.details as string,
    hash: r.hash as string,
  }));
}

export interface StoredSigningKey {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function readSigningKey(db: Database.Database): StoredSigningKey | null {
  const row = db.prepare('SELECT public_key, private_key FROM signing_key WHERE id = 1').get() as { public_key: string; private_key: string } | undefined;
  return row ? { publicKeyPem: row.public_key, privateKeyPem: row.private_key } : null;
}

/** Stores the workspace's key unless one was stored first (by another process); returns the one that is kept. */
export function insertSigningKey(db: Database.Database, key: StoredSigningKey, at: string): StoredSigningKey {
  db.prepare('INSERT OR IGNORE INTO signing_key (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)').run(key.publicKeyPem, key.privateKeyPem, at);
  return readSigningKey(db)!;
}

export interface PacketRecord {
  id: number;
  caseId: number;
  profile: string;
  createdAt: string;
  outPath: string;
  manifestSha256: string;
  files: number;
  bytes: number;
}

export function insertPacket(db: Database.Database, p: Omit<PacketRecord, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO packet (case_id, profile, created_at, out_path, manifest_sha256, files, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.caseId, p.profile, p.createdAt, p.outPath, p.manifestSha256, p.files, p.bytes).lastInsertRowid,
  );
}

export function listPackets(db: Database.Database, caseId: number): PacketRecord[] {
  return (db.prepare('SELECT * FROM packet WHERE case_id = ? ORDER BY id DESC').all(caseId) as Row[]).map((r) => ({
    id: r.id as number,
    caseId: r.case_id as number,
    profile: r.profile as string,
    createdAt: r.created_at as string,
    outPath: r.out_path as string,
    manifestSha256: r.manifest_sha256 as string,
    files: r.files as number,
    bytes: r.bytes as number,
  }));
}
