// SQL over the brand, its genuine products, sellers, cases and workspace-wide counts.
import type Database from 'better-sqlite3';
import { listCaseRecords } from './caseRepository';
import type { CaseSummary, ProductEdit, ProductSummary, SellerContact, SellerSummary, WorkspaceInfo } from '../../api/contract';

const json = <T>(text: string | null): T => (text ? (JSON.parse(text) as T) : ([] as unknown as T));

export function workspaceCounts(db: Database.Database): WorkspaceInfo['counts'] {
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { listings: n('listing'), sellers: n('seller'), products: n('product'), cases: n('"case"'), custodyEvents: n('custody_event') };
}

export function mainBrand(db: Database.Database): { name: string; ownerName: string } | null {
  const row = db.prepare('SELECT name, owner_name FROM brand ORDER BY id LIMIT 1').get() as { name: string; owner_name: string } | undefined;
  return row ? { name: row.name, ownerName: row.owner_name } : null;
}

export function metaValue(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

const PRODUCT_COLUMNS = 'p.*, b.name AS brand_name';

const toProduct = (r: Record<string, string | number | null>): ProductSummary => ({
  id: r.id as number,
  brand: r.brand_name as string,
  sku: r.sku as string,
  name: r.name as string,
  category: r.category as string | null,
  msrp: r.msrp as number | null,
  currency: r.currency as string | null,
  minAuthorisedPrice: r.min_authorised_price as number | null,
  materials: json<string[]>(r.materials as string),
  lengthMm: r.length_mm as number | null,
  widthMm: r.width_mm as number | null,
  heightMm: r.height_mm as number | null,
  weightG: r.weight_g as number | null,
  colourways: json<string[]>(r.colourways as string),
  gtins: json<string[]>(r.gtins as string),
  serialPattern: r.serial_pattern as string | null,
  authenticationFeatures: json<string[]>(r.authentication_features as string),
  officialImages: json<string[]>(r.official_images as string),
  neverMadeModels: json<string[]>(r.never_made_models as string),
  discontinued: r.discontinued === 1,
  aliases: json<string[]>(r.aliases as string),
});

export function listProducts(db: Database.Database): ProductSummary[] {
  const rows = db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM product p JOIN brand b ON b.id = p.brand_id ORDER BY p.sku`).all() as Record<string, string | number | null>[];
  return rows.map(toProduct);
}

export function getProduct(db: Database.Database, id: number): ProductSummary | null {
  const row = db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM product p JOIN brand b ON b.id = p.brand_id WHERE p.id = ?`).get(id) as Record<string, string | number | null> | undefined;
  return row ? toProduct(row) : null;
}

/** Writes a product's edited fields; the caller records the custody event in the same transaction. */
export function updateProduct(db: Database.Database, e: ProductEdit): void {
  db.prepare(`UPDATE product SET name = @name, category = @category, aliases = @aliases, msrp = @msrp, currency = @currency,
      min_authorised_price = @minAuthorisedPrice, materials = @materials, length_mm = @lengthMm, width_mm = @widthMm, height_mm = @heightMm,
      weight_g = @weightG, colourways = @colourways, gtins = @gtins, serial_pattern = @serialPattern,
      authentication_features = @authenticationFeatures, official_images = @officialImages, never_made_models = @neverMadeModels,
      discontinued = @discontinued WHERE id = @id`).run({
    ...e,
    aliases: JSON.stringify(e.aliases),
    materials: JSON.stringify(e.materials),
    colourways: JSON.stringify(e.colourways),
    gtins: JSON.stringify(e.gtins),
    authenticationFeatures: JSON.stringify(e.authenticationFeatures),
    officialImages: JSON.stringify(e.officialImages),
    neverMadeModels: JSON.stringify(e.neverMadeModels),
    discontinued: e.discontinued ? 1 : 0,
  });
}

export function listSellers(db: Database.Database): SellerSummary[] {
  const sellers = db
    .prepare(`SELECT s.id, s.marketplace, s.seller_ref, s.name, s.location, count(l.id) AS listings
      FROM seller s LEFT JOIN listing l ON l.seller_id = s.id GROUP BY s.id ORDER BY listings DESC, s.name`)
    .all() as { id: number; marketplace: string; seller_ref: string; name: string; location: string; listings: number }[];
  const contacts = db.prepare('SELECT seller_id, kind, value FROM seller_contact ORDER BY kind, value').all() as (SellerContact & { seller_id: number })[];
  const bySeller = new Map<number, SellerContact[]>();
  for (const c of contacts) {
    const list = bySeller.get(c.seller_id) ?? [];
    list.push({ kind: c.kind, value: c.value });
    bySeller.set(c.seller_id, list);
  }
  return sellers.map((s) => ({ id: s.id, marketplace: s.marketplace, sellerRef: s.seller_ref, name: s.name, location: s.location, listings: s.listings, contacts: bySeller.get(s.id) ?? [] }));
}

/** The cases for the board: the marketplaces a case was opened for together with those of its listings. */
export function listCases(db: Database.Database): CaseSummary[] {
  return listCaseRecords(db).map((c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    listings: c.listings,
    marketplaces: c.allMarketplaces,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }));
}

/** Every seller's normalised contacts, for grouping sellers by what they share. */
export function sellerContactKeys(db: Database.Database): { sellerId: number; kind: string; normalised: string; value: string }[] {
  return db.prepare('SELECT seller_id AS sellerId, kind, normalised, value FROM seller_contact ORDER BY seller_id, kind').all() as { sellerId: number; kind: string; normalised: string; value: string }[];
}

/** Per seller: its listings, and estimated sales (units sold × normalised price) where both are known. */
export function sellerListingStats(db: Database.Database): Map<number, { marketplace: string; sellerRef: string; name: string; listings: number; estimatedSales: number }> {
  const rows = db
    .prepare(`SELECT s.id, s.marketplace, s.seller_ref, s.name, count(l.id) AS listings, coalesce(sum(l.units_sold * l.price_normalised), 0) AS sales
      FROM seller s LEFT JOIN listing l ON l.seller_id = s.id GROUP BY s.id`)
    .all() as { id: number; marketplace: string; seller_ref: string; name: string; listings: number; sales: number }[];
  return new Map(rows.map((r) => [r.id, { marketplace: r.marketplace, sellerRef: r.seller_ref, name: r.name, listings: r.listings, estimatedSales: Math.round(r.sales * 100) / 100 }]));
}
