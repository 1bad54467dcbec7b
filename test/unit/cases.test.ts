import { describe, expect, it } from 'vitest';
import { createCase } from '../../electron/core/cases/createCase';
import { addListingsToCase, removeListingsFromCase, setListingOutcome, setListingReason } from '../../electron/core/cases/caseListings';
import { changeCaseStatus } from '../../electron/core/cases/caseStatus';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { caseCustodyEvents, caseListings, caseTransitions, getCaseRecord } from '../../electron/core/db/caseRepository';
import { insertBrandRow } from '../../electron/core/db/brandRepository';
import { addTestBuy } from '../../electron/core/cases/testBuys';
import { caseTestBuys } from '../../electron/core/db/caseTestBuyRepository';
import { insertListings, listing, newWorkspace } from '../support/tempWorkspace';

const actor = 'tester@host';
const t = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();

function workspaceWithListings() {
  const ws = newWorkspace();
  insertBrandRow(ws.db, 'Aurelle', 'Aurelle SA', t(0));
  const ids = insertListings(ws, [
    listing({ listing_id: 'E1', marketplace: 'ebay' }),
    listing({ listing_id: 'A1', marketplace: 'amazon' }),
    listing({ listing_id: 'X1', marketplace: 'aliexpress' }),
  ]);
  return { ws, ids };
}

const custody = (ws: ReturnType<typeof newWorkspace>) =>
  ws.db.prepare('SELECT action, subject_type AS subjectType, subject_id AS subjectId, details FROM custody_event ORDER BY seq').all() as { action: string; subjectType: string; subjectId: string; details: string }[];

