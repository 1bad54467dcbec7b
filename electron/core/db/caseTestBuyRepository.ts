// SQL over a case's test buys: the order, what arrived, the examination against the genuine specification
// (field / expected / observed rows, stored as JSON) and the conclusion, with the photos linked as evidence.
import type Database from 'better-sqlite3';
import type { TestBuyConclusion } from '../../api/caseVocabulary';
import type { ExaminationRow, TestBuyRecord } from '../../api/caseContract';

export type { ExaminationRow, TestBuyRecord };

export type NewTestBuy = Omit<TestBuyRecord, 'id' | 'productSku' | 'evidenceIds'>;

export function insertTestBuy(db: Database.Database, t: NewTestBuy): number {
  return Number(
    db
      .prepare(`INSERT INTO test_buy (case_id, listing_id, product_id, order_number, ordered_on, cost, currency, received, examination, conclusion, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(t.caseId, t.listingId, t.productId, t.orderNumber, t.orderedOn, t.cost, t.currency, t.received, JSON.stringify(t.examination), t.conclusion, t.createdAt).lastInsertRowid,
  );
}

/** The case a test buy belongs to, or null when there is no such test buy. */
export function testBuyCase(db: Database.Database, testBuyId: number): number | null {
  return (db.prepare('SELECT case_id FROM test_buy WHERE id = ?').get(testBuyId) as { case_id: number } | undefined)?.case_id ?? null;
}

export function productExists(db: Database.Database, productId: number): boolean {
  return db.prepare('SELECT 1 FROM product WHERE id = ?').get(productId) !== undefined;
}

interface TestBuyDbRow {
  id: number;
  case_id: number;
  listing_id: number | null;
  product_id: number | null;
  sku: string | null;
  order_number: string;
  ordered_on: string | null;
  cost: number | null;
  currency: string | null;
  received: string;
  examination: string;
  conclusion: TestBuyConclusion | null;
  created_at: string;
  evidence_ids: string | null;
}

export function caseTestBuys(db: Database.Database, caseId: number): TestBuyRecord[] {
  const rows = db
    .prepare(`SELECT t.*, p.sku, (SELECT group_concat(evidence_id) FROM test_buy_evidence x WHERE x.test_buy_id = t.id) AS evidence_ids
      FROM test_buy t LEFT JOIN product p ON p.id = t.product_id WHERE t.case_id = ? ORDER BY t.id`)
    .all(caseId) as TestBuyDbRow[];
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    listingId: r.listing_id,
    productId: r.product_id,
    productSku: r.sku,
    orderNumber: r.order_number,
    orderedOn: r.ordered_on,
    cost: r.cost,
    currency: r.currency,
    received: r.received,
    examination: JSON.parse(r.examination) as ExaminationRow[],
    conclusion: r.conclusion,
    createdAt: r.created_at,
    evidenceIds: r.evidence_ids ? r.evidence_ids.split(',').map(Number).sort((a, b) => a - b) : [],
  }));
}
