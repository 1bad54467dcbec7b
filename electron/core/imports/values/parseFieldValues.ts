// The small value parsers the import engine applies per row, gathered in one place to import from.
// Each lives in its own file: counts, timestamps, lists, measures, GTINs, phones and other contacts.
export { parseInteger } from './parseInteger';
export { parseTimestamp } from './parseTimestamp';
export { splitList } from './splitList';
export { parseWeightGrams, parseDimensionsMm, type DimensionsMm, type LengthUnit, type WeightUnit } from './parseMeasures';
export { lengthUnitFromHeader, weightUnitFromHeader } from './unitsFromHeader';
export { cleanGtin } from './gtin';
export { normalisePhone, CALLING_CODES } from './phone';
export { normaliseEmail, normaliseHandle, normaliseStoreUrl, type ContactKind } from './contacts';
export { splitContacts, type ContactMention } from './splitContacts';
