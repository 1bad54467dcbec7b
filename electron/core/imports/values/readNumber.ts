// Reads a number written with thousands and decimal separators in any of the usual conventions:
// "1,299.00", "1.299,00", "1 299,00", "1'299.00", "12,99", "₹1,00,000". Null when the separators do not form one.

const isGroupSpace = (c: number): boolean => c === 32 || c === 39 || c === 0xa0 || c === 0x202f || c === 0x2009;
const GROUP_SEPARATOR = /[.,' \u00a0\u202f\u2009]/;
const DIGITS = /^\d+$/;
const ZEROS = /^0+$/;

/**
 * @param noMinorUnit the currency is written without decimals (JPY, KRW, VND, IDR), so a lone separator
 *   followed by three digits groups thousands even after a zero ("0.500" is not half a yen).
 */
export function readNumber(text: string, noMinorUnit = false): number | null {
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (isGroupSpace(c)) spaces++;
    else return null;
  }
  if (text.length === 0) return null;
  if (dots + commas + spaces === 0) return Number(text);

  // The last separator is the decimal one when both kinds appear, or when a lone one is not followed by
  // exactly three digits ("12,99", "12.5"); "1,299" and "1.299" are thousands.
  let decimalAt = -1;
  if (dots > 0 && commas > 0) {
    decimalAt = Math.max(lastDot, lastComma);
    if ((decimalAt === lastDot ? dots : commas) > 1) return null;
  } else if (dots + commas === 1) {
    const at = dots ? lastDot : lastComma;
    const trailing = text.length - at - 1;
    if (trailing !== 3) decimalAt = at;
    else if (!noMinorUnit && ZEROS.test(text.slice(0, at))) decimalAt = at;
  }

  const whole = decimalAt >= 0 ? text.slice(0, decimalAt) : text;
  const fraction = decimalAt >= 0 ? text.slice(decimalAt + 1) : '';
  if (decimalAt >= 0 && !DIGITS.test(fraction)) return null;
  if (!GROUP_SEPARATOR.test(whole)) return whole === '' ? null : Number(fraction ? `${whole}.${fraction}` : whole);

  // Thousands groups: one kind of separator, a last group of three digits, middle groups of two or three
  // (Indian lakh grouping), a first group of one to three.
  let separator = -1;
  for (let i = 0; i < whole.length; i++) {
    const c = whole.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (separator === -1) separator = c;
    else if (separator !== c) return null;
  }
  const groups = whole.split(String.fromCharCode(separator));
  const last = groups.length - 1;
  for (let i = 0; i <= last; i++) {
    const n = groups[i]!.length;
    if (i === 0 ? n < 1 || n > 3 : i === last ? n !== 3 : n < 2 || n > 3) return null;
  }
  const digits = groups.join('');
  return Number(fraction ? `${digits}.${fraction}` : digits);
}
