// A workspace with one case ready for a packet: a brand with its rights holder and trademarks, a genuine
// product, listings (one with a Chinese title, optionally one without a URL) with findings, evidence images in
// the store, a test buy, and custody events. Rows are plain SQL, so packet tests do not depend on the case code.
import path from 'node:path';
import sharp from 'sharp';
import { appendCustodyEvent } from '../../electron/core/cases/custodyLog';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { tempDir } from './tempWorkspace';

export const FIXTURE_REGISTRATION = 'UK00003456789';
export const FIXTURE_CJK_TITLE = '奥瑞尔 女士手提包 正品';
const AT = '2026-02-01T10:00:00.000Z';

export interface PacketFixtureOptions {
  marketplace?: string;
  listings?: number;
  /** Give the second listing no URL. */
  listingWithoutUrl?: boolean;
  /** Images per listing put into the store as listing evidence. */
  imagesPerListing?: number;
  /** Columns of the brand row to override (e.g. { owner_phone: null }). */
  brand?: Record<string, string | null>;
  /** Original name of the first evidence file (to try "../" and absolute names). */
  firstEvidenceName?: string;
  reason?: string;
}

export interface PacketFixture {
  ws: Workspace;
  dbPath: string;
  caseId: number;
  emptyCaseId: number;
  evidenceSha256: string[];
}

