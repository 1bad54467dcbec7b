// The demo's dated exchange-rate table (US dollars per unit, first of each month) and conversions to and from USD.
// Settings will own the workspace's rate table in a later release; until then the demo carries this one.

export type DemoCurrency = 'USD' | 'EUR' | 'CNY' | 'GBP';

export interface DatedRates {
  /** The first day (UTC, YYYY-MM-DD) on which these rates apply. */
  from: string;
  usdPer: Record<DemoCurrency, number>;
}

export const DEMO_RATES: readonly DatedRates[] = [
  { from: '2025-01-01', usdPer: { USD: 1, EUR: 1.035, CNY: 0.1366, GBP: 1.248 } },
  { from: '2025-02-01', usdPer: { USD: 1, EUR: 1.036, CNY: 0.1372, GBP: 1.243 } },
  { from: '2025-03-01', usdPer: { USD: 1, EUR: 1.04, CNY: 0.1373, GBP: 1.259 } },
  { from: '2025-04-01', usdPer: { USD: 1, EUR: 1.079, CNY: 0.1376, GBP: 1.292 } },
  { from: '2025-05-01', usdPer: { USD: 1, EUR: 1.13, CNY: 0.1375, GBP: 1.33 } },
  { from: '2025-06-01', usdPer: { USD: 1, EUR: 1.135, CNY: 0.139, GBP: 1.354 } },
  { from: '2025-07-01', usdPer: { USD: 1, EUR: 1.172, CNY: 0.1395, GBP: 1.37 } },
];

export const roundToCents = (amount: number): number => Math.round(amount * 100) / 100;

/** The rates in force at an ISO timestamp: the latest entry starting on or before its date (the first entry before the table starts). */
export function ratesAt(at: string): DatedRates {
  const day = at.slice(0, 10);
  let found = DEMO_RATES[0] as DatedRates;
  for (const entry of DEMO_RATES) {
    if (entry.from <= day) found = entry;
    else break;
  }
  return found;
}

export const toUsd = (amount: number, currency: DemoCurrency, at: string): number => roundToCents(amount * ratesAt(at).usdPer[currency]);

/** Converts without rounding, for prices that are rounded afterwards the way a seller would. */
export const fromUsd = (amountUsd: number, currency: DemoCurrency, at: string): number => amountUsd / ratesAt(at).usdPer[currency];
