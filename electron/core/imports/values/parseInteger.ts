// Reads a count as marketplaces write it: "1,234 sold", "1.2万", "10k+", "Đã bán 1,2k", "3,5 rb terjual",
// "已售 2亿". The first number in the text is the count; a multiplier right after it scales it.
import { readNumber } from './readNumber';

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['萬', 1e4], ['千', 1e3], ['亿', 1e8], ['億', 1e8],
  ['k', 1e3], ['m', 1e6], ['rb', 1e3], ['ribu', 1e3], ['jt', 1e6], ['juta', 1e6], ['tr', 1e6], ['triệu', 1e6], ['mil', 1e3], ['nghìn', 1e3], ['ngàn', 1e3],
]);
const COUNT = /(?<![\d.,])(-)?(\d(?:[\d.,' ]*\d)?)\s*(?:([万萬千亿億])|(k|m|rb|ribu|jt|juta|tr|triệu|mil|nghìn|ngàn)(?!\p{L}))?/iu;
const NON_ASCII = /[^\x20-\x7e]/;

/** Null when the text holds no number. */
export function parseInteger(text: string): number | null {
  let t = text.trim();
  if (!t) return null;
  if (NON_ASCII.test(t)) t = t.normalize('NFKC');
  const m = COUNT.exec(t);
  if (!m) return null;
  const unit = (m[3] ?? m[4])?.toLowerCase();
  const multiplier = unit ? MULTIPLIERS.get(unit) ?? 1 : 1;
  // Counts have no decimals, so without a multiplier "1.234" and "1,234" are both thousands.
  const value = readNumber(m[2]!, multiplier === 1);
  if (value === null) return null;
  const n = Math.round(value * multiplier);
  return m[1] ? -n : n;
}
