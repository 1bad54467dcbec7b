// Records a test buy on a case: the order, what arrived, the examination against the genuine specification
// as field / expected / observed rows, and the conclusion. Photos are added as evidence with its id.
import type Database from 'better-sqlite3';
import { TEST_BUY_CONCLUSIONS, type TestBuyConclusion } from '../../api/caseVocabulary';
import { caseListingReason } from '../db/caseRepository';
import { insertTestBuy, productExists, type ExaminationRow } from '../db/caseTestBuyRepository';
import { AssayError } from '../errors';
import { requireCase } from './caseListings';
import { appendCustodyEvent } from './custodyLog';

export interface NewTestBuyInput {
  caseId: number;
  listingId?: number | null;
  productId?: number | null;
  orderNumber: string;
  orderedOn?: string | null;
  cost?: number | null;
  currency?: string | null;
  received?: string;
  examination?: readonly ExaminationRow[];
  conclusion?: TestBuyConclusion | null;
  actor: string;
  at: string;
}

export function addTestBuy(db: Database.Database, input: NewTestBuyInput): number {
  const orderNumber = input.orderNumber.trim();
  if (!orderNumber) throw new AssayError('invalid_input', 'A test buy needs its order number.');
  if (orderNumber.length > 200) throw new AssayError('invalid_input', 'The order number is longer than 200 characters.');
  const orderedOn = input.orderedOn?.trim() || null;
  if (orderedOn !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(orderedOn) || Number.isNaN(Date.parse(orderedOn)))) {
    throw new AssayError('invalid_input', `The order date "${orderedOn}" is not a date written YYYY-MM-DD.`);
  }
  const cost = input.cost ?? null;
  if (cost !== null && (!Number.isFinite(cost) || cost < 0)) throw new AssayError('invalid_input', `The cost ${cost} is not an amount of zero or more.`);
  const currency = input.currency?.trim().toUpperCase() || null;
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) throw new AssayError('invalid_input', `"${input.currency}" is not a three-letter currency code.`);
  if (cost !== null && currency === null) throw new AssayError('invalid_input', 'A test buy with a cost needs its currency.');
  const conclusion = input.conclusion ?? null;
  if (conclusion !== null && !TEST_BUY_CONCLUSIONS.includes(conclusion)) throw new AssayError('invalid_input', `"${conclusion}" is not a conclusion; use one of ${TEST_BUY_CONCLUSIONS.join(', ')}.`);
  const examination = (input.examination ?? []).map((row, i) => {
    const field = row.field.trim();
    if (!field) throw new AssayError('invalid_input', `Examination row ${i + 1} needs the field examined (such as "serial number").`);
    return { field, expected: row.expected.trim(), observed: row.observed.trim() };
  });

  return db.transaction(() => {
    requireCase(db, input.caseId);
    const listingId = input.listingId ?? null;
    if (listingId !== null && !caseListingReason(db, input.caseId, listingId)) throw new AssayError('invalid_input', `Listing ${listingId} is not in case ${input.caseId}.`);
    const productId = input.productId ?? null;
    if (productId !== null && !productExists(db, productId)) throw new AssayError('not_found', `Product ${productId} does not exist in this workspace.`);
    const id = insertTestBuy(db, {
      caseId: input.caseId,
      listingId,
      productId,
      orderNumber,
      orderedOn,
      cost,
      currency,
      received: input.received?.trim() ?? '',
      examination,
      conclusion,
      createdAt: input.at,
    });
    appendCustodyEvent(db, {
      at: input.at,
      actor: input.actor,
      action: 'test_buy.recorded',
      subjectType: 'test_buy',
      subjectId: id,
      details: { caseId: input.caseId, listingId, productId, orderNumber, orderedOn, cost, currency, conclusion, examinationRows: examination.length },
    });
    return id;
  })();
}
