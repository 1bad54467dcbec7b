// Converts an amount into the comparison currency with the workspace's local rate table (US dollars per unit
// of each currency, kept by the person in Settings, never fetched), rounded to cents.

const usdPerUnit = (rates: ReadonlyMap<string, number>, currency: string): number | undefined => rates.get(currency) ?? (currency === 'USD' ? 1 : undefined);

/** Null when the amount or currency is missing or the table has no positive rate for either currency. */
export function normalisePrice(amount: number | null, currency: string | null, rates: ReadonlyMap<string, number>, target = 'USD'): number | null {
  if (amount === null || currency === null || !Number.isFinite(amount)) return null;
  const from = currency.toUpperCase();
  const to = target.toUpperCase();
  const fromRate = usdPerUnit(rates, from);
  const toRate = usdPerUnit(rates, to);
  if (fromRate === undefined || toRate === undefined || !(fromRate > 0) || !(toRate > 0)) return null;
  const converted = from === to ? amount : (amount * fromRate) / toRate;
  return Math.round(converted * 100) / 100;
}
