// `assay case import` and the app's "Import a case archive": merges a verified .assaycase into this workspace in
// one transaction. Nothing is duplicated: listings are matched by marketplace + listing id, sellers by marketplace
// + seller ref, products by brand + SKU, evidence by SHA-256 (its bytes go into the content-addressed store), the
// case by the UID the archive carries, so importing the same case again merges into the case it made before.
// Where the two workspaces disagree the local value is kept and both values are reported (see README, "Working
// as a team"). The local custody chain gains one 'case.imported' event; the sender's events are kept verbatim
// in imported_custody_event after readCaseArchive has re-hashed and linked them.
import fs from 'node:fs';

import { appendCustodyEvent } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { brandIdByExactName, caseExists, caseMergeWriter, caseRow, importedCaseId, importedCustodyWriter, listingMergeWriter, productByBrandSkuReader, upsertImportedCase } from '../db/caseArchiveRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { currentActor } from '../imports/actor';
import { listingSearchText } from '../listings/searchText';
import { rowWriter, differences } from './archiveRows';
import type { CaseBundle } from './caseBundle';
import { readCaseArchive, eachArchivedEvidence, type VerifiedCaseArchive } from './readCaseArchive';
import { keyStatus, trustKey, type KeyStatus } from './trustedKeys';

export interface CaseArchivePreview {
  file: string;
  caseUid: string;
  caseName: string;
  caseStatus: string;
  createdAt: string;
  senderFingerprint: string;
  keyStatus: KeyStatus;
  /** The local case this archive would merge into, or null when it would open a new one. */
  existingCaseId: number | null;
  listings: number;
  products: number;
  evidence: number;
  custodyEvents: number;
  /** What importing it now would add, match and report: the merge worked out in a transaction rolled back. */
  forecast: CaseImportForecast;
}

export type CaseImportForecast = Pick<
  CaseImportResult,
  'caseCreated' | 'listingsAdded' | 'listingsMatched' | 'productsAdded' | 'productsMatched' | 'evidenceAdded' | 'evidenceMatched' | 'testBuysAdded' | 'custodyEventsStored' | 'conflicts'
>;

export interface ImportConflict {
  kind: 'listing' | 'product' | 'seller' | 'case' | 'custody';
  /** Which record: "ebay 1234", "SKU AB-1", "case 3". */
  subject: string;
  field: string;
  local: unknown;
  archive: unknown;
  kept: 'local';
}

export interface CaseImportResult {
  caseId: number;
  caseUid: string;
  caseCreated: boolean;
  senderFingerprint: string;
  keyStatus: 'own' | 'known' | 'trusted_on_import';
  manifestSha256: string;
  listingsAdded: number;
  listingsMatched: number;
  sellersAdded: number;
  productsAdded: number;
  productsMatched: number;
  evidenceAdded: number;
  evidenceMatched: number;
  evidenceFilesStored: number;
  testBuysAdded: number;
  transitionsAdded: number;
  custodyEventsStored: number;
  conflicts: ImportConflict[];
}

export interface ImportOptions {
  /** The person confirmed the sender's key (its fingerprint was shown to them); an unknown key is refused without it. */
  trustKey?: boolean;
  /** The fingerprint the person confirmed: with it, trustKey trusts that key only, not whichever key the file holds by now. */
  trustFingerprint?: string;
  /** A name for the key when it becomes trusted. */
  keyLabel?: string;
  label?: string;
}

const LISTING_FIELDS = ['title', 'price', 'price_max', 'currency', 'url', 'description', 'seller_name', 'status', 'last_seen'];
const CASE_FIELDS = ['name', 'status', 'outcome', 'notes'];
const SELLER_FIELDS = ['name', 'location', 'store_url'];
const PRODUCT_SKIP = new Set(['id', 'brand_id', 'sku', 'first_import_id', 'import_id']);

/** What an archive holds, who signed it and what importing it would do, read and verified without writing anything. */
export async function previewCaseArchive(ws: Workspace, file: string, label = file): Promise<CaseArchivePreview> {
  const a = await readCaseArchive(file, { label });
  return { ...preview(ws, a), forecast: forecast(ws, a, label) };
}

/** Thrown inside the dry run's transaction so that better-sqlite3 rolls it back. */
const ROLL_BACK = new Error('roll back the dry run');

