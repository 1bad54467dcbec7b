// Reads weights into grams and lengths into millimetres: "1.2 kg", "350g", "12 oz", "1 lb 4 oz", "500克";
// "30 x 20 x 10 cm", "30×20×10cm", "L30 x W20 x H10 cm", "12 in", '12"'. A bare number needs a default unit.
import { readNumber } from './readNumber';

export type WeightUnit = 'g' | 'kg' | 'oz' | 'lb';
export type LengthUnit = 'mm' | 'cm' | 'm' | 'in';

export interface DimensionsMm {
  length: number;
  width: number | null;
  height: number | null;
}

const GRAMS: ReadonlyMap<string, number> = new Map([
  ...['g', 'gr', 'grs', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'gramos', 'gramas', 'gam', '克', 'กรัม', 'グラム'].map((u): [string, number] => [u, 1]),
  ...['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramm', 'kilogramme', 'kilogrammes', 'kilogramos', 'quilos', '公斤', '千克', 'กิโลกรัม', 'キロ', 'キログラム'].map((u): [string, number] => [u, 1000]),
  ['mg', 0.001], ['毫克', 0.001],
  ['oz', 28.349523125], ['ounce', 28.349523125], ['ounces', 28.349523125],
  ['lb', 453.59237], ['lbs', 453.59237], ['pound', 453.59237], ['pounds', 453.59237],
  ['斤', 500],
]);
const MILLIMETRES: ReadonlyMap<string, number> = new Map([
  ['mm', 1], ['毫米', 1], ['cm', 10], ['厘米', 10], ['公分', 10], ['dm', 100], ['m', 1000], ['米', 1000],
  ['in', 25.4], ['inch', 25.4], ['inches', 25.4], ['"', 25.4], ['″', 25.4], ['英寸', 25.4], ['ft', 304.8], ['feet', 304.8], ['foot', 304.8], ["'", 304.8], ['′', 304.8],
]);

const NUMBER = String.raw`\d(?:[\d.,]*\d)?`;
const WEIGHT_PART = new RegExp(String.raw`(${NUMBER})\s*(\p{L}+)\.?`, 'gu');
const DIGIT = /\d/;
const NON_ASCII = /[^\x20-\x7e]/;
const BARE = new RegExp(String.raw`^${NUMBER}$`);
const round2 = (n: number): number => Math.round(n * 100) / 100;

const prepare = (text: string): string => {
  const t = text.trim().toLowerCase();
  return NON_ASCII.test(t) ? t.normalize('NFKC') : t;
};

/** Grams, rounded to hundredths; null when the text is not a weight. */
export function parseWeightGrams(text: string, defaultUnit?: WeightUnit): number | null {
  const t = prepare(text);
  if (!t) return null;
  if (BARE.test(t)) {
    const n = readNumber(t);
    return n === null || !defaultUnit ? null : round2(n * GRAMS.get(defaultUnit)!);
  }
  let total = 0;
  let parts = 0;
  let rest = t;
  for (const m of t.matchAll(WEIGHT_PART)) {
    const factor = GRAMS.get(m[2]!);
    if (factor === undefined) continue;
    const n = readNumber(m[1]!);
    if (n === null) return null;
    total += n * factor;
    parts++;
    rest = rest.replace(m[0], ' ');
  }
  // "1 lb 4 oz" adds up; any digit left over ("350 g / 12") means the text says something else too.
  return parts === 0 || DIGIT.test(rest) ? null : round2(total);
}

const SEPARATOR = /\s*(?:[x×✕*]|\bby\b)\s*/;
const LABEL = /^(?:[lwhd]|length|width|height|depth|长|宽|高|厚|長|寬)\s*[:：]?\s*/;
const LENGTH_PART = new RegExp(String.raw`^(${NUMBER})\s*([a-z]+|["″'′]|毫米|厘米|公分|米|英寸)?$`);
const PARENTHESES_WITHOUT_DIGITS = /\([^()\d]*\)/g;

/** Millimetres, rounded to hundredths: one to three measures in the order written; null when unreadable. */
export function parseDimensionsMm(text: string, defaultUnit?: LengthUnit): DimensionsMm | null {
  const t = prepare(text).replace(PARENTHESES_WITHOUT_DIGITS, ' ').trim();
  if (!t) return null;
  const parts = t.split(SEPARATOR);
  if (parts.length > 3) return null;
  const values: number[] = [];
  const units: (number | undefined)[] = [];
  for (const raw of parts) {
    const m = LENGTH_PART.exec(raw.trim().replace(LABEL, ''));
    if (!m) return null;
    const n = readNumber(m[1]!);
    if (n === null) return null;
    values.push(n);
    if (m[2] === undefined) units.push(undefined);
    else {
      const factor = MILLIMETRES.get(m[2]);
      if (factor === undefined) return null;
      units.push(factor);
    }
  }
  // A measure without a unit takes the next one written ("30 x 20 x 10 cm"), else the default.
  const fallback = defaultUnit ? MILLIMETRES.get(defaultUnit) : undefined;
  const mm: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const factor = units.slice(i).find((u) => u !== undefined) ?? fallback;
    if (factor === undefined) return null;
    mm.push(round2(values[i]! * factor));
  }
  return { length: mm[0]!, width: mm[1] ?? null, height: mm[2] ?? null };
}
