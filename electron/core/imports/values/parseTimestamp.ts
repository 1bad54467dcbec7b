// Reads when a listing was captured: ISO 8601, "2025年6月1日", day-first "01/06/2025" (month-first only when
// day-first is impossible), "Jun 1, 2025", Excel serials, Unix times. No zone means UTC, so reruns agree.

const TIME = String.raw`(?:[T\s,]+(\d{1,2})[:时時](\d{2})(?:[:分](\d{2})(?:[.,](\d{1,9}))?)?秒?\s*(am|pm)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?${TIME}$`, 'i');
const DMY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{4})${TIME}$`, 'i');
const NUMERIC = /^\d+(?:\.\d+)?$/;
const NON_ASCII = /[^\x20-\x7e]/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const monthNumber = (name: string): number => {
  const n = name.toLowerCase();
  const i = MONTHS.indexOf(n.slice(0, 3));
  return i >= 0 && (n.length === 3 || 'january february march april may june july august september october november december sept'.split(' ').some((full) => full === n)) ? i + 1 : 0;
};

function instant(y: number, mo: number, d: number, time: (string | undefined)[]): string | null {
  const [hh, mi, ss, frac, ampm, zone] = time;
  let h = hh === undefined ? 0 : Number(hh);
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  const m = mi === undefined ? 0 : Number(mi);
  const s = ss === undefined ? 0 : Number(ss);
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || m > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, m, s, ms);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCDate() !== d) return null;
  let offset = 0;
  if (zone && !/^(z|utc|gmt)$/i.test(zone)) {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!z) return null;
    offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0)) * 60_000;
  }
  return new Date(t - offset).toISOString();
}

function fromNumber(text: string): string | null {
  const n = Number(text);
  const compact = COMPACT_DATE.exec(text);
  if (compact && Number(compact[1]) >= 1990 && Number(compact[1]) <= 2100) return instant(Number(compact[1]), Number(compact[2]), Number(compact[3]), []);
  // Excel serial days (1954–2119), Unix seconds (1973–2286), Unix milliseconds.
  if (n >= 20_000 && n < 80_000) return new Date(EXCEL_EPOCH + Math.round(n * DAY_MS / 1000) * 1000).toISOString();
  if (n >= 1e8 && n < 1e10 && Number.isInteger(n)) return new Date(n * 1000).toISOString();
  if (n >= 1e11 && n < 1e14) return new Date(Math.round(n)).toISOString();
  return null;
}

/** An ISO 8601 instant ("2025-06-01T12:00:00.000Z"), or null when the text is not a date Assay can read. */
export function parseTimestamp(text: string): string | null {
  let t = text.trim();
  if (!t) return null;
  if (NON_ASCII.test(t)) t = t.normalize('NFKC');
  if (NUMERIC.test(t)) return fromNumber(t);
  let m = YMD.exec(t);
  if (m) return instant(Number(m[1]), Number(m[2]), Number(m[3]), m.slice(4));
  m = DMY.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3]!.length === 2 ? (Number(m[3]) < 70 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
    // Day first, as most of the world writes it; month first only when the second number cannot be a month.
    return b > 12 ? instant(y, a, b, m.slice(4)) : instant(y, b, a, m.slice(4));
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return instant(Number(m[3]), monthNumber(m[1]!), Number(m[2]), m.slice(4));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return instant(Number(m[3]), monthNumber(m[2]!), Number(m[1]), m.slice(4));
  return null;
}
