// Writes a demo workspace file: built in a temporary file beside the target, closed cleanly, then renamed over it,
// so an existing file is never half-written; it replaces only an Assay workspace, and only when asked to (force).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { appendCustodyEvent } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { deferListingIndexes, listingInserter } from '../db/listingsRepository';
import { analyseSample, authorisedSellerInserter, caseInserter, insertBrand, productInserter, sellerInserter, setMeta, trademarkInserter } from '../db/seedRepository';
import { checkFolderWritable, classifySqliteError, openWorkspace, type Workspace } from '../db/openWorkspace';
import { AssayError, isAssayError } from '../errors';
import { writeDemoSeizure } from '../seizures/demoSeizure';
import { DEMO_REVIEWER } from './demoCases';
import { DEMO_WINDOW } from './demoListings';
import { DEMO_CATALOGUE_DATE, planDemo, type DemoPlan } from './generateDemo';

export interface WriteDemoOptions {
  /** How many listings to generate; 5,000 when not given. */
  listings?: number;
  /** The seed every value derives from; 1 when not given. */
  seed?: number;
  /** Replace an existing Assay workspace at the path (never any other file). */
  force?: boolean;
  /**
   * Clock for the workspace.created custody event and the brand's created_at. It defaults to a fixed instant
   * before the demo's listings were seen, so one seed always gives the same file; a real clock breaks that.
   */
  now?: () => string;
  /** Called as the work advances: after each batch of listings, then once per later phase. */
  onProgress?: (progress: DemoProgress) => void;
  /** Path of a better_sqlite3.node built for another runtime (the Electron ABI build), passed on to openWorkspace. */
  nativeBinding?: string;
  /** JPEGs for the demo seizure's lines (demoSeizurePhotos; sharp is asynchronous, this writer is not). Without them the seizure has no photos. */
  seizurePhotos?: readonly Uint8Array[];
}

export interface DemoProgress {
  phase: 'listings' | 'indexes' | 'cases' | 'seizure' | 'statistics' | 'closing';
  /** Listings written so far (the total once the listings are in). */
  done: number;
  total: number;
}

export interface DemoWorkspaceSummary {
  dbPath: string;
  listings: number;
  products: number;
  sellers: number;
  cases: number;
}

/** Rows per transaction while streaming listings in. */
const LISTINGS_PER_TRANSACTION = 10_000;
const SYSTEM_ACTOR = 'assay demo';

