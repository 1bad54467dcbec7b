// Currency symbols and codes as they appear in marketplace prices, and the currencies without a minor
// unit in practice (where "1.299" and "1,299" can only be thousands).

/** ISO 4217 codes read in prices, plus RMB and YEN as written on Chinese and Japanese sites. English words
 *  that happen to be codes (ALL, CUP, TOP) are left out so "all" or "per cup" is not read as a currency. */
export const ISO_CURRENCIES: ReadonlyMap<string, string> = new Map(
  [
    'USD', 'EUR', 'GBP', 'CHF', 'CNY', 'HKD', 'TWD', 'MOP', 'JPY', 'KRW', 'SGD', 'MYR', 'THB', 'IDR', 'VND', 'PHP', 'INR', 'PKR', 'LKR', 'BDT', 'AUD', 'CAD', 'NZD', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN',
    'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'SEK', 'NOK', 'DKK', 'ISK', 'RUB', 'UAH', 'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'EGP', 'MAD', 'ZAR', 'NGN', 'KES',
  ]
    .map((c): [string, string] => [c, c])
    .concat([['RMB', 'CNY'], ['YEN', 'JPY']]),
);

/** Symbols and letter abbreviations, keyed in upper case. "$", "¥", "KR", "RS" and "FR" are ambiguous and
 *  resolved with the hint (see resolveCurrency). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['MX$', 'MXN'], ['SG$', 'SGD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['$', '$'], ['¥', '¥'], ['KR', 'KR'], ['RS', 'RS'], ['FR', 'CHF'],
  ['€', 'EUR'], ['EURO', 'EUR'], ['EUROS', 'EUR'], ['£', 'GBP'], ['₩', 'KRW'], ['₫', 'VND'], ['Đ', 'VND'], ['₺', 'TRY'], ['TL', 'TRY'], ['฿', 'THB'], ['₹', 'INR'], ['₱', 'PHP'], ['₽', 'RUB'], ['₪', 'ILS'], ['₦', 'NGN'],
  ['RM', 'MYR'], ['RP', 'IDR'], ['ZŁ', 'PLN'], ['元', 'CNY'], ['円', 'JPY'],
]);

const DOLLAR_CURRENCIES = new Set(['USD', 'AUD', 'CAD', 'HKD', 'SGD', 'NZD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP']);
const KRONA_CURRENCIES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
const RUPEE_CURRENCIES = new Set(['INR', 'PKR', 'LKR']);
const JAPANESE_MARKETPLACE = /(^|[^a-z])(jp|japan)([^a-z]|$)|\.co\.jp|rakuten|mercari|yahoo/i;

/** Currencies whose prices are written without decimals, so "." and "," group thousands. */
export const NO_MINOR_UNIT: ReadonlySet<string> = new Set(['JPY', 'KRW', 'VND', 'IDR', 'CLP', 'ISK', 'PYG', 'UGX']);

/** Turns a marker found in a price ("$", "¥", "kr", an ISO code) into a currency code, using the hint for
 *  the ambiguous ones: "$" is US dollars unless the hint is another dollar; "¥" is yuan unless yen is hinted. */
export function resolveCurrency(marker: string, hintCurrency: string | null, marketplace: string | null | undefined): string {
  switch (marker) {
    case '$':
      return hintCurrency && DOLLAR_CURRENCIES.has(hintCurrency) ? hintCurrency : 'USD';
    case '¥':
      return hintCurrency === 'JPY' || (hintCurrency === null && marketplace && JAPANESE_MARKETPLACE.test(marketplace)) ? 'JPY' : 'CNY';
    case 'KR':
      return hintCurrency && KRONA_CURRENCIES.has(hintCurrency) ? hintCurrency : 'SEK';
    case 'RS':
      return hintCurrency && RUPEE_CURRENCIES.has(hintCurrency) ? hintCurrency : 'INR';
    default:
      return marker;
  }
}

/** The currency a "currency" column names: an ISO code, a symbol ("¥", "US$") or RMB. */
export function currencyFromText(text: string | null | undefined, marketplace?: string | null): string | null {
  if (!text) return null;
  const t = text.trim().toUpperCase().replace(/\s+/g, '');
  if (!t) return null;
  const iso = ISO_CURRENCIES.get(t);
  if (iso) return iso;
  const symbol = CURRENCY_SYMBOLS.get(t);
  if (symbol) return resolveCurrency(symbol, null, marketplace);
  return /^[A-Z]{3}$/.test(t) ? t : null;
}
