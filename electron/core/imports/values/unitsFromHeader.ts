// The unit a column header declares for bare numbers below it: "Length (cm)", "Weight [g]", "重量(克)".
// The engine passes it to parseDimensionsMm / parseWeightGrams as the default unit for that column.
import type { LengthUnit, WeightUnit } from './parseMeasures';

const LENGTH: readonly [RegExp, LengthUnit][] = [
  [/(?:^|[^a-z])mm(?:[^a-z]|$)|毫米/i, 'mm'],
  [/(?:^|[^a-z])cm(?:[^a-z]|$)|厘米|公分/i, 'cm'],
  [/(?:^|[^a-z])(?:in|inch|inches)(?:[^a-z]|$)|英寸|["″]/i, 'in'],
  [/[([]\s*m\s*[)\]]|(?:^|[^a-z])metres?(?:[^a-z]|$)|米/i, 'm'],
];
const WEIGHT: readonly [RegExp, WeightUnit][] = [
  [/(?:^|[^a-z])(?:kg|kgs|kilograms?)(?:[^a-z]|$)|公斤|千克/i, 'kg'],
  [/(?:^|[^a-z])(?:g|gr|grams?|grammes?)(?:[^a-z]|$)|克/i, 'g'],
  [/(?:^|[^a-z])(?:oz|ounces?)(?:[^a-z]|$)/i, 'oz'],
  [/(?:^|[^a-z])(?:lbs?|pounds?)(?:[^a-z]|$)/i, 'lb'],
];

export function lengthUnitFromHeader(header: string): LengthUnit | undefined {
  return LENGTH.find(([re]) => re.test(header))?.[1];
}

export function weightUnitFromHeader(header: string): WeightUnit | undefined {
  return WEIGHT.find(([re]) => re.test(header))?.[1];
}
