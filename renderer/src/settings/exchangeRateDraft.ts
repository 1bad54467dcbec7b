// The exchange-rate table as the person edits it (text as typed, one row per currency) and the way back to
// the rates settings.saveRates takes, with a sentence naming the currency (or the row) of each problem.
import type { ExchangeRate } from '../../../electron/api/contract';

export interface RateRow {
  /** Stable across edits, for React; new rows get a negative one. */
  key: number;
  /** Stored already: its currency is fixed (saving updates rates, it never renames or removes one). */
  stored: boolean;
  currency: string;
  usdPerUnit: string;
  asOf: string;
}

export function rowsFromRates(rates: readonly ExchangeRate[]): RateRow[] {
  return rates.map((r, i) => ({ key: i + 1, stored: true, currency: r.currency, usdPerUnit: String(r.usdPerUnit), asOf: r.asOf }));
}

export function ratesFromRows(rows: readonly RateRow[]): { rates: ExchangeRate[]; problems: string[] } {
  const problems: string[] = [];
  const rates: ExchangeRate[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const currency = row.currency.trim().toUpperCase();
    const where = currency ? currency : `The new row ${i + 1}`;
    if (!/^[A-Z]{3}$/.test(currency)) problems.push(`${where}: the currency must be a three-letter code such as EUR.`);
    else if (seen.has(currency)) problems.push(`${currency} is listed twice; keep one row per currency.`);
    seen.add(currency);
    const usdPerUnit = Number(row.usdPerUnit.trim());
    if (row.usdPerUnit.trim() === '' || !Number.isFinite(usdPerUnit) || usdPerUnit <= 0) problems.push(`${where}: US$ per unit must be a number greater than zero.`);
    const asOf = row.asOf.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) problems.push(`${where}: “as of” must be a date written YYYY-MM-DD.`);
    rates.push({ currency, usdPerUnit, asOf });
  });
  if (rows.length === 0) problems.push('Keep at least one rate.');
  return { rates, problems };
}