function forecast(ws: Workspace, a: VerifiedCaseArchive, label: string): CaseImportForecast {
  const status = keyStatus(ws.db, a.fingerprint);
  let merged: Omit<CaseImportResult, 'evidenceFilesStored'> | undefined;
  try {
    ws.db.transaction(() => {
      merged = merge(ws, a, status === 'unknown' ? 'trusted_on_import' : status, new Date().toISOString(), currentActor(), '');
      throw ROLL_BACK;
    })();
  } catch (e) {
    if (e !== ROLL_BACK) throw mergeError(e, label);
  }
  const m = merged!;
  return {
    caseCreated: m.caseCreated,
    listingsAdded: m.listingsAdded,
    listingsMatched: m.listingsMatched,
    productsAdded: m.productsAdded,
    productsMatched: m.productsMatched,
    evidenceAdded: m.evidenceAdded,
    evidenceMatched: m.evidenceMatched,
    testBuysAdded: m.testBuysAdded,
    custodyEventsStored: m.custodyEventsStored,
    conflicts: m.conflicts,
  };
}

const mergeError = (e: unknown, label: string): AssayError =>
  e instanceof AssayError ? e : new AssayError('verification_failed', `${label} could not be merged: its data does not fit this workspace (${(e as Error).message}). Nothing was imported.`, { cause: e });

function preview(ws: Workspace, a: VerifiedCaseArchive): Omit<CaseArchivePreview, 'forecast'> {
  return {
    file: a.file,
    caseUid: a.manifest.case.uid,
    caseName: a.manifest.case.name,
    caseStatus: a.manifest.case.status,
    createdAt: a.manifest.createdAt,
    senderFingerprint: a.fingerprint,
    keyStatus: keyStatus(ws.db, a.fingerprint),
    existingCaseId: localCaseFor(ws, a.manifest.case.uid),
    ...a.manifest.counts,
  };
}

/** The local case an archive's case UID names: one imported before, or one of this workspace's own cases. */
function localCaseFor(ws: Workspace, uid: string): number | null {
  const imported = importedCaseId(ws.db, uid);
  if (imported !== null) return imported;
  const [fingerprint, id] = uid.split(':');
  if (keyStatus(ws.db, fingerprint!) !== 'own') return null;
  return caseExists(ws.db, Number(id)) ? Number(id) : null;
}

export async function importCaseArchive(ws: Workspace, file: string, options: ImportOptions = {}): Promise<CaseImportResult> {
  const label = options.label ?? file;
  const a = await readCaseArchive(file, { label });
  const status = keyStatus(ws.db, a.fingerprint);
  if (status === 'unknown' && options.trustKey === true && options.trustFingerprint !== undefined && options.trustFingerprint !== a.fingerprint) {
    throw new AssayError('forbidden', `${label} is signed by the key ${a.fingerprint}, not by the key you confirmed (${options.trustFingerprint}). Nothing was imported. Preview the archive again and check the fingerprint it shows.`);
  }
  if (status === 'unknown' && options.trustKey !== true) {
    throw new AssayError(
      'forbidden',
      `${label} is signed by a key this workspace does not know: fingerprint ${a.fingerprint}. Nothing was imported. Check that fingerprint with the person who sent the archive (they see it in their export); if it is theirs, import again with --trust-key (or confirm it in the app).`,
    );
  }

  // Every evidence file the store lacks is written before the transaction; the store is content-addressed, so a
  // file left by an import that then fails is harmless and is reused by the next attempt.
  const store = evidenceStoreFor(ws.dir);
  const missing = a.manifest.files.filter((f) => f.role === 'evidence' && !store.has(f.sha256));
  checkSpace(ws.dir, missing.reduce((n, f) => n + f.size, 0), label);
  let stored = 0;
  await eachArchivedEvidence(a.file, missing, label, (bytes) => {
    if (store.putBytes(bytes).added) stored += 1;
  });

  const at = new Date().toISOString();
  const actor = currentActor();
  try {
    const result = ws.db.transaction(() => merge(ws, a, status === 'unknown' ? 'trusted_on_import' : status, at, actor, options.keyLabel ?? ''))();
    return { ...result, evidenceFilesStored: stored };
  } catch (e) {
    throw mergeError(e, label);
  }
}

function checkSpace(dir: string, needed: number, label: string): void {
  const stats = fs.statfsSync(dir);
  const available = stats.bavail * stats.bsize;
  if (needed > available) {
    throw new AssayError('io_error', `${label} needs ${Math.ceil(needed / 1e6).toLocaleString('en-US')} MB for its evidence, but the disk holding ${dir} has ${Math.floor(available / 1e6).toLocaleString('en-US')} MB free. Nothing was imported.`);
  }
}

