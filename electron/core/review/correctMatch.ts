// A reviewer's one-click correction of a listing's match: "this is the product" (or "no product"). Scoring keeps
// a corrected match on every later run; the change and what it replaced go into the custody log.
import type Database from 'better-sqlite3';
import { appendCustodyEvent } from '../cases/custodyLog';
import { getProduct } from '../db/catalogRepository';
import { listingExists, listingMatch, productRefs, setCorrectedMatch } from '../db/reviewRepository';
import { AssayError } from '../errors';

export const CORRECTION_ACTION = 'listing.match_corrected';

export function correctListingMatch(db: Database.Database, listingId: number, productId: number | null, actor: string, at: string): void {
  db.transaction(() => {
    const match = listingMatch(db, listingId);
    if (!match) {
      throw listingExists(db, listingId)
        ? new AssayError('invalid_input', `Listing ${listingId} has not been scored yet; run assay score before correcting its match.`)
        : new AssayError('not_found', `Listing ${listingId} does not exist in this workspace.`);
    }
    const product = productId === null ? null : getProduct(db, productId);
    if (productId !== null && !product) throw new AssayError('not_found', `Product ${productId} does not exist in this workspace.`);
    if (match.corrected && match.productId === productId) return;
    const before = match.productId === null ? null : productRefs(db, [match.productId]).get(match.productId) ?? null;
    setCorrectedMatch(db, listingId, productId);
    appendCustodyEvent(db, {
      at,
      actor,
      action: CORRECTION_ACTION,
      subjectType: 'listing',
      subjectId: listingId,
      details: { from: before ? { productId: match.productId, sku: before.sku } : null, to: product ? { productId: product.id, sku: product.sku } : null, score: match.score },
    });
  })();
}
