// Reads a marketplace price as written: a symbol or ISO code on either side, any thousands and decimal
// convention, a range ("US $12.99 - 15.99", "12.99~15.99", "US$2.50-3.00 / piece"), or a sentence why not.
import { CURRENCY_SYMBOLS, ISO_CURRENCIES, NO_MINOR_UNIT, currencyFromText, resolveCurrency } from './currencies';
import { readNumber } from './readNumber';

export interface PriceHint {
  /** The row's currency column, as written ("USD", "¥", "RMB"). */
  currency?: string | null;
  /** The listing's marketplace id; "¥" is read as yen only for Japanese marketplaces. */
  marketplace?: string | null;
}

export type ParsedPrice = { ok: true; price: number | null; priceMax: number | null; currency: string | null } | { ok: false; reason: string };

const NO_PRICE: ParsedPrice = { ok: true, price: null, priceMax: null, currency: null };
const MAX_LENGTH = 120;

const NON_ASCII = /[^\x20-\x7e]/;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
const WAVES = /[\u301c\u3030]/g;
// A dollar with its country prefix, an ISO code or letter abbreviation standing alone, or a symbol.
const MARKER = /(?<!\p{L})(?:US|HK|NT|AU|CA|NZ|MX|SG|A|C|S|R)\s?\$|(?<!\p{L})(?:[A-Z]{3}|RM|RP|RS|KR|TL|ZŁ|FR|EUROS?|Đ)(?!\p{L})\.?|[$€£¥₩₫₺฿₹₱₽₪₦元円]/giu;
// "/ piece", "/件", "per pair" after the amount: Alibaba's unit prices.
const PER_UNIT = /\s*(?:\/|\bper\b)\s*\p{L}[\p{L}\s.]*$/u;
const FROM_SUFFIX = /\s*起$/;
const NUMBER = String.raw`\d(?:[\d.,' ]*\d)?`;
const AMOUNT = new RegExp(String.raw`^\s*(-)?\s*(${NUMBER})\s*(?:(?:-|~|to|bis|a|à|até|hasta|至|到)\s*(-)?\s*(${NUMBER}))?\s*$`, 'i');
/** Placeholders scrapers write for "no price", read as an empty price. */
const PLACEHOLDER = /^(?:-+|—|n\/?a|null|none|nan|\/)$/i;
/** Words that say there is no amount: an offer, not a price. */
const NOT_AN_AMOUNT = /^(?:free|gratis|grátis|gratuit|kostenlos|ücretsiz|miễn phí|ฟรี|免费|免費|面议|面議|议价|議價|询价|詢價|negotiable|on request|price on request|contact|contact us|contact seller|call|ask|a consultar|sur demande|auf anfrage|tbd)$/i;
const LETTERS = /\p{L}+/u;
const DIGIT = /\d/;
const PLAIN = /^\d{1,3}(?:\.\d{1,2})?$|^\d{4,15}\.\d{2}$/;

let markerCurrencies: string[] = [];
const collectMarker = (m: string): string => {
  const key = m.replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
  const code = CURRENCY_SYMBOLS.get(key) ?? ISO_CURRENCIES.get(key);
  if (code === undefined) return m;
  markerCurrencies.push(code);
  return ' ';
};

export function parsePrice(text: string, hint: PriceHint = {}): ParsedPrice {
  let s = text.trim();
  if (s === '' || PLACEHOLDER.test(s)) return NO_PRICE;
  // Most exports write a plain "12.99": read it without the general machinery.
  if (PLAIN.test(s)) return { ok: true, price: Number(s), priceMax: null, currency: currencyFromText(hint.currency, hint.marketplace) };
  if (s.length > MAX_LENGTH) return { ok: false, reason: `it is ${s.length} characters long, too long to be a price.` };
  if (NON_ASCII.test(s)) s = s.normalize('NFKC').replace(DASHES, '-').replace(WAVES, '~').trim();
  if (NOT_AN_AMOUNT.test(s)) return { ok: false, reason: `it says "${s}" rather than an amount.` };

  markerCurrencies = [];
  s = s.replace(MARKER, collectMarker).replace(PER_UNIT, '').replace(FROM_SUFFIX, '');
  const found = markerCurrencies;

  const hintCurrency = currencyFromText(hint.currency, hint.marketplace);
  let currency: string | null = null;
  for (const marker of found) {
    const code = resolveCurrency(marker, hintCurrency, hint.marketplace);
    if (currency !== null && code !== currency) return { ok: false, reason: `it names two currencies (${currency} and ${code}).` };
    currency = code;
  }
  currency ??= hintCurrency;

  const m = AMOUNT.exec(s);
  if (!m) {
    if (!DIGIT.test(s)) return { ok: false, reason: 'it has no amount in it.' };
    const word = LETTERS.exec(s);
    if (word) return { ok: false, reason: `it contains "${word[0]}", which is not part of an amount.` };
    return { ok: false, reason: 'its digits and separators do not form an amount or a range.' };
  }

  const noMinor = currency !== null && NO_MINOR_UNIT.has(currency);
  const low = readNumber(m[2]!, noMinor);
  const high = m[4] === undefined ? null : readNumber(m[4], noMinor);
  if (low === null || (m[4] !== undefined && high === null)) return { ok: false, reason: `the separators in "${m[4] !== undefined && low !== null ? m[4] : m[2]}" do not form a number.` };

  const a = m[1] ? -low : low;
  if (high === null) return { ok: true, price: a, priceMax: null, currency };
  const b = m[3] ? -high : high;
  return { ok: true, price: Math.min(a, b), priceMax: Math.max(a, b), currency };
}