export async function jpegBytes(seed: number, size = 64): Promise<Buffer> {
  const pixels = Buffer.alloc(size * size * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < pixels.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    pixels[i] = x >>> 24;
  }
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

export async function buildPacketFixture(o: PacketFixtureOptions = {}): Promise<PacketFixture> {
  const dbPath = path.join(tempDir(), 'packet.db');
  const ws = openWorkspace(dbPath, { mode: 'create' });
  const { db } = ws;
  const store = evidenceStoreFor(ws.dir);
  const marketplace = o.marketplace ?? 'aliexpress';
  const n = o.listings ?? 3;
  const brand: Record<string, string | null> = {
    name: 'Aurelle',
    owner_name: 'Aurelle Maison SA',
    owner_address: '12 Rue du Faubourg, 75008 Paris, France',
    owner_email: 'legal@aurelle.example',
    owner_phone: '+33 1 23 45 67 89',
    owner_country: 'FR',
    agent_name: 'Brightline IP LLP',
    agent_address: '1 Fleet Street, London EC4Y 1AA, United Kingdom',
    agent_email: 'enforcement@brightline.example',
    agent_phone: '+44 20 7946 0000',
    agent_authorisation: 'Letter of authorisation dated 2026-01-05',
    agent_authorisation_expires_on: '2027-01-05',
    signatory_name: 'Aline Moreau',
    signatory_title: 'Partner',
    signature_text: 'Aline Moreau',
    ...o.brand,
  };
  const cols = Object.keys(brand);
  const brandId = Number(
    db.prepare(`INSERT INTO brand (${cols.join(', ')}, created_at) VALUES (${cols.map((c) => `@${c}`).join(', ')}, '${AT}')`).run(brand).lastInsertRowid,
  );
  db.prepare(`INSERT INTO trademark (brand_id, mark, office, registration_number, classes, registered_on, expires_on, kind) VALUES (?, 'AURELLE', 'UKIPO', ?, '["18","25"]', '2019-03-01', '2029-03-01', 'word')`).run(brandId, FIXTURE_REGISTRATION);
  const productId = Number(
    db
      .prepare(`INSERT INTO product (brand_id, sku, name, msrp, currency, materials, colourways, gtins) VALUES (?, 'AUR-TOTE-01', 'Aurelle Tote', 1450, 'EUR', '["calfskin"]', '["black","tan"]', '["3614270000017"]')`)
      .run(brandId).lastInsertRowid,
  );
  const caseId = Number(db.prepare(`INSERT INTO "case" (brand_id, name, status, created_at, updated_at) VALUES (?, 'Aurelle replicas', 'ready', '${AT}', '${AT}')`).run(brandId).lastInsertRowid);
  const emptyCaseId = Number(db.prepare(`INSERT INTO "case" (brand_id, name, created_at, updated_at) VALUES (?, 'Empty case', '${AT}', '${AT}')`).run(brandId).lastInsertRowid);
  appendCustodyEvent(db, { at: AT, actor: 'fixture', action: 'case.created', subjectType: 'case', subjectId: caseId, details: { name: 'Aurelle replicas' } });

  const evidenceSha256: string[] = [];
  const official = store.putBytes(await jpegBytes(999));
  const officialId = Number(
    db.prepare(`INSERT INTO evidence (sha256, size, media_type, kind, original_name, added_by, added_at) VALUES (?, ?, 'image/jpeg', 'official_image', 'official-front.jpg', 'fixture', ?)`).run(official.sha256, official.size, AT).lastInsertRowid,
  );
  db.prepare('INSERT INTO case_evidence (case_id, evidence_id, listing_id, added_at) VALUES (?, ?, NULL, ?)').run(caseId, officialId, AT);
  evidenceSha256.push(official.sha256);

  for (let i = 0; i < n; i++) {
    const id = `100${i}`;
    const url = o.listingWithoutUrl && i === 1 ? '' : `https://www.${marketplace}.com/item/${id}.html`;
    const title = i === 0 ? FIXTURE_CJK_TITLE : i % 3 === 2 ? '=HYPERLINK("http://evil.example","click")' : `Aurelle tote bag replica ${i}`;
    const listingId = Number(
      db
        .prepare(`INSERT INTO listing (marketplace, listing_id, url, title, brand, price, currency, seller_name, first_seen, last_seen) VALUES (?, ?, ?, ?, 'Aurelle', 39.9, 'USD', ?, ?, ?)`)
        .run(marketplace, id, url, title, `Guangzhou Bags ${i % 4}`, AT, AT).lastInsertRowid,
    );
    db.prepare(`INSERT INTO listing_match (listing_id, product_id, score, risk_score, input_hash, scored_at) VALUES (?, ?, 0.9, 80, 'x', ?)`).run(listingId, productId, AT);
    db.prepare(`INSERT INTO finding (listing_id, rule, severity, expected, observed, weight, message) VALUES (?, 'price', 'high', 'at least 1,015 EUR', '39.90 USD', 30, 'The price is 3 % of the genuine MSRP of 1,450 EUR.')`).run(listingId);
    db.prepare(`INSERT INTO case_listing (case_id, listing_id, reason, added_at) VALUES (?, ?, ?, ?)`).run(caseId, listingId, o.reason ?? 'Counterfeit (Alibaba IPP)', AT);
    appendCustodyEvent(db, { at: AT, actor: 'fixture', action: 'case.listings_added', subjectType: 'listing', subjectId: listingId, details: { caseId } });
    for (let k = 0; k < (o.imagesPerListing ?? 1); k++) {
      const stored = store.putBytes(await jpegBytes(i * 100 + k));
      const name = i === 0 && k === 0 && o.firstEvidenceName ? o.firstEvidenceName : `listing-${id}-${k}.jpg`;
      const evidenceId = Number(
        db.prepare(`INSERT INTO evidence (sha256, size, media_type, kind, original_name, source_url, added_by, added_at) VALUES (?, ?, 'image/jpeg', 'listing_image', ?, ?, 'fixture', ?)`).run(stored.sha256, stored.size, name, url || null, AT).lastInsertRowid,
      );
      db.prepare('INSERT INTO listing_evidence (listing_id, evidence_id) VALUES (?, ?)').run(listingId, evidenceId);
      appendCustodyEvent(db, { at: AT, actor: 'fixture', action: 'evidence.added', subjectType: 'evidence', subjectId: evidenceId, details: { sha256: stored.sha256 } });
      evidenceSha256.push(stored.sha256);
    }
    if (i === 0) {
      db.prepare(
        `INSERT INTO test_buy (case_id, listing_id, product_id, order_number, ordered_on, cost, currency, received, examination, conclusion, created_at) VALUES (?, ?, ?, 'TB-2026-0042', '2026-01-20', 39.9, 'USD', 'A tote with a misspelt lining label', '[{"field":"Lining label","expected":"AURELLE PARIS","observed":"AURELE PARIS"}]', 'counterfeit', ?)`,
      ).run(caseId, listingId, productId, AT);
    }
  }
  return { ws, dbPath, caseId, emptyCaseId, evidenceSha256 };
}