export function writeDemoWorkspace(dbPath: string, options: WriteDemoOptions = {}): DemoWorkspaceSummary {
  const target = path.resolve(dbPath);
  const plan = planDemo({ listings: options.listings ?? 5000, seed: options.seed ?? 1 });
  checkFolderWritable(target);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (pathExists(target)) checkReplaceable(target, options.force === true, binding);

  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}`);
  removeDatabaseFiles(temp);
  let ws: Workspace | null = null;
  try {
    ws = openWorkspace(temp, { mode: 'create', ...binding });
    const progress = (phase: DemoProgress['phase'], done: number) => options.onProgress?.({ phase, done, total: plan.listingCount });
    fillWorkspace(ws.db, plan, options.now ?? (() => DEMO_CATALOGUE_DATE), progress);
    progress('seizure', plan.listingCount);
    // After every case event, so the custody log stays in time order.
    const seizureAt = plan.cases.flatMap((c) => c.events.map((e) => e.at)).reduce((a, b) => (b > a ? b : a), DEMO_WINDOW.end);
    writeDemoSeizure(ws.db, evidenceStoreFor(path.dirname(target)), plan.seed, plan.products, options.seizurePhotos ?? [], seizureAt, DEMO_REVIEWER);
    progress('closing', plan.listingCount);
    closeCleanly(ws);
    ws = null;
    // The temporary file is complete and closed: stale journals of the target must not be replayed onto it.
    removeFiles([`${temp}-wal`, `${temp}-shm`, `${target}-wal`, `${target}-shm`]);
    fs.renameSync(temp, target);
    syncFolder(path.dirname(target));
  } catch (e) {
    try {
      ws?.close();
    } catch {
      // Already failing; the temporary file is removed below either way.
    }
    removeDatabaseFiles(temp);
    throw asWriteError(e, target, temp);
  }
  return {
    dbPath: target,
    listings: plan.listingCount,
    products: plan.products.length,
    sellers: plan.sellers.length,
    cases: plan.cases.length,
  };
}

function pathExists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Lets an existing file be replaced only with force, only if it is an Assay workspace, and only if nothing has it open. */
function checkReplaceable(target: string, force: boolean, binding: { nativeBinding?: string }): void {
  if (!force) throw new AssayError('workspace_exists', `${target} already exists; run the demo again with --force to replace it with a new demo workspace.`);
  let existing: Workspace;
  try {
    existing = openWorkspace(target, { mode: 'open', ...binding });
  } catch (e) {
    if (isAssayError(e) && e.code === 'workspace_newer') return; // An Assay workspace, from a newer version: still ours to replace.
    if (isAssayError(e) && e.code === 'workspace_invalid') {
      throw new AssayError('workspace_invalid', `${e.message.replace(/\s*Assay will not change it\.$/, '')} The demo replaces only Assay workspaces, even with --force; choose another path.`, { cause: e });
    }
    throw e;
  }
  existing.close();
  // Closing the last connection removes the WAL file; if it is still there, another program has the workspace open.
  if (fs.existsSync(`${target}-wal`)) {
    throw new AssayError('workspace_unwritable', `${target} is open in another program (Assay or a SQLite tool); close it, then run the demo again.`);
  }
}

type ReportProgress = (phase: DemoProgress['phase'], done: number) => void;

function fillWorkspace(db: Database.Database, plan: DemoPlan, now: () => string, progress: ReportProgress): void {
  const createdAt = now();
  // The temporary file is deleted on any failure, so it does not need to survive a crash while it is filled.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -131072');
  // Rebuilding each index scans the whole table; reading it through a memory map saves a copy per page.
  db.pragma('mmap_size = 2147418112');

  const { brandId, sellerIds } = db.transaction(() => {
    setMeta(db, 'normalised_currency', 'USD');
    setMeta(db, 'demo_seed', String(plan.seed));
    const brandId = writeCatalogue(db, plan, createdAt);
    const ids = writeSellers(db, plan);
    appendCustodyEvent(db, {
      at: createdAt,
      actor: SYSTEM_ACTOR,
      action: 'workspace.created',
      subjectType: 'workspace',
      subjectId: 'demo',
      details: {
        seed: plan.seed,
        listings: plan.listingCount,
        products: plan.products.length,
        trademarks: plan.trademarks.length,
        sellers: plan.sellers.length,
        cases: plan.cases.length,
      },
    });
    appendCustodyEvent(db, {
      at: createdAt,
      actor: SYSTEM_ACTOR,
      action: 'catalog.imported',
      subjectType: 'brand',
      subjectId: brandId,
      details: { brand: plan.brand.name, products: plan.products.length, trademarks: plan.trademarks.length, authorisedSellers: plan.authorisedSellers.length },
    });
    return { brandId, sellerIds: ids };
  })();

  const listingIds = withListingIndexesDeferred(db, () => writeListings(db, plan, sellerIds, progress), () => progress('indexes', plan.listingCount));
  progress('cases', plan.listingCount);
  writeCases(db, plan, brandId, listingIds);
  progress('statistics', plan.listingCount);
  analyseSample(db);
}

function writeCatalogue(db: Database.Database, plan: DemoPlan, createdAt: string): number {
  const brandId = insertBrand(db, plan.brand, createdAt);
  plan.trademarks.forEach(trademarkInserter(db, brandId));
  plan.products.forEach(productInserter(db, brandId));
  plan.authorisedSellers.forEach(authorisedSellerInserter(db, brandId));
  return brandId;
}

function writeSellers(db: Database.Database, plan: DemoPlan): number[] {
  return plan.sellers.map(sellerInserter(db));
}

/** Loads the listings with the secondary indexes dropped, then rebuilds them once over all rows. */
function withListingIndexesDeferred<T>(db: Database.Database, fill: () => T, beforeRebuild: () => void): T {
  const rebuild = db.transaction(() => deferListingIndexes(db))();
  const result = fill();
  beforeRebuild();
  db.transaction(rebuild)();
  return result;
}

/** Streams the listings in, ten thousand per transaction; returns the database id of each listing a case needs. */
function writeListings(db: Database.Database, plan: DemoPlan, sellerIds: readonly number[], progress: ReportProgress): Map<number, number> {
  const insert = listingInserter(db);
  const wanted = new Set(plan.cases.flatMap((c) => c.listings.map((l) => l.index)));
  const ids = new Map<number, number>();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const l = plan.listingAt(i).listing;
      // Written out rather than spread: this runs a million times.
      const id = insert({
        marketplace: l.marketplace, listing_id: l.listing_id, url: l.url, title: l.title, description: l.description, brand: l.brand,
        price: l.price, price_max: l.price_max, currency: l.currency, price_normalised: l.price_normalised, seller_id: sellerIds[l.sellerIndex] ?? null,
        seller_name: l.seller_name, seller_location: l.seller_location, image_urls: l.image_urls, units_sold: l.units_sold, language: l.language,
        status: l.status, captured_at: l.captured_at, first_seen: l.first_seen, last_seen: l.last_seen, raw: l.raw,
      });
      if (wanted.has(i)) ids.set(i, id);
    }
  });
  for (let from = 0; from < plan.listingCount; from += LISTINGS_PER_TRANSACTION) {
    const to = Math.min(plan.listingCount, from + LISTINGS_PER_TRANSACTION);
    batch(from, to);
    progress('listings', to);
  }
  db.transaction(() => {
    appendCustodyEvent(db, {
      at: DEMO_WINDOW.end,
      actor: SYSTEM_ACTOR,
      action: 'listings.imported',
      subjectType: 'import',
      subjectId: 'demo',
      details: { listings: plan.listingCount, sellers: plan.sellers.length, source: 'demo generator', seed: plan.seed },
    });
  })();
  return ids;
}

/** Writes the cases and their listings, then every case's history in time order, so the custody log reads chronologically. */
function writeCases(db: Database.Database, plan: DemoPlan, brandId: number, listingIds: ReadonlyMap<number, number>): void {
  const idOf = (index: number) => listingIds.get(index) as number;
  db.transaction(() => {
    const insertCase = caseInserter(db, brandId);
    const history: { caseId: number; order: number; event: DemoPlan['cases'][number]['events'][number] }[] = [];
    for (const c of plan.cases) {
      const caseId = insertCase({ ...c, listings: c.listings.map((l) => ({ listingId: idOf(l.index), reason: l.reason, outcome: l.outcome, addedAt: l.addedAt })) });
      c.events.forEach((event, order) => history.push({ caseId, order, event }));
    }
    history.sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.caseId - b.caseId || a.order - b.order));
    for (const { caseId, event } of history) {
      appendCustodyEvent(db, {
        at: event.at,
        actor: DEMO_REVIEWER,
        action: event.action,
        subjectType: 'case',
        subjectId: caseId,
        details: event.listingIndexes.length ? { ...event.details, listingIds: event.listingIndexes.map(idOf) } : event.details,
      });
    }
  })();
}

/** Makes the file whole on disk: everything checkpointed from the WAL into the database and synced, then closed. */
function closeCleanly(ws: Workspace): void {
  ws.db.pragma('synchronous = FULL');
  const [result] = ws.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (!result || result.busy !== 0) throw new AssayError('internal', `Could not finish writing ${ws.dbPath}: its write-ahead log could not be checkpointed.`);
  ws.close();
}

function removeFiles(files: readonly string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}

const removeDatabaseFiles = (file: string) => removeFiles([file, `${file}-wal`, `${file}-shm`, `${file}-journal`]);

/** Makes the rename itself durable where the platform allows syncing a folder (not on Windows). */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort only.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** A sentence about the target for any failure, never one about the temporary file. */
function asWriteError(e: unknown, target: string, temp: string): AssayError {
  if (isAssayError(e)) return e.message.includes(temp) ? new AssayError(e.code, e.message.split(temp).join(target), { cause: e }) : e;
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE')) return classifySqliteError(e, target);
  if (code === 'ENOSPC') return new AssayError('workspace_unwritable', `Cannot write ${target}: the disk is full.`, { cause: e });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AssayError('workspace_unwritable', `Cannot write ${target}: permission denied. Choose a folder you can write to.`, { cause: e });
  if (code === 'EBUSY') return new AssayError('workspace_unwritable', `Cannot replace ${target}: another program has it open. Close it and run the demo again.`, { cause: e });
  return new AssayError('internal', `Could not write the demo workspace ${target}: ${(e as Error).message ?? String(e)}.`, { cause: e });
}
