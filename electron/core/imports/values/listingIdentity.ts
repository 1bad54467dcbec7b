// Identifies a listing by (marketplace, listing id): an explicit id wins, else the id in a known URL pattern,
// else the normalised URL itself; the marketplace comes from the row or the file, else from the URL's host.
import { marketplaceFromHost, normaliseMarketplace } from './marketplaceNames';
import { normaliseUrl } from './normaliseUrl';

export { normaliseUrl };

export interface ListingIdentityInput {
  listingId?: string | null;
  url?: string | null;
  marketplace?: string | null;
}

export type ListingIdentity = { ok: true; marketplace: string; listingId: string } | { ok: false; reason: string };

const HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;
const BARE_HOST = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[/?#:]|$)/i;

/** The lower-case host of a web address, with or without its scheme. */
export function hostOf(url: string): string | null {
  const t = url.trim();
  const m = HOST.exec(t) ?? BARE_HOST.exec(t);
  return m ? m[1]!.toLowerCase() : null;
}

export function marketplaceFromUrl(url: string): string | null {
  const host = hostOf(url);
  return host ? marketplaceFromHost(host) : null;
}

type IdPattern = (url: string) => string | null;
const first = (...patterns: RegExp[]): IdPattern => (url) => {
  for (const p of patterns) {
    const m = p.exec(url);
    if (m) return m[1]!;
  }
  return null;
};

const taobaoLike = first(/[?&](?:id|item_id|itemId)=(\d{5,})/, /\/i(\d{5,})\.htm/);

const ID_PATTERNS: Readonly<Record<string, IdPattern>> = {
  aliexpress: first(/\/(?:item|i)\/(?:[^/?#]*\/)?(\d{6,})\.html/i, /[?&]productId=(\d{6,})/),
  alibaba: first(/\/product-detail\/(?:[^?#]*?_)?(\d{6,})\.html/i, /\/product\/(\d{6,})(?=[/.?#]|$)/),
  taobao: taobaoLike,
  tmall: taobaoLike,
  '1688': first(/\/offer\/(\d{5,})\.html/i),
  dhgate: first(/\/product\/(?:[^?#]*\/)?(\d{6,})\.html/i),
  amazon: (url) => {
    const m = /\/(?:dp|gp\/product|gp\/aw\/d|o\/ASIN|exec\/obidos\/ASIN|d)\/([A-Z0-9]{10})(?=[/?#]|$)/i.exec(url);
    return m ? m[1]!.toUpperCase() : null;
  },
  ebay: first(/\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?=[/?#]|$)/, /[?&]item=(\d{9,15})(?=&|#|$)/),
  shopee: (url) => {
    const m = /-i\.(\d+)\.(\d+)(?=[/?#]|$)/.exec(url) ?? /\/product\/(\d+)\/(\d+)(?=[/?#]|$)/.exec(url);
    return m ? `${m[1]}.${m[2]}` : null;
  },
};

/** The listing id in a known URL pattern; the URL's own host chooses the pattern, the marketplace is the fallback. */
export function listingIdFromUrl(url: string, marketplace?: string | null): string | null {
  const mk = marketplaceFromUrl(url) ?? (marketplace ? normaliseMarketplace(marketplace) : null);
  const pattern = mk ? ID_PATTERNS[mk] : undefined;
  return pattern ? pattern(url) : null;
}

const quote = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

export function deriveListingIdentity(input: ListingIdentityInput): ListingIdentity {
  const explicitId = input.listingId?.trim() ?? '';
  const url = input.url?.trim() ?? '';
  const given = input.marketplace ? normaliseMarketplace(input.marketplace) : null;
  const marketplace = given ?? (url ? marketplaceFromUrl(url) : null);

  let listingId: string | null = explicitId || null;
  if (!listingId && url) {
    listingId = listingIdFromUrl(url, marketplace) ?? normaliseUrl(url);
    if (!listingId) return { ok: false, reason: `the URL "${quote(url)}" is not a web address, and there is no listing id.` };
  }
  if (!listingId) {
    return { ok: false, reason: marketplace ? 'it has neither a listing id nor a URL, so the listing cannot be identified.' : 'it has no listing id, no URL and no marketplace, so the listing cannot be identified.' };
  }
  if (!marketplace) {
    const host = url ? hostOf(url) : null;
    return {
      ok: false,
      reason: host
        ? `it names no marketplace, and ${host} is not a marketplace Assay recognises from its address; map a marketplace column or choose the file's marketplace.`
        : "it names no marketplace and has no URL to read one from; map a marketplace column or choose the file's marketplace.",
    };
  }
  return { ok: true, marketplace, listingId };
}
