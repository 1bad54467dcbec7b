// The Node side's implementation of the contract over one open workspace. Transports call it through dispatch().
import type { EventSink, Handlers } from '../api/contract';
import { verifyCustodyLog } from './cases/custodyLog';
import { listCases, listProducts, listSellers, mainBrand, metaValue, workspaceCounts } from './db/catalogRepository';
import { countListings, getListing, listingFacets, listingsPage } from './db/listingsRepository';
import { integrityProblems, type Workspace } from './db/openWorkspace';

export function createHandlers(ws: Workspace, events: EventSink): Handlers {
  const { db } = ws;
  return {
    'workspace.info': () => ({
      dbPath: ws.dbPath,
      schemaVersion: ws.schemaVersion,
      integrityProblems: [...ws.integrityProblems],
      normalisedCurrency: metaValue(db, 'normalised_currency') ?? 'USD',
      brand: mainBrand(db),
      counts: workspaceCounts(db),
    }),
    'workspace.verify': async () => {
      const integrity = integrityProblems(db, 'full');
      const custody = await verifyCustodyLog(db, (done, total) => events.emit('job.progress', { job: 'workspace.verify', phase: 'custody log', done, total }));
      return {
        integrity,
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
    'products.list': () => listProducts(db),
    'cases.list': () => listCases(db),
  };
}
