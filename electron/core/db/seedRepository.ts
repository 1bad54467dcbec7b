// SQL for writing a workspace's foundations in bulk: the brand and its marks, genuine products, authorised
// sellers, sellers with their contacts, cases and their listings, and workspace facts. The demo writer uses it.
import type Database from 'better-sqlite3';
import type { CaseStatus, ProductSummary } from '../../api/contract';

export function setMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export interface NewBrand {
  name: string;
  ownerName: string;
  ownerAddress: string | null;
  ownerEmail: string | null;
  agentName: string | null;
  agentAddress: string | null;
  agentEmail: string | null;
  agentAuthorisation: string | null;
  ownerPhone?: string | null;
  ownerCountry?: string | null;
  agentPhone?: string | null;
  signatoryName?: string | null;
  signatoryTitle?: string | null;
  gs1Prefixes: string[];
}

export function insertBrand(db: Database.Database, b: NewBrand, createdAt: string): number {
  return Number(
    db
      .prepare(`INSERT INTO brand (name, owner_name, owner_address, owner_email, owner_phone, owner_country, agent_name, agent_address, agent_email, agent_phone,
          agent_authorisation, signatory_name, signatory_title, gs1_prefixes, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        b.name, b.ownerName, b.ownerAddress, b.ownerEmail, b.ownerPhone ?? null, b.ownerCountry ?? null, b.agentName, b.agentAddress, b.agentEmail, b.agentPhone ?? null,
        b.agentAuthorisation, b.signatoryName ?? null, b.signatoryTitle ?? null, JSON.stringify(b.gs1Prefixes), createdAt,
      ).lastInsertRowid,
  );
}

export interface NewTrademark {
  mark: string;
  office: string;
  registrationNumber: string;
  classes: number[];
  registeredOn: string | null;
  expiresOn: string | null;
}

export function trademarkInserter(db: Database.Database, brandId: number): (t: NewTrademark) => void {
  const insert = db.prepare('INSERT INTO trademark (brand_id, mark, office, registration_number, classes, registered_on, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return (t) => void insert.run(brandId, t.mark, t.office, t.registrationNumber, JSON.stringify(t.classes), t.registeredOn, t.expiresOn);
}

/** A genuine product as the demo writes it: the contract's product without its id, brand name and images. */
export type NewProduct = Omit<ProductSummary, 'id' | 'brand' | 'officialImages'>;

export function productInserter(db: Database.Database, brandId: number): (p: NewProduct) => void {
  const insert = db.prepare(`INSERT INTO product (brand_id, sku, name, aliases, category, msrp, currency, min_authorised_price, materials, length_mm, width_mm, height_mm,
      weight_g, colourways, gtins, serial_pattern, authentication_features, never_made_models, discontinued)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return (p) =>
    void insert.run(brandId, p.sku, p.name, JSON.stringify(p.aliases), p.category, p.msrp, p.currency, p.minAuthorisedPrice, JSON.stringify(p.materials), p.lengthMm, p.widthMm, p.heightMm,
      p.weightG, JSON.stringify(p.colourways), JSON.stringify(p.gtins), p.serialPattern, JSON.stringify(p.authenticationFeatures), JSON.stringify(p.neverMadeModels), p.discontinued ? 1 : 0);
}

export function authorisedSellerInserter(db: Database.Database, brandId: number): (a: { marketplace: string; sellerRef: string; name: string; note: string | null }) => void {
  const insert = db.prepare('INSERT INTO authorised_seller (brand_id, marketplace, seller_ref, name, note) VALUES (?, ?, ?, ?, ?)');
  return (a) => void insert.run(brandId, a.marketplace, a.sellerRef, a.name, a.note);
}

export interface NewSeller {
  marketplace: string;
  sellerRef: string;
  name: string;
  location: string;
  storeUrl: string;
  contacts: { kind: string; value: string; normalised: string }[];
}

/** Inserts a seller with its contacts and returns its id. */
export function sellerInserter(db: Database.Database): (s: NewSeller) => number {
  const seller = db.prepare('INSERT INTO seller (marketplace, seller_ref, name, location, store_url) VALUES (?, ?, ?, ?, ?)');
  const contact = db.prepare('INSERT INTO seller_contact (seller_id, kind, value, normalised) VALUES (?, ?, ?, ?)');
  return (s) => {
    const id = Number(seller.run(s.marketplace, s.sellerRef, s.name, s.location, s.storeUrl).lastInsertRowid);
    for (const c of s.contacts) contact.run(id, c.kind, c.value, c.normalised);
    return id;
  };
}

export interface NewCase {
  name: string;
  status: CaseStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
  listings: { listingId: number; reason: string; outcome: string | null; addedAt: string }[];
}

/** Inserts a case with its listings and returns its id. */
export function caseInserter(db: Database.Database, brandId: number): (c: NewCase) => number {
  const insertCase = db.prepare('INSERT INTO "case" (brand_id, name, status, outcome, notes, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?)');
  const insertCaseListing = db.prepare('INSERT INTO case_listing (case_id, listing_id, reason, outcome, added_at) VALUES (?, ?, ?, ?, ?)');
  return (c) => {
    const caseId = Number(insertCase.run(brandId, c.name, c.status, c.notes, c.createdAt, c.updatedAt).lastInsertRowid);
    for (const l of c.listings) insertCaseListing.run(caseId, l.listingId, l.reason, l.outcome, l.addedAt);
    return caseId;
  };
}

/** Gathers planner statistics from a sample of each index: enough for good plans, fast on a million rows. */
export function analyseSample(db: Database.Database): void {
  db.exec('PRAGMA analysis_limit = 1000; ANALYZE;');
}
