// How prices read in the grid and the detail panel: amounts with the currency's decimals, ranges with an
// en dash, the normalised amount only when it adds something, and a dash when there is no price.
import { describe, expect, it } from 'vitest';
import { currencyFractionDigits, formatListedPrice, formatMoney, normalisedPriceNote } from '../../renderer/src/format/priceFormat';

describe('formatListedPrice', () => {
  it('shows a single price with two decimals and the currency code', () => {
    expect(formatListedPrice(12.99, null, 'USD')).toBe('12.99 USD');
    expect(formatListedPrice(5, null, 'eur')).toBe('5.00 EUR');
  });

  it('shows a range as "12.99–15.99 USD" when there is a higher bound', () => {
    expect(formatListedPrice(12.99, 15.99, 'USD')).toBe('12.99–15.99 USD');
  });

  it('shows one price when the higher bound equals it', () => {
    expect(formatListedPrice(20, 20, 'USD')).toBe('20.00 USD');
  });

  it('uses thousands separators and the currency’s own minor units', () => {
    expect(formatListedPrice(1299.5, null, 'CNY')).toBe('1,299.50 CNY');
    expect(formatListedPrice(12800, 15800, 'JPY')).toBe('12,800–15,800 JPY');
    expect(currencyFractionDigits('JPY')).toBe(0);
  });

  it('shows a dash when the price is unknown, and the bare amount when the currency is', () => {
    expect(formatListedPrice(null, null, 'USD')).toBe('—');
    expect(formatListedPrice(3, null, null)).toBe('3.00');
  });

  it('falls back to two decimals for a currency code Intl does not know', () => {
    expect(formatListedPrice(3, null, 'XYZ1')).toBe('3.00 XYZ1');
  });
});

describe('formatMoney', () => {
  it('formats one amount with its currency, or a dash', () => {
    expect(formatMoney(13.1, 'USD')).toBe('13.10 USD');
    expect(formatMoney(null, 'USD')).toBe('—');
  });
});

describe('normalisedPriceNote', () => {
  const base = { price: 89, priceMax: null, currency: 'CNY', priceNormalised: 12.4 };
  type Row = Parameters<typeof normalisedPriceNote>[0] & { price: number; priceMax: number | null };

  it('gives the normalised amount for a price in another currency', () => {
    expect(normalisedPriceNote(base, 'USD')).toBe('≈ 12.40 USD');
  });

  it('gives nothing for a price already in the normalised currency, range or not', () => {
    const single: Row = { price: 12.4, priceMax: null, currency: 'USD', priceNormalised: 12.4 };
    const range: Row = { price: 12.4, priceMax: 20, currency: 'usd', priceNormalised: 12.4 };
    expect(normalisedPriceNote(single, 'USD')).toBeNull();
    expect(normalisedPriceNote(range, 'USD')).toBeNull();
  });

  it('gives the normalised amount when the listing has no currency', () => {
    expect(normalisedPriceNote({ ...base, currency: null }, 'USD')).toBe('≈ 12.40 USD');
  });

  it('gives nothing when the normalised price is unknown', () => {
    expect(normalisedPriceNote({ ...base, priceNormalised: null }, 'USD')).toBeNull();
  });
});
