// The checks made before an import starts, each a sentence saying what to fix: listings need an ID or URL
// column, products a SKU, required fields a column, and chosen columns must be in the file. The Node side
// checks again; these only save a round trip and say it sooner.
import type { ImportFieldInfo, ImportKind } from '../../../electron/api/contract';

export interface MappingCheckInput {
  kind: ImportKind;
  fields: readonly ImportFieldInfo[];
  mapping: Readonly<Record<string, string>>;
  headers: readonly string[];
  /** The marketplace chosen for rows without one ('' for none); listings only. */
  marketplace: string;
  previousImport: { id: number } | null;
  again: boolean;
}

export interface MappingCheck {
  /** Stop the import: it would fail or reject every row. */
  problems: string[];
  /** Worth knowing, but the import may go ahead. */
  warnings: string[];
}

/** Fields with a rule of their own below, so the generic "required" sentence does not repeat it. */
const IDENTIFYING_FIELDS = new Set(['listing_id', 'url', 'sku']);

export function checkMapping(input: MappingCheckInput): MappingCheck {
  const { kind, fields, mapping, headers } = input;
  const problems: string[] = [];
  const warnings: string[] = [];
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const mapped = (key: string) => Boolean(mapping[key]);

  if (input.previousImport && !input.again) {
    problems.push(`This exact file was already imported as import ${input.previousImport.id}. Tick “Import it again” to import it anyway.`);
  }
  if (kind === 'listings' && !mapped('listing_id') && !mapped('url')) {
    problems.push(`Choose the column for ${label('listing_id')} or for ${label('url')}: without one, no row can be told apart from another.`);
  }
  if (kind === 'products' && !mapped('sku')) {
    problems.push(`Choose the column for ${label('sku')}: each genuine product is identified by its SKU.`);
  }
  for (const field of fields) {
    if (field.required && !IDENTIFYING_FIELDS.has(field.key) && !mapped(field.key)) problems.push(`Choose the column for ${field.label}: it is required.`);
  }
  const present = new Set(headers);
  for (const [key, column] of Object.entries(mapping)) {
    if (column && !present.has(column)) problems.push(`The column “${column}” chosen for ${label(key)} is not in this file; choose another.`);
  }

  if (kind === 'listings' && !mapped('marketplace') && !input.marketplace) {
    warnings.push(
      mapped('url')
        ? 'No marketplace column and no default marketplace: each row’s marketplace is read from its URL, and rows whose URL does not show one are rejected.'
        : 'No marketplace column and no default marketplace: every row will be rejected. Choose the marketplace these listings come from.',
    );
  }
  const byColumn = new Map<string, string[]>();
  for (const [key, column] of Object.entries(mapping)) {
    if (column) byColumn.set(column, [...(byColumn.get(column) ?? []), label(key)]);
  }
  for (const [column, labels] of byColumn) {
    if (labels.length > 1) warnings.push(`The column “${column}” is used for ${labels.join(' and ')}.`);
  }
  return { problems, warnings };
}