describe('cases', () => {
  it('opens a case in draft for the only brand, dated, with its listings under each marketplace’s counterfeit reason', async () => {
    const { ws, ids } = workspaceWithListings();
    const { caseId, listingsAdded } = createCase(ws.db, { name: '  Spring sweep ', marketplaces: ['eBay', 'amazon'], listingIds: ids, actor, at: t(1) });
    expect(listingsAdded).toBe(3);
    const c = getCaseRecord(ws.db, caseId)!;
    expect(c).toMatchObject({ name: 'Spring sweep', status: 'draft', brandName: 'Aurelle', marketplaces: ['amazon', 'ebay'], statusAt: t(1) });
    expect(caseListings(ws.db, caseId).map((l) => [l.marketplace, l.reason])).toEqual([
      ['aliexpress', 'alibaba_ipp:counterfeit'],
      ['amazon', 'amazon:counterfeit'],
      ['ebay', 'ebay_vero:1.1'],
    ]);
    expect(caseTransitions(ws.db, caseId)).toMatchObject([{ from: null, to: 'draft', at: t(1), actor }]);
    expect(custody(ws).map((e) => e.action)).toEqual(['case.created', 'case.listings_added']);
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true, events: 2 });
  });

  it('refuses an empty name, an unknown brand and an unknown listing, writing nothing', () => {
    const { ws } = workspaceWithListings();
    expect(() => createCase(ws.db, { name: '   ', actor, at: t(1) })).toThrow('A case needs a name.');
    expect(() => createCase(ws.db, { name: 'x', brand: 'Nope', actor, at: t(1) })).toThrow('There is no brand "Nope" in this workspace; its brands are Aurelle.');
    expect(() => createCase(ws.db, { name: 'x', listingIds: [999], actor, at: t(1) })).toThrow('Listing 999 does not exist in this workspace.');
    expect(ws.db.prepare('SELECT count(*) AS n FROM "case"').get()).toEqual({ n: 0 });
    expect(custody(ws)).toEqual([]);
  });

  it('takes a reason by kind or by code, and refuses one that does not fit the listing’s marketplace, naming the listing', () => {
    const { ws, ids } = workspaceWithListings();
    const { caseId } = createCase(ws.db, { name: 'c', actor, at: t(1) });
    addListingsToCase(ws.db, caseId, [ids[0]!], 'trademark', actor, t(2));
    expect(caseListings(ws.db, caseId)[0]!.reason).toBe('ebay_vero:1.2');
    expect(() => addListingsToCase(ws.db, caseId, [ids[1]!], 'ebay_vero:1.1', actor, t(3))).toThrow(`"ebay_vero:1.1" is not a reason listing ${ids[1]} on amazon can be reported under`);
    expect(setListingReason(ws.db, caseId, ids[0]!, 'ebay_vero:1.1', actor, t(4))).toBe('ebay_vero:1.1');
    expect(addListingsToCase(ws.db, caseId, [ids[0]!, ids[2]!], undefined, actor, t(5))).toEqual({ added: [ids[2]], alreadyInCase: [ids[0]] });
    expect(removeListingsFromCase(ws.db, caseId, [ids[2]!], actor, t(6))).toEqual({ removed: [ids[2]] });
    expect(custody(ws).map((e) => e.action)).toEqual(['case.created', 'case.listings_added', 'case.listing_reason_changed', 'case.listings_added', 'case.listings_removed']);
  });

  it('moves a case only along sensible steps, dating each, and needs an outcome to resolve', async () => {
    const { ws, ids } = workspaceWithListings();
    const { caseId } = createCase(ws.db, { name: 'c', actor, at: t(1) });
    expect(() => changeCaseStatus(ws.db, { caseId, to: 'submitted', actor, at: t(2) })).toThrow(`Case ${caseId} cannot move from draft to submitted; from draft it can move to in_review.`);
    changeCaseStatus(ws.db, { caseId, to: 'in_review', actor, at: t(2) });
    expect(() => changeCaseStatus(ws.db, { caseId, to: 'ready', actor, at: t(3) })).toThrow(`Case ${caseId} has no listings`);
    addListingsToCase(ws.db, caseId, ids, undefined, actor, t(3));
    changeCaseStatus(ws.db, { caseId, to: 'ready', actor, at: t(4) });
    changeCaseStatus(ws.db, { caseId, to: 'submitted', actor, at: t(5) });
    expect(() => addListingsToCase(ws.db, caseId, ids, undefined, actor, t(6))).toThrow('its listings are fixed');
    expect(() => changeCaseStatus(ws.db, { caseId, to: 'resolved', actor, at: t(6) })).toThrow('needs its outcome');
    expect(() => changeCaseStatus(ws.db, { caseId, to: 'in_review', actor, at: t(6) })).toThrow('cannot move from submitted to in_review');
    expect(() => changeCaseStatus(ws.db, { caseId, to: 'closed' as never, actor, at: t(6) })).toThrow('"closed" is not a case status');
    setListingOutcome(ws.db, caseId, ids[0]!, 'taken_down', actor, t(7));
    changeCaseStatus(ws.db, { caseId, to: 'resolved', outcome: 'partly_taken_down', actor, at: t(8) });
    expect(getCaseRecord(ws.db, caseId)).toMatchObject({ status: 'resolved', outcome: 'partly_taken_down', statusAt: t(8) });
    expect(caseTransitions(ws.db, caseId).map((x) => [x.from, x.to, x.outcome, x.at])).toEqual([
      [null, 'draft', null, t(1)],
      ['draft', 'in_review', null, t(2)],
      ['in_review', 'ready', null, t(4)],
      ['ready', 'submitted', null, t(5)],
      ['submitted', 'resolved', 'partly_taken_down', t(8)],
    ]);
    const statuses = ws.db.prepare('SELECT id, status FROM listing ORDER BY id').all();
    expect(statuses).toEqual([{ id: ids[0], status: 'taken_down' }, { id: ids[1], status: 'reported' }, { id: ids[2], status: 'reported' }]);
    expect(caseListings(ws.db, caseId).find((l) => l.listingId === ids[0])).toMatchObject({ outcome: 'taken_down', outcomeAt: t(7) });
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true, events: 7 });
  });

  it('records a test buy with its examination rows, refusing one without an order number', () => {
    const { ws, ids } = workspaceWithListings();
    const { caseId } = createCase(ws.db, { name: 'c', listingIds: [ids[0]!], actor, at: t(1) });
    expect(() => addTestBuy(ws.db, { caseId, orderNumber: ' ', actor, at: t(2) })).toThrow('A test buy needs its order number.');
    expect(() => addTestBuy(ws.db, { caseId, orderNumber: 'O-1', cost: 12, actor, at: t(2) })).toThrow('needs its currency');
    const id = addTestBuy(ws.db, {
      caseId,
      listingId: ids[0]!,
      orderNumber: 'O-1',
      orderedOn: '2026-02-20',
      cost: 49.5,
      currency: 'usd',
      received: 'Watch in an unbranded box',
      examination: [{ field: 'Serial number', expected: 'MR-######', observed: 'none engraved' }],
      conclusion: 'counterfeit',
      actor,
      at: t(2),
    });
    expect(caseTestBuys(ws.db, caseId)).toMatchObject([{ id, currency: 'USD', examination: [{ field: 'Serial number', observed: 'none engraved' }], conclusion: 'counterfeit' }]);
    expect(custody(ws).at(-1)).toMatchObject({ action: 'test_buy.recorded', subjectType: 'test_buy', subjectId: String(id) });
  });
});

describe('a case’s history', () => {
  it('holds the custody events of the case, its test buys and its evidence, oldest first', () => {
    const { ws, ids } = workspaceWithListings();
    const { caseId } = createCase(ws.db, { name: 'c', listingIds: [ids[0]!], actor, at: t(1) });
    const other = createCase(ws.db, { name: 'other', actor, at: t(2) });
    addTestBuy(ws.db, { caseId, orderNumber: 'O-9', actor, at: t(3) });
    expect(caseCustodyEvents(ws.db, caseId).map((e) => e.action)).toEqual(['case.created', 'case.listings_added', 'test_buy.recorded']);
    expect(caseCustodyEvents(ws.db, other.caseId).map((e) => e.action)).toEqual(['case.created']);
  });
});
