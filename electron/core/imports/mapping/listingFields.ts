// The listing fields a source column can be mapped to, with the labels the mapping screen shows.
// A listing needs a listing id or a URL to be identified; no single field is required on its own.
import type { ImportKind } from '../../../api/contract';

export interface ImportFieldDefinition {
  key: string;
  label: string;
  required: boolean;
  /** One sentence for the mapping screen: what the column should hold. */
  hint?: string;
}

/** Field key → source column name (as written in the file's header). */
export type ColumnMapping = Record<string /* field key */, string /* source column */>;

export type { ImportKind };

export const LISTING_FIELDS: readonly ImportFieldDefinition[] = [
  { key: 'marketplace', label: 'Marketplace', required: false, hint: 'Not needed when the file is from one marketplace (choose it) or the URLs show it.' },
  { key: 'listing_id', label: 'Listing id (item number, ASIN)', required: false, hint: 'A listing needs an id or a URL.' },
  { key: 'url', label: 'Listing URL', required: false, hint: 'A listing needs an id or a URL; the id is read from known URL patterns.' },
  { key: 'title', label: 'Title', required: false },
  { key: 'description', label: 'Description', required: false },
  { key: 'brand', label: 'Brand', required: false },
  { key: 'price', label: 'Price', required: false, hint: 'Symbols, ISO codes and ranges such as "US $12.99 - 15.99" are read.' },
  { key: 'currency', label: 'Currency', required: false, hint: 'Used when the price itself names no currency.' },
  { key: 'seller_id', label: 'Seller id', required: false },
  { key: 'seller_name', label: 'Seller or store name', required: false },
  { key: 'seller_contacts', label: 'Seller contacts (any, in one column)', required: false, hint: 'Phones, e-mails, WeChat, WhatsApp and Telegram mentions are found in free text.' },
  { key: 'seller_phone', label: 'Seller phone', required: false },
  { key: 'seller_email', label: 'Seller e-mail', required: false },
  { key: 'seller_wechat', label: 'Seller WeChat', required: false },
  { key: 'seller_whatsapp', label: 'Seller WhatsApp', required: false },
  { key: 'seller_telegram', label: 'Seller Telegram', required: false },
  { key: 'seller_store_url', label: 'Seller store URL', required: false },
  { key: 'seller_address', label: 'Seller address', required: false },
  { key: 'seller_location', label: 'Seller location (ships from)', required: false },
  { key: 'image_urls', label: 'Image URLs', required: false, hint: 'One or more, separated by |, ; or new lines.' },
  { key: 'units_sold', label: 'Units sold', required: false, hint: 'Forms such as "1,234 sold", "1.2万" and "10k+" are read.' },
  { key: 'captured_at', label: 'Captured at', required: false, hint: 'When the listing was seen; ISO dates, day-first dates, Excel serials and Unix times are read.' },
];
