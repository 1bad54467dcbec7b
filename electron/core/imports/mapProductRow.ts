// Turns one row of a brand's specification sheet into a genuine product, or a rejection naming the row and column.
import { isValidRegExp } from '../../api/contract';
import type { ImportedProduct } from '../db/productImportRepository';
import { parsePrice } from './values/parsePrice';
import { cleanGtin, lengthUnitFromHeader, parseDimensionsMm, parseWeightGrams, splitList, weightUnitFromHeader, type DimensionsMm } from './values/parseFieldValues';

export type MappedProductRow = { ok: true; product: Omit<ImportedProduct, 'brand_id'>; brand: string | null } | { ok: false; column: string | null; reason: string };

const YES = /^(yes|y|true|1|x|discontinued|是|停产|sí|si|sim|oui|ja|evet|có)$/i;

export function mapProductRow(rowNumber: number, values: Readonly<Record<string, string>>, mapping: Readonly<Record<string, string>>): MappedProductRow {
  const get = (field: string): string => {
    const column = mapping[field];
    return column === undefined ? '' : (values[column] ?? '').trim();
  };
  const fail = (field: string, reason: string): MappedProductRow => ({ ok: false, column: mapping[field] ?? null, reason: `Row ${rowNumber}: ${reason}` });

  const sku = get('sku');
  if (!sku) return fail('sku', 'the product has no SKU, so it cannot be identified.');
  const name = get('name') || sku;

  const currencyHint = get('currency') || null;
  const money = (field: 'msrp' | 'min_authorised_price') => {
    const text = get(field);
    if (!text) return { ok: true as const, price: null, currency: null };
    const p = parsePrice(text, { currency: currencyHint });
    if (!p.ok) return { ok: false as const, reason: `the ${field === 'msrp' ? 'MSRP' : 'minimum authorised price'} "${text.slice(0, 80)}" cannot be read: ${p.reason}` };
    return { ok: true as const, price: p.price, currency: p.currency };
  };
  const msrp = money('msrp');
  if (!msrp.ok) return fail('msrp', msrp.reason);
  const minimum = money('min_authorised_price');
  if (!minimum.ok) return fail('min_authorised_price', minimum.reason);

  let weight: number | null = null;
  const weightText = get('weight');
  if (weightText) {
    // A bare number takes its unit from the header, as in "Weight (kg)".
    weight = parseWeightGrams(weightText, weightUnitFromHeader(mapping.weight ?? ''));
    if (weight === null) return fail('weight', `the weight "${weightText.slice(0, 80)}" cannot be read; write it like "350 g" or "1.2 kg".`);
  }
  let dims: DimensionsMm | null = null;
  const dimsText = get('dimensions');
  if (dimsText) {
    dims = parseDimensionsMm(dimsText, lengthUnitFromHeader(mapping.dimensions ?? ''));
    if (dims === null) return fail('dimensions', `the dimensions "${dimsText.slice(0, 80)}" cannot be read; write them like "30 x 20 x 10 cm".`);
  }
  const single = (field: 'length' | 'width' | 'height'): number | null | 'bad' => {
    const text = get(field);
    if (!text) return null;
    const d = parseDimensionsMm(text, lengthUnitFromHeader(mapping[field] ?? ''));
    return d ? d.length : 'bad';
  };
  const length = dims?.length ?? single('length');
  const width = dims?.width ?? single('width');
  const height = dims?.height ?? single('height');
  for (const [field, v] of [['length', length], ['width', width], ['height', height]] as const) {
    if (v === 'bad') return fail(field, `the ${field} "${get(field).slice(0, 80)}" cannot be read.`);
  }

  const serialPattern = get('serial_pattern') || null;
  if (serialPattern !== null && !isValidRegExp(serialPattern)) return fail('serial_pattern', `the serial pattern "${serialPattern.slice(0, 80)}" is not a valid regular expression.`);

  const gtins = splitList(get('gtins')).map(cleanGtin);
  const badGtin = gtins.find((g) => !/^\d{8,14}$/.test(g));
  if (badGtin !== undefined) return fail('gtins', `"${badGtin.slice(0, 40)}" is not a GTIN (8 to 14 digits).`);

  return {
    ok: true,
    brand: get('brand') || null,
    product: {
      sku,
      name,
      aliases: splitList(get('aliases')),
      category: get('category') || null,
      msrp: msrp.price,
      currency: msrp.currency ?? minimum.currency ?? (currencyHint ? currencyHint.toUpperCase() : null),
      min_authorised_price: minimum.price,
      materials: splitList(get('materials')),
      length_mm: length as number | null,
      width_mm: width as number | null,
      height_mm: height as number | null,
      weight_g: weight,
      colourways: splitList(get('colourways')),
      gtins,
      serial_pattern: serialPattern,
      authentication_features: splitList(get('authentication_features')),
      official_images: splitList(get('official_images')),
      never_made_models: splitList(get('never_made_models')),
      discontinued: YES.test(get('discontinued')) ? 1 : 0,
    },
  };
}
