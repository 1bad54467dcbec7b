// Normalises a phone number to E.164 ("+8613812345678") when the country can be told (a "+" or "00", the default
// country, an unmistakable Chinese mobile); otherwise to its digits, so two spellings of one number still match.

/** Calling codes by ISO 3166 alpha-2 country. */
export const CALLING_CODES: ReadonlyMap<string, string> = new Map([
  ['CN', '86'], ['HK', '852'], ['MO', '853'], ['TW', '886'], ['US', '1'], ['CA', '1'], ['GB', '44'], ['UK', '44'], ['IE', '353'], ['TR', '90'], ['VN', '84'], ['TH', '66'], ['ID', '62'], ['MY', '60'],
  ['SG', '65'], ['PH', '63'], ['JP', '81'], ['KR', '82'], ['IN', '91'], ['PK', '92'], ['BD', '880'], ['AE', '971'], ['SA', '966'], ['DE', '49'], ['FR', '33'], ['ES', '34'], ['IT', '39'], ['PT', '351'],
  ['NL', '31'], ['BE', '32'], ['CH', '41'], ['AT', '43'], ['PL', '48'], ['SE', '46'], ['NO', '47'], ['DK', '45'], ['FI', '358'], ['RU', '7'], ['UA', '380'], ['BR', '55'], ['MX', '52'], ['AR', '54'],
  ['CL', '56'], ['CO', '57'], ['AU', '61'], ['NZ', '64'], ['ZA', '27'], ['NG', '234'], ['EG', '20'], ['IL', '972'],
]);
/** Countries whose national numbers keep their leading zero after the calling code. */
const KEEPS_TRUNK_ZERO = new Set(['39']);

const NON_ASCII = /[^\x20-\x7e]/;
const EXTENSION = /\s*(?:ext\.?|extension|x|#|转|轉|分机|分機)\s*\d+\s*$/i;
const TRUNK_IN_PARENTHESES = /^(\+\d{1,3})\s*\(0\)/;
const PUNCTUATION = /[\s().\-/\u00a0]+/g;
const DIALLABLE = /^\+?\d+$/;
// North American grouping: area code and exchange each start with 2–9.
const NANP_SHAPE = /^(?:1[\s.-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]\d{4}$/;
const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_MOBILE_WITH_CODE = /^861[3-9]\d{9}$/;

const e164 = (digits: string): string | null => (digits.length >= 8 && digits.length <= 15 && digits[0] !== '0' ? `+${digits}` : null);

/**
 * @param defaultCountry ISO alpha-2 ("CN", "US") or a calling code ("86", "+86") for numbers written nationally.
 * @returns E.164 when the country is known, the bare digits when it is not, null when the text is not a number.
 */
export function normalisePhone(text: string, defaultCountry?: string | null): string | null {
  let t = text.trim();
  if (!t) return null;
  if (NON_ASCII.test(t)) t = t.normalize('NFKC');
  const nanp = NANP_SHAPE.test(t);
  t = t.replace(EXTENSION, '').replace(TRUNK_IN_PARENTHESES, '$1').replace(PUNCTUATION, '');
  if (!DIALLABLE.test(t)) return null;
  if (t.startsWith('+')) return e164(t.slice(1));
  if (t.startsWith('00')) return e164(t.slice(2));
  if (t.length < 5) return null;

  const code = defaultCountry ? (CALLING_CODES.get(defaultCountry.toUpperCase()) ?? (/^\+?\d{1,3}$/.test(defaultCountry) ? defaultCountry.replace('+', '') : undefined)) : undefined;
  if (code !== undefined) {
    if (t.startsWith('0') && !KEEPS_TRUNK_ZERO.has(code)) return e164(code + t.replace(/^0+/, '')) ?? t;
    // Already written with the country code but without "+" (a Chinese mobile starting 86… is not).
    if (t.startsWith(code) && t.length >= code.length + 8 && !(code === '86' && CN_MOBILE.test(t))) return e164(t) ?? t;
    return e164(code + t) ?? t;
  }
  // Without a country, only shapes that cannot be anything else: a Chinese mobile (11 digits from 13–19),
  // unless it is written the North American way, "(415) 555-0123" or "1 415 555 0123".
  if (nanp) {
    if (t.length === 10) return `+1${t}`;
    if (t.length === 11 && t.startsWith('1')) return `+${t}`;
    return t;
  }
  if (CN_MOBILE_WITH_CODE.test(t)) return `+${t}`;
  if (CN_MOBILE.test(t)) return `+86${t}`;
  return t;
}
