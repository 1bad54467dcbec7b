// Checks a column mapping against a file's header before any row is read, and says in sentences what is
// wrong: unknown fields, columns the file does not have, and mappings that cannot identify the rows.
import type { ColumnMapping, ImportKind } from './listingFields';
import { fieldsFor, isFieldKey } from './importFields';
import { normaliseHeader } from './normaliseHeader';

export interface MappingContext {
  /** Named in the sentences, e.g. "listings.csv's header". */
  fileName?: string;
  /** The marketplace of the whole file: from --marketplace, the import screen or the preset. */
  marketplace?: string | null;
}

const mapped = (mapping: ColumnMapping, field: string): boolean => typeof mapping[field] === 'string' && mapping[field] !== '';

export function validateMapping(mapping: ColumnMapping, headers: readonly string[], kind: ImportKind, context: MappingContext = {}): string[] {
  const problems: string[] = [];
  const header = new Set(headers);
  const owner = context.fileName ? `${context.fileName}'s` : "the file's";

  for (const [field, column] of Object.entries(mapping)) {
    if (!isFieldKey(kind, field)) {
      const known = fieldsFor(kind).map((f) => f.key).join(', ');
      problems.push(`The mapping names "${field}", which is not a ${kind === 'listings' ? 'listing' : 'product'} field (the fields are ${known}).`);
      continue;
    }
    if (typeof column !== 'string' || column === '' || header.has(column)) continue;
    const near = headers.find((h) => normaliseHeader(h) === normaliseHeader(column));
    problems.push(`The mapping sends ${field} to the column "${column}", which is not in ${owner} header.${near !== undefined ? ` Did you mean "${near}"?` : ''}`);
  }

  if (kind === 'products') {
    if (!mapped(mapping, 'sku')) problems.push('The mapping has no column for sku, which every product needs to be identified.');
    return problems;
  }
  if (!mapped(mapping, 'listing_id') && !mapped(mapping, 'url')) {
    problems.push('The mapping cannot identify listings: map a column to listing_id (the item number or ASIN) or to url.');
  }
  if (!mapped(mapping, 'marketplace') && !context.marketplace && !mapped(mapping, 'url')) {
    problems.push('The mapping cannot tell which marketplace the listings are on: map a marketplace column, choose the marketplace of the whole file (or a preset that names it), or map the listing URLs so it can be read from them.');
  }
  return problems;
}
