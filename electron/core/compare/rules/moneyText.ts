// Money and percentages as a notice writes them: "US$18.00", "€1,250.00", "CHF 90.00", "8%".
// Two decimals always; an unknown or missing currency code is written out in front of the amount.

const SYMBOLS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', HKD: 'HK$', AUD: 'A$', CAD: 'CA$', INR: '₹', KRW: '₩', TRY: '₺', VND: '₫', THB: '฿', BRL: 'R$' };

// One formatter for every amount: building one per call (toLocaleString) dominated scoring time.
const AMOUNT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const amountText = (amount: number): string => AMOUNT.format(amount);

export function moneyText(amount: number, currency: string | null): string {
  const code = (currency ?? '').trim().toUpperCase();
  const sign = amount < 0 ? '-' : '';
  const symbol = SYMBOLS[code];
  if (symbol !== undefined) return `${sign}${symbol}${amountText(Math.abs(amount))}`;
  return code === '' ? `${sign}${amountText(Math.abs(amount))}` : `${sign}${code} ${amountText(Math.abs(amount))}`;
}

export const usdText = (amount: number): string => moneyText(amount, 'USD');

/** A share as a whole percentage, but never rounded down to "0%" for a price that is not zero. */
export function percentText(share: number): string {
  const percent = Math.round(share * 100);
  return percent === 0 && share > 0 ? '<1%' : `${percent}%`;
}
