// What choosing a mapping preset does: each of its columns that this file has is mapped (matched exactly, or
// ignoring case and surrounding spaces), on top of Assay's suggestion; its marketplace becomes the default.
import type { ImportPreset } from '../../../electron/api/contract';

export interface AppliedPreset {
  mapping: Record<string, string>;
  marketplace: string;
  /** The preset's columns this file does not have, for a sentence under the picker. */
  missingColumns: string[];
}

/** Assay's suggestion, keeping only columns the file really has. */
export function suggestedMapping(suggestion: Readonly<Record<string, string>>, headers: readonly string[]): Record<string, string> {
  const present = new Set(headers);
  return Object.fromEntries(Object.entries(suggestion).filter(([, column]) => present.has(column)));
}

/** The header that stands for a preset's column name in this file, or null when the file has none. */
export function findColumn(name: string, headers: readonly string[]): string | null {
  if (headers.includes(name)) return name;
  const wanted = name.trim().toLowerCase();
  return headers.find((h) => h.trim().toLowerCase() === wanted) ?? null;
}

export function applyPreset(
  preset: Pick<ImportPreset, 'mapping' | 'marketplace'>,
  headers: readonly string[],
  suggestion: Readonly<Record<string, string>>,
  currentMarketplace: string,
): AppliedPreset {
  const mapping = suggestedMapping(suggestion, headers);
  const missingColumns: string[] = [];
  for (const [field, column] of Object.entries(preset.mapping)) {
    const header = findColumn(column, headers);
    if (header === null) missingColumns.push(column);
    else mapping[field] = header;
  }
  return { mapping, marketplace: preset.marketplace ?? currentMarketplace, missingColumns: [...new Set(missingColumns)] };
}
