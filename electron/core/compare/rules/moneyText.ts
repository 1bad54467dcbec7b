// Money and percentages as a notice writes them: "US$18.00", "€1,250.00", "CHF 90.00", "8%".
// Two decimals always; an unknown or missing currency code is written out in front of the amount.

const SYMBOLS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', HKD: 'HK$', AUD: 'A$', CAD: 'CA$', INR: '₹', KRW: '₩', TRY: '₺', VND: '₫', THB: '฿', BRL: 'R$' };

// One formatter for every amount: building one per call (toLocaleString) dominated scoring time.
const AMOUNT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A non-negative amount as AMOUNT writes it ("1,250.00"): ICU rounds the shortest decimal that reads back as the
 * number, half away from zero, so this does the same to String(amount), several times faster. Amounts that
 * String writes with an exponent go to the formatter itself.
 */
function amountText(amount: number): string {
  const decimal = String(amount);
  if (!(amount >= 0) || decimal.includes('e')) return AMOUNT.format(amount);
  const point = decimal.indexOf('.');
  let whole = point < 0 ? decimal : decimal.slice(0, point);
  let cents = point < 0 ? '00' : `${decimal.slice(point + 1, point + 3)}00`.slice(0, 2);
  if (point >= 0 && decimal.charCodeAt(point + 3) >= 53 /* '5' */) {
    const up = String(Number(cents) + 1).padStart(2, '0');
    if (up.length > 2) {
      cents = '00';
      whole = incrementDigits(whole);
    } else {
      cents = up;
    }
  }
  return `${groupThousands(whole)}.${cents}`;
}

/** A string of decimal digits plus one, carrying as far as needed. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  return `${i < 0 ? '1' : digits.slice(0, i)}${i < 0 ? '' : String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - 1 - i)}`;
}

function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}

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
