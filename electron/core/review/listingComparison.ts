// A listing beside the genuine product it was matched to (or that a reviewer chose): the field-by-field
// comparison, the stored images of each side, and the top candidates for a one-click correction.
import type Database from 'better-sqlite3';
import type { ListingComparison } from '../../api/reviewContract';
import { getProduct } from '../db/catalogRepository';
import { exchangeRateMap } from '../db/importsRepository';
import { getListing } from '../db/listingsRepository';
import { listingImages, listingMatch, officialImages, productRefs } from '../db/reviewRepository';
import { normalisePrice } from '../imports/values/exchangeRates';
import { compareFields } from './compareFields';

export function listingComparison(db: Database.Database, listingId: number): ListingComparison {
  const listing = getListing(db, listingId);
  const match = listingMatch(db, listingId);
  const product = match?.productId != null ? getProduct(db, match.productId) : null;
  const refs = productRefs(db, (match?.candidates ?? []).map((c) => c.productId));
  const candidates = (match?.candidates ?? [])
    .filter((c) => refs.has(c.productId))
    .map((c) => ({ productId: c.productId, sku: c.sku, name: refs.get(c.productId)!.name, score: c.score }));
  const images = { listing: listingImages(db, listingId), official: product ? officialImages(db, product.id, product.officialImages) : [] };
  if (!product || !match) return { listingId, status: listing.status, product: null, fields: [], candidates, images, findingsStale: match?.inputHash === '' };

  const rates = exchangeRateMap(db);
  // After a correction the findings were made against the earlier product; they say nothing about this one.
  const findingsStale = match.inputHash === '';
  const fields = compareFields(
    {
      title: listing.title,
      description: listing.description,
      brand: listing.brand,
      price: listing.price,
      priceMax: listing.priceMax,
      currency: listing.currency,
      priceUsd: normalisePrice(listing.price, listing.currency, rates),
      raw: listing.raw,
    },
    product,
    { msrpUsd: normalisePrice(product.msrp, product.currency, rates), minAuthorisedPriceUsd: normalisePrice(product.minAuthorisedPrice, product.currency, rates) },
    findingsStale ? [] : listing.findings,
  );
  return {
    listingId,
    status: listing.status,
    product: { id: product.id, sku: product.sku, name: product.name, brand: product.brand, corrected: match.corrected, score: match.score },
    fields,
    candidates,
    images,
    findingsStale,
  };
}
