// How prices read everywhere in the app: "12.99 USD", a range "12.99–15.99 USD", and the normalised
// amount beside the original. Minor units follow the currency (JPY has none), numbers use en-US grouping.

const NO_PRICE = '—';
const fractionDigitsCache = new Map<string, number>();

/** Decimal places for a currency code: 2 unless Intl knows otherwise (JPY, KRW → 0; BHD → 3). */
export function currencyFractionDigits(currency: string | null): number {
  if (!currency) return 2;
  const code = currency.toUpperCase();
  const cached = fractionDigitsCache.get(code);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  fractionDigitsCache.set(code, digits);
  return digits;
}

/** A bare amount with the currency's decimals and thousands separators, e.g. "1,299.00". */
export function formatAmount(amount: number, currency: string | null): string {
  const digits = currencyFractionDigits(currency);
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

/** The price as listed: "12.99 USD", "12.99–15.99 USD" when there is a higher bound, "—" when unknown. */
export function formatListedPrice(price: number | null, priceMax: number | null, currency: string | null): string {
  if (price === null) return NO_PRICE;
  const code = currency ? ` ${currency.toUpperCase()}` : '';
  if (priceMax !== null && priceMax !== price) return `${formatAmount(price, currency)}–${formatAmount(priceMax, currency)}${code}`;
  return `${formatAmount(price, currency)}${code}`;
}

/** A single amount with its currency, e.g. the normalised price "13.10 USD"; "—" when unknown. */
export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return NO_PRICE;
  return currency ? `${formatAmount(amount, currency)} ${currency.toUpperCase()}` : formatAmount(amount, currency);
}

/**
 * The normalised price to show beside the listed one, or null when it is unknown or the listing is
 * already in the normalised currency (it would only repeat the listed price, or its lower bound).
 */
export function normalisedPriceNote(
  row: { currency: string | null; priceNormalised: number | null },
  normalisedCurrency: string,
): string | null {
  if (row.priceNormalised === null) return null;
  if (row.currency !== null && row.currency.toUpperCase() === normalisedCurrency.toUpperCase()) return null;
  return `≈ ${formatMoney(row.priceNormalised, normalisedCurrency)}`;
}
