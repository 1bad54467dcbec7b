// The exchange-rate table as edited: stored rows keep their currency, new rows are checked, and each problem
// names its currency (or, before one is typed, its row) so the person can find it.
import { describe, expect, it } from 'vitest';
import { ratesFromRows, rowsFromRates } from '../../renderer/src/settings/exchangeRateDraft';

describe('exchange-rate rows', () => {
  it('round-trips the stored rates, marking them stored', () => {
    const rates = [
      { currency: 'CNY', usdPerUnit: 0.1395, asOf: '2025-07-01' },
      { currency: 'EUR', usdPerUnit: 1.172, asOf: '2025-07-01' },
    ];
    const rows = rowsFromRates(rates);
    expect(rows.every((r) => r.stored)).toBe(true);
    expect(ratesFromRows(rows)).toEqual({ rates, problems: [] });
  });

  it('upper-cases a new currency code and reads the rate as a number', () => {
    const { rates, problems } = ratesFromRows([{ key: -1, stored: false, currency: ' gbp', usdPerUnit: ' 1.27 ', asOf: '2025-08-01' }]);
    expect(problems).toEqual([]);
    expect(rates).toEqual([{ currency: 'GBP', usdPerUnit: 1.27, asOf: '2025-08-01' }]);
  });

  it('names the currency, or the row, of each problem', () => {
    const { problems } = ratesFromRows([
      { key: 1, stored: true, currency: 'EUR', usdPerUnit: '1.17', asOf: '2025-07-01' },
      { key: -1, stored: false, currency: 'EU', usdPerUnit: '0', asOf: '01/07/2025' },
      { key: -2, stored: false, currency: 'EUR', usdPerUnit: '1.2', asOf: '2025-07-02' },
      { key: -3, stored: false, currency: ' ', usdPerUnit: '1', asOf: '2025-07-02' },
    ]);
    expect(problems).toEqual([
      'EU: the currency must be a three-letter code such as EUR.',
      'EU: US$ per unit must be a number greater than zero.',
      'EU: “as of” must be a date written YYYY-MM-DD.',
      'EUR is listed twice; keep one row per currency.',
      'The new row 4: the currency must be a three-letter code such as EUR.',
    ]);
  });
});
