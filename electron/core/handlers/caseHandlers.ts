// The cases, evidence and rights-holder operations of the contract: each hands validated input to core/cases/
// with the person who did it and when, and returns what the screen shows next.
import type { CaseView } from '../../api/caseContract';
import type { Handlers } from '../../api/contract';
import { addEvidence } from '../cases/addEvidence';
import { addListingsToCase, removeListingsFromCase, requireCase, setListingOutcome, setListingReason } from '../cases/caseListings';
import { changeCaseStatus } from '../cases/caseStatus';
import { createCase } from '../cases/createCase';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { redactEvidence } from '../cases/redactEvidence';
import { removeTrademark, rightsHolderDetails, saveRightsHolder, saveTrademark, setTrademarkImage } from '../cases/rightsHolder';
import { addTestBuy } from '../cases/testBuys';
import { caseCustodyEvents, caseListings, caseTransitions, getCaseRecord, listingOutcomeCounts } from '../db/caseRepository';
import { caseTestBuys } from '../db/caseTestBuyRepository';
import { caseEvidence } from '../db/evidenceRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { currentActor } from '../imports/actor';

type CaseOperations =
  | 'cases.get'
  | 'cases.create'
  | 'cases.addListings'
  | 'cases.removeListings'
  | 'cases.setReason'
  | 'cases.setOutcome'
  | 'cases.move'
  | 'cases.addTestBuy'
  | 'cases.listingOutcomes'
  | 'evidence.add'
  | 'evidence.redact'
  | 'brand.get'
  | 'brand.save'
  | 'brand.saveTrademark'
  | 'brand.removeTrademark'
  | 'brand.setMarkImage';

export function caseView(ws: Workspace, caseId: number): CaseView {
  const c = requireCase(ws.db, caseId);
  return {
    case: c,
    listings: caseListings(ws.db, caseId),
    evidence: caseEvidence(ws.db, caseId),
    testBuys: caseTestBuys(ws.db, caseId),
    transitions: caseTransitions(ws.db, caseId),
    history: caseCustodyEvents(ws.db, caseId),
  };
}

export function caseHandlers(ws: Workspace): Pick<Handlers, CaseOperations> {
  const { db } = ws;
  const store = evidenceStoreFor(ws.dir);
  const now = () => new Date().toISOString();
  const brandOrRefuse = () => {
    const details = rightsHolderDetails(db);
    if (!details) throw new AssayError('invalid_input', 'Save the rights holder (Settings → Brand) before adding trademarks.');
    return details;
  };
  return {
    'cases.get': ({ caseId }) => caseView(ws, caseId),
    'cases.create': (input) => createCase(db, { ...input, actor: currentActor(), at: now() }),
    'cases.addListings': ({ caseId, listingIds, reason }) => addListingsToCase(db, caseId, listingIds, reason ?? undefined, currentActor(), now()),
    'cases.removeListings': ({ caseId, listingIds }) => removeListingsFromCase(db, caseId, listingIds, currentActor(), now()),
    'cases.setReason': ({ caseId, listingId, reason }) => ({ reason: setListingReason(db, caseId, listingId, reason, currentActor(), now()) }),
    'cases.setOutcome': ({ caseId, listingId, outcome }) => {
      setListingOutcome(db, caseId, listingId, outcome, currentActor(), now());
      return caseListings(db, caseId);
    },
    'cases.move': (input) => {
      changeCaseStatus(db, { ...input, actor: currentActor(), at: now() });
      return getCaseRecord(db, input.caseId)!;
    },
    'cases.addTestBuy': (input) => {
      addTestBuy(db, { ...input, actor: currentActor(), at: now() });
      return caseTestBuys(db, input.caseId);
    },
    'cases.listingOutcomes': () => listingOutcomeCounts(db),
    'evidence.add': ({ path, ...rest }) => addEvidence(db, store, { file: path, ...rest, actor: currentActor(), at: now() }),
    'evidence.redact': ({ path, ...rest }) => redactEvidence(db, store, { file: path, ...rest, actor: currentActor(), at: now() }),
    'brand.get': () => rightsHolderDetails(db),
    'brand.save': (input) => saveRightsHolder(db, input, currentActor(), now(), rightsHolderDetails(db)?.brandId),
    'brand.saveTrademark': ({ id, ...t }) => {
      const brand = brandOrRefuse();
      saveTrademark(db, brand.brandId, id, t, currentActor(), now());
      return rightsHolderDetails(db, brand.brandId)!;
    },
    'brand.removeTrademark': ({ trademarkId }) => {
      const brand = brandOrRefuse();
      removeTrademark(db, trademarkId, currentActor(), now());
      return rightsHolderDetails(db, brand.brandId)!;
    },
    'brand.setMarkImage': async ({ trademarkId, path }) => {
      const brand = brandOrRefuse();
      await setTrademarkImage(db, store, trademarkId, path, currentActor(), now());
      return rightsHolderDetails(db, brand.brandId)!;
    },
  };
}
