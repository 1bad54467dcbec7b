// The workspace, listings, sellers, products and cases operations of the contract.
import type { EventSink, Handlers } from '../../api/contract';
import { verifyCustodyLog } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { verifyEvidenceStore } from '../cases/verifyEvidenceStore';
import { sellerClusters } from '../sellers/sellerClusters';
import { getProduct, listCases, listProducts, listSellers, mainBrand, metaValue, updateProduct, workspaceCounts } from '../db/catalogRepository';
import { appendCustodyEvent } from '../cases/custodyLog';
import { AssayError } from '../errors';
import { currentActor } from '../imports/actor';
import { countListings, getListing, listingFacets, listingsPage } from '../db/listingsRepository';
import { integrityProblems, type Workspace } from '../db/openWorkspace';

type CatalogOperations = 'workspace.info' | 'workspace.verify' | 'listings.page' | 'listings.count' | 'listings.get' | 'listings.facets' | 'sellers.list' | 'sellers.clusters' | 'products.list' | 'products.update' | 'cases.list';

export function catalogHandlers(ws: Workspace, events: EventSink): Pick<Handlers, CatalogOperations> {
  const { db } = ws;
  return {
    'workspace.info': () => ({
      dbPath: ws.dbPath,
      schemaVersion: ws.schemaVersion,
      integrityProblems: [...ws.integrityProblems],
      integrityCheckedAtOpen: ws.integrityCheckedAtOpen,
      normalisedCurrency: metaValue(db, 'normalised_currency') ?? 'USD',
      brand: mainBrand(db),
      counts: workspaceCounts(db),
    }),
    'workspace.verify': async () => {
      const integrity = integrityProblems(db, 'full');
      const custody = await verifyCustodyLog(db, (done, total) => events.emit('job.progress', { job: 'workspace.verify', phase: 'custody log', done, total }));
      const evidence = await verifyEvidenceStore(db, evidenceStoreFor(ws.dir), (done, total) => events.emit('job.progress', { job: 'workspace.verify', phase: 'evidence files', done, total }));
      return {
        integrity,
        evidence: evidence.ok ? { ok: true, files: evidence.files, firstProblem: null } : { ok: false, files: evidence.files, firstProblem: evidence.problem },
        custody: custody.ok
          ? { ok: true, events: custody.events, firstBroken: null, reason: null }
          : { ok: false, events: custody.events, firstBroken: custody.seq, reason: custody.reason },
      };
    },
    'listings.page': (input) => listingsPage(db, input),
    'listings.count': (filter) => ({ total: countListings(db, filter) }),
    'listings.get': ({ id }) => getListing(db, id),
    'listings.facets': () => listingFacets(db),
    'sellers.list': () => listSellers(db),
    'sellers.clusters': () => sellerClusters(db),
    'products.list': () => listProducts(db),
    'products.update': (edit) => {
      const before = getProduct(db, edit.id);
      if (!before) throw new AssayError('not_found', `Product ${edit.id} does not exist in this workspace.`);
      db.transaction(() => {
        updateProduct(db, edit);
        const after = getProduct(db, edit.id)!;
        const changed = Object.keys(after).filter((k) => JSON.stringify(after[k as keyof typeof after]) !== JSON.stringify(before[k as keyof typeof before]));
        appendCustodyEvent(db, { at: new Date().toISOString(), actor: currentActor(), action: 'product.edited', subjectType: 'product', subjectId: edit.id, details: { sku: before.sku, changed, before, after } });
      })();
      return getProduct(db, edit.id)!;
    },
    'cases.list': () => listCases(db),
  };
}
