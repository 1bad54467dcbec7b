// The product form as text the person types (lists one item per line, numbers as typed) and the way back to a
// ProductEdit, with a sentence for each field that cannot be read. The Node side validates again.
import type { ProductEdit, ProductSummary } from '../../../electron/api/contract';

export interface ProductDraft {
  name: string;
  category: string;
  aliases: string;
  msrp: string;
  currency: string;
  minAuthorisedPrice: string;
  materials: string;
  lengthMm: string;
  widthMm: string;
  heightMm: string;
  weightG: string;
  colourways: string;
  gtins: string;
  serialPattern: string;
  authenticationFeatures: string;
  officialImages: string;
  neverMadeModels: string;
  discontinued: boolean;
}

export type DraftField = keyof ProductDraft;
export type DraftProblems = Partial<Record<DraftField, string>>;

/** One item per line: each trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}

const numberText = (n: number | null) => (n === null ? '' : String(n));

export function draftFromProduct(p: ProductSummary): ProductDraft {
  return {
    name: p.name,
    category: p.category ?? '',
    aliases: listToLines(p.aliases),
    msrp: numberText(p.msrp),
    currency: p.currency ?? '',
    minAuthorisedPrice: numberText(p.minAuthorisedPrice),
    materials: listToLines(p.materials),
    lengthMm: numberText(p.lengthMm),
    widthMm: numberText(p.widthMm),
    heightMm: numberText(p.heightMm),
    weightG: numberText(p.weightG),
    colourways: listToLines(p.colourways),
    gtins: listToLines(p.gtins),
    serialPattern: p.serialPattern ?? '',
    authenticationFeatures: listToLines(p.authenticationFeatures),
    officialImages: listToLines(p.officialImages),
    neverMadeModels: listToLines(p.neverMadeModels),
    discontinued: p.discontinued,
  };
}

/** "1,299.50" or "1299.5" → 1299.5; blank → null; anything else → undefined (unreadable). */
export function parseDecimal(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(plain)) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** What the contract allows in each list; the Node side refuses more. */
const LIST_LIMITS = { items: 200, characters: 500 };

const LIST_NAMES = {
  aliases: 'Also sold as',
  materials: 'Materials',
  colourways: 'Colourways',
  authenticationFeatures: 'Authentication features',
  officialImages: 'Official images',
  neverMadeModels: 'Models never made',
} as const;

export function editFromDraft(id: number, d: ProductDraft): { edit: ProductEdit; problems: null } | { edit: null; problems: DraftProblems } {
  const problems: DraftProblems = {};

  const name = d.name.trim();
  if (!name) problems.name = 'A product needs a name.';

  const money = (field: 'msrp' | 'minAuthorisedPrice', what: string): number | null => {
    const n = parseDecimal(d[field]);
    if (n === undefined) problems[field] = `The ${what} “${d[field].trim()}” is not an amount; write it like 129.00, without the currency.`;
    return n ?? null;
  };
  const size = (field: 'lengthMm' | 'widthMm' | 'heightMm' | 'weightG', what: string, unit: string): number | null => {
    const n = parseDecimal(d[field]);
    if (n === undefined || n === 0) problems[field] = `The ${what} must be a number of ${unit} greater than zero, or left empty.`;
    return n ?? null;
  };

  const msrp = money('msrp', 'MSRP');
  const minAuthorisedPrice = money('minAuthorisedPrice', 'minimum authorised price');
  const currency = d.currency.trim().toUpperCase();
  if (currency && !/^[A-Z]{3}$/.test(currency)) problems.currency = `“${d.currency.trim()}” is not a currency code; use three letters such as USD, EUR or CNY.`;
  else if (!currency && (msrp !== null || minAuthorisedPrice !== null)) problems.currency = 'Give the currency of the prices, as a three-letter code such as USD.';

  const lengthMm = size('lengthMm', 'length', 'millimetres');
  const widthMm = size('widthMm', 'width', 'millimetres');
  const heightMm = size('heightMm', 'height', 'millimetres');
  const weightG = size('weightG', 'weight', 'grams');

  const gtins = linesToList(d.gtins).map((g) => g.replace(/[\s-]/g, ''));
  const badGtin = gtins.find((g) => !/^\d{8,14}$/.test(g));
  if (badGtin !== undefined) problems.gtins = `“${badGtin}” is not a GTIN: a GTIN is 8 to 14 digits.`;

  const lists = {} as Record<keyof typeof LIST_NAMES, string[]>;
  for (const field of Object.keys(LIST_NAMES) as (keyof typeof LIST_NAMES)[]) {
    const items = linesToList(d[field]);
    const long = items.findIndex((item) => item.length > LIST_LIMITS.characters);
    if (long !== -1) problems[field] = `Line ${long + 1} of “${LIST_NAMES[field]}” is longer than ${LIST_LIMITS.characters} characters; shorten it or split it over several lines.`;
    else if (items.length > LIST_LIMITS.items) problems[field] = `“${LIST_NAMES[field]}” holds more than ${LIST_LIMITS.items} lines; keep the ones that matter.`;
    lists[field] = items;
  }

  const serialPattern = d.serialPattern.trim();
  if (serialPattern && !isValidPattern(serialPattern)) problems.serialPattern = 'The serial pattern is not a valid regular expression.';

  if (Object.keys(problems).length > 0) return { edit: null, problems };
  return {
    problems: null,
    edit: {
      id,
      name,
      category: d.category.trim() || null,
      aliases: lists.aliases,
      msrp,
      currency: currency || null,
      minAuthorisedPrice,
      materials: lists.materials,
      lengthMm,
      widthMm,
      heightMm,
      weightG,
      colourways: lists.colourways,
      gtins,
      serialPattern: serialPattern || null,
      authenticationFeatures: lists.authenticationFeatures,
      officialImages: lists.officialImages,
      neverMadeModels: lists.neverMadeModels,
      discontinued: d.discontinued,
    },
  };
}
