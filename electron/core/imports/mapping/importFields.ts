// The field list for each kind of import, and a check that a key names one of them.
// The mapping screen, the suggestions and the validation all read the fields from here.
import { LISTING_FIELDS, type ImportFieldDefinition, type ImportKind } from './listingFields';
import { PRODUCT_FIELDS } from './productFields';

const KEYS: Record<ImportKind, ReadonlySet<string>> = {
  listings: new Set(LISTING_FIELDS.map((f) => f.key)),
  products: new Set(PRODUCT_FIELDS.map((f) => f.key)),
};

export const fieldsFor = (kind: ImportKind): readonly ImportFieldDefinition[] => (kind === 'listings' ? LISTING_FIELDS : PRODUCT_FIELDS);

export const isFieldKey = (kind: ImportKind, key: string): boolean => KEYS[kind].has(key);
