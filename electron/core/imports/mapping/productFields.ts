// The genuine-product specification fields a source column can be mapped to. Only the SKU is required:
// it identifies the product within its brand, and the name falls back to it.
import type { ImportFieldDefinition } from './listingFields';

export const PRODUCT_FIELDS: readonly ImportFieldDefinition[] = [
  { key: 'sku', label: 'SKU or model number', required: true },
  { key: 'name', label: 'Name', required: false, hint: 'The SKU is used when there is no name.' },
  { key: 'aliases', label: 'Aliases', required: false, hint: 'Other names, separated by |, ; or commas.' },
  { key: 'brand', label: 'Brand', required: false, hint: 'Not needed when the whole file is one brand (choose it).' },
  { key: 'category', label: 'Category', required: false },
  { key: 'msrp', label: 'MSRP (retail price)', required: false },
  { key: 'currency', label: 'Currency', required: false },
  { key: 'min_authorised_price', label: 'Minimum authorised price', required: false },
  { key: 'materials', label: 'Materials', required: false },
  { key: 'dimensions', label: 'Dimensions (one column, e.g. "30 x 20 x 10 cm")', required: false },
  { key: 'length', label: 'Length', required: false },
  { key: 'width', label: 'Width', required: false },
  { key: 'height', label: 'Height', required: false },
  { key: 'weight', label: 'Weight', required: false, hint: 'With a unit: "350 g", "1.2 kg", "12 oz".' },
  { key: 'colourways', label: 'Colourways', required: false },
  { key: 'gtins', label: 'GTINs (EAN, UPC)', required: false },
  { key: 'serial_pattern', label: 'Serial-number pattern', required: false },
  { key: 'authentication_features', label: 'Authentication features', required: false },
  { key: 'official_images', label: 'Official images', required: false },
  { key: 'never_made_models', label: 'Models never made', required: false },
  { key: 'discontinued', label: 'Discontinued', required: false, hint: 'yes / no, 1 / 0, 是 / 否.' },
];
