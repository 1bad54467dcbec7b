// Turns one source row into a listing (and the seller it names) through the column mapping, or into a
// rejection that names the row, the column and what could not be read.
import type { ImportedListing } from '../db/listingImportRepository';
import { deriveListingIdentity } from './values/listingIdentity';
import { normalisePrice } from './values/exchangeRates';
import { parsePrice } from './values/parsePrice';
import { normaliseEmail, normaliseHandle, normalisePhone, normaliseStoreUrl, parseInteger, parseTimestamp, splitContacts, splitList } from './values/parseFieldValues';

export interface ListingRowContext {
  mapping: Readonly<Record<string, string>>;
  /** For files without a marketplace column (--marketplace, or the preset's). */
  marketplace: string | null;
  rates: ReadonlyMap<string, number>;
}

export interface MappedSeller {
  marketplace: string;
  sellerRef: string;
  name: string;
  location: string;
  storeUrl: string;
  contacts: { kind: string; value: string; normalised: string }[];
}

export type MappedListingRow =
  | { ok: true; listing: Omit<ImportedListing, 'seller_id' | 'raw'>; seller: MappedSeller | null }
  | { ok: false; column: string | null; reason: string };

/** What exports write for "no value" (none longer than four characters); read as empty rather than as something to reject. */
const PLACEHOLDERS = new Set(['-', '—', '–', 'n/a', 'na', 'null', 'none', 'nil', '#n/a']);

/** Exports repeat the same capture times row after row: each distinct text is read once (a pure function). */
const capturedAtMemo = new Map<string, string | null>();
function capturedAtOf(text: string): string | null {
  let at = capturedAtMemo.get(text);
  if (at === undefined) {
    if (capturedAtMemo.size >= 4096) capturedAtMemo.clear();
    at = parseTimestamp(text);
    capturedAtMemo.set(text, at);
  }
  return at;
}

const CONTACT_FIELDS = [
  ['seller_phone', 'phone'],
  ['seller_email', 'email'],
  ['seller_wechat', 'wechat'],
  ['seller_whatsapp', 'whatsapp'],
  ['seller_telegram', 'telegram'],
  ['seller_address', 'address'],
] as const;

export function mapListingRow(rowNumber: number, values: Readonly<Record<string, string>>, ctx: ListingRowContext): MappedListingRow {
  const { mapping } = ctx;
  const get = (field: string): string => {
    const column = mapping[field];
    const value = column === undefined ? '' : (values[column] ?? '').trim();
    return value.length <= 4 && PLACEHOLDERS.has(value.toLowerCase()) ? '' : value;
  };
  const fail = (field: string | null, reason: string): MappedListingRow => ({ ok: false, column: field ? (mapping[field] ?? null) : null, reason: `Row ${rowNumber}: ${reason}` });

  const url = get('url');
  const identity = deriveListingIdentity({ listingId: get('listing_id'), url, marketplace: get('marketplace') || ctx.marketplace });
  if (!identity.ok) return fail(get('listing_id') ? 'listing_id' : 'url', identity.reason);
  const { marketplace, listingId } = identity;

  const priceText = get('price');
  const price = parsePrice(priceText, { currency: get('currency') || null, marketplace });
  if (!price.ok) return fail('price', `the price "${priceText.slice(0, 80)}" cannot be read: ${price.reason}`);

  let unitsSold: number | null = null;
  const unitsText = get('units_sold');
  if (unitsText) {
    unitsSold = parseInteger(unitsText);
    if (unitsSold === null) return fail('units_sold', `the units sold "${unitsText.slice(0, 80)}" is not a number.`);
  }
  let capturedAt: string | null = null;
  const capturedText = get('captured_at');
  if (capturedText) {
    capturedAt = capturedAtOf(capturedText);
    if (capturedAt === null) return fail('captured_at', `the capture time "${capturedText.slice(0, 80)}" is not a date Assay can read.`);
  }

  const sellerName = get('seller_name');
  const sellerRef = get('seller_id') || sellerName;
  const contacts: MappedSeller['contacts'] = [];
  const contactText = get('seller_contacts');
  if (contactText) contacts.push(...splitContacts(contactText));
  for (const [field, kind] of CONTACT_FIELDS) {
    const value = get(field);
    if (!value) continue;
    const normalised = kind === 'phone' ? normalisePhone(value) : kind === 'email' ? normaliseEmail(value) : kind === 'address' ? value.toLowerCase().replace(/\s+/g, ' ') : normaliseHandle(value);
    if (normalised) contacts.push({ kind, value, normalised });
  }
  const storeUrl = get('seller_store_url');
  if (storeUrl) {
    const normalised = normaliseStoreUrl(storeUrl);
    if (normalised) contacts.push({ kind: 'url', value: storeUrl, normalised });
  }
  const location = get('seller_location');

  return {
    ok: true,
    listing: {
      marketplace,
      listing_id: listingId,
      url,
      title: get('title'),
      description: get('description'),
      brand: get('brand'),
      price: price.price,
      price_max: price.priceMax,
      currency: price.currency,
      price_normalised: normalisePrice(price.price, price.currency, ctx.rates),
      seller_name: sellerName,
      seller_location: location,
      image_urls: splitList(get('image_urls')),
      units_sold: unitsSold,
      captured_at: capturedAt,
    },
    seller: sellerRef ? { marketplace, sellerRef, name: sellerName, location, storeUrl, contacts } : null,
  };
}