function merge(ws: Workspace, a: VerifiedCaseArchive, key: CaseImportResult['keyStatus'], at: string, actor: string, keyLabel: string): Omit<CaseImportResult, 'evidenceFilesStored'> {
  const db = ws.db;
  const b: CaseBundle = a.bundle;
  const rows = rowWriter(db);
  const conflicts: ImportConflict[] = [];
  const counts = { listingsAdded: 0, listingsMatched: 0, sellersAdded: 0, productsAdded: 0, productsMatched: 0, evidenceAdded: 0, evidenceMatched: 0, testBuysAdded: 0, transitionsAdded: 0, custodyEventsStored: 0 };
  if (key === 'trusted_on_import') trustKey(db, { fingerprint: a.fingerprint, publicKeyPem: a.publicKeyPem, label: keyLabel, at, actor });

  // The brand, by name.
  const brandName = String(b.brand.name);
  const brandId = brandIdByExactName(db, brandName) ?? rows.insert('brand', b.brand);

  // Genuine products, by brand + SKU; a local spec that differs is kept and reported.
  const productIds = new Map<number, number>();
  const findProduct = productByBrandSkuReader(db);
  for (const p of b.products) {
    const local = findProduct(brandId, p.sku);
    if (local) {
      productIds.set(p.originId, local.id as number);
      counts.productsMatched += 1;
      const fields = Object.keys(p.row).filter((f) => !PRODUCT_SKIP.has(f));
      for (const d of differences(local, p.row, fields)) conflicts.push({ kind: 'product', subject: `SKU ${p.sku}`, ...d, kept: 'local' });
    } else {
      productIds.set(p.originId, rows.insert('product', { ...p.row, sku: p.sku }, { brand_id: brandId, first_import_id: null, import_id: null }));
      counts.productsAdded += 1;
    }
  }

  // Listings with their sellers, prices, matches and findings, by marketplace + listing id.
  const listingIds = new Map<number, number>();
  const listingsDb = listingMergeWriter(db);
  for (const l of b.listings) {
    let sellerId: number | null = null;
    if (l.seller) {
      const local = listingsDb.findSeller(l.seller.marketplace, l.seller.sellerRef);
      if (local) {
        sellerId = local.id as number;
        for (const d of differences(local, l.seller.row, SELLER_FIELDS)) conflicts.push({ kind: 'seller', subject: `${l.seller.marketplace} seller ${l.seller.sellerRef}`, ...d, kept: 'local' });
      } else {
        sellerId = rows.insert('seller', { ...l.seller.row, marketplace: l.seller.marketplace, seller_ref: l.seller.sellerRef });
        counts.sellersAdded += 1;
      }
      for (const c of l.seller.contacts) listingsDb.addContact(sellerId, c.kind, c.value, c.normalised);
    }
    const local = listingsDb.findListing(l.marketplace, l.listingId);
    let id: number;
    if (local) {
      id = local.id as number;
      counts.listingsMatched += 1;
      for (const d of differences(local, l.row, LISTING_FIELDS)) conflicts.push({ kind: 'listing', subject: `${l.marketplace} ${l.listingId}`, ...d, kept: 'local' });
    } else {
      id = rows.insert('listing', { ...l.row, marketplace: l.marketplace, listing_id: l.listingId }, { seller_id: sellerId, first_import_id: null, import_id: null });
      const s = l.row;
      listingsDb.indexListing(id, listingSearchText({ title: String(s.title ?? ''), description: String(s.description ?? ''), brand: String(s.brand ?? ''), seller_name: String(s.seller_name ?? '') }));
      // A listing new here comes with the sender's match and findings; a listing this workspace has keeps its own scoring.
      if (l.match) rows.insert('listing_match', l.match.row, { listing_id: id, product_id: l.match.productOriginId === null ? null : productIds.get(l.match.productOriginId)! });
      for (const f of l.findings) rows.insert('finding', f, { listing_id: id });
      counts.listingsAdded += 1;
    }
    // Price observations from both workstations make one history.
    for (const p of l.prices) {
      if (!listingsDb.hasPrice(id, p.seen_at ?? null, p.price ?? null, p.price_max ?? null, p.currency ?? null)) rows.insert('listing_price', p, { listing_id: id, import_id: null });
    }
    listingIds.set(l.originId, id);
  }

  // The case, by its UID.
  let caseId = localCaseFor(ws, a.manifest.case.uid);
  const caseCreated = caseId === null;
  if (caseId === null) {
    caseId = rows.insert('case', b.case, { brand_id: brandId });
  } else {
    const local = caseRow(db, caseId)!;
    for (const d of differences(local, b.case, CASE_FIELDS)) conflicts.push({ kind: 'case', subject: `case ${caseId}`, ...d, kept: 'local' });
  }
  const caseDb = caseMergeWriter(db);
  for (const l of b.listings) {
    const c = l.caseLink;
    caseDb.addCaseListing(caseId, listingIds.get(l.originId)!, c.reason ?? '', c.outcome ?? null, c.added_at ?? at, c.outcome_at ?? null);
  }
  for (const t of b.transitions) {
    if (caseDb.hasTransition(caseId, t.to_status ?? null, t.at ?? null, t.from_status ?? null)) continue;
    rows.insert('case_transition', t, { case_id: caseId });
    counts.transitionsAdded += 1;
  }

  // Evidence rows, by SHA-256: a file this workspace already catalogues keeps its row; links are added once.
  const evidenceIds = new Map<number, number>();
  for (const e of [...b.evidence].sort((x, y) => x.originId - y.originId)) {
    const local = caseDb.findEvidence(e.sha256);
    if (local !== undefined) {
      evidenceIds.set(e.originId, local);
      counts.evidenceMatched += 1;
    } else {
      const redacts = e.redactsOriginId === null ? null : (evidenceIds.get(e.redactsOriginId) ?? null);
      evidenceIds.set(e.originId, rows.insert('evidence', { ...e.row, sha256: e.sha256 }, { redacts_evidence_id: redacts }));
      counts.evidenceAdded += 1;
    }
  }
  for (const e of b.caseEvidence) caseDb.linkCaseEvidence(caseId, evidenceIds.get(e.evidenceOriginId)!, e.listingOriginId === null ? null : listingIds.get(e.listingOriginId)!, e.addedAt);
  for (const e of b.listingEvidence) caseDb.linkListingEvidence(listingIds.get(e.listingOriginId)!, evidenceIds.get(e.evidenceOriginId)!);

  // Test buys, by order number within the case.
  for (const t of b.testBuys) {
    let id = caseDb.findTestBuy(caseId, t.orderNumber);
    if (id === undefined) {
      id = rows.insert('test_buy', { ...t.row, order_number: t.orderNumber }, {
        case_id: caseId,
        listing_id: t.listingOriginId === null ? null : listingIds.get(t.listingOriginId)!,
        product_id: t.productOriginId === null ? null : productIds.get(t.productOriginId)!,
      });
      counts.testBuysAdded += 1;
    }
    for (const e of t.evidenceOriginIds) caseDb.linkTestBuyEvidence(id, evidenceIds.get(e)!);
  }

  // The sender's custody events, verbatim; one received before with another hash is reported, never overwritten.
  const custodyDb = importedCustodyWriter(db);
  for (const e of b.custody) {
    const before = custodyDb.storedHash(a.fingerprint, e.seq);
    if (before !== null) {
      if (before !== e.hash) conflicts.push({ kind: 'custody', subject: `sender's custody event ${e.seq}`, field: 'hash', local: before, archive: e.hash, kept: 'local' });
      continue;
    }
    custodyDb.add(a.fingerprint, e, at);
    counts.custodyEventsStored += 1;
  }

  upsertImportedCase(db, {
    caseUid: a.manifest.case.uid,
    caseId,
    originFingerprint: a.manifest.case.uid.split(':')[0]!,
    originCaseId: Number(a.manifest.case.uid.split(':')[1]),
    keyStatus: key,
    manifestSha256: a.manifestSha256,
    at,
  });
  appendCustodyEvent(db, {
    at,
    actor,
    action: 'case.imported',
    subjectType: 'case',
    subjectId: caseId,
    details: {
      caseUid: a.manifest.case.uid,
      caseCreated,
      manifestSha256: a.manifestSha256,
      senderFingerprint: a.fingerprint,
      senderCustodyHead: a.manifest.origin.custodyHead,
      keyStatus: key,
      archiveCreatedAt: a.manifest.createdAt,
      listingsAdded: counts.listingsAdded,
      evidenceAdded: counts.evidenceAdded,
      custodyEventsStored: counts.custodyEventsStored,
      conflicts: conflicts.length,
    },
  });
  return { caseId, caseUid: a.manifest.case.uid, caseCreated, senderFingerprint: a.fingerprint, keyStatus: key, manifestSha256: a.manifestSha256, ...counts, conflicts };
}
