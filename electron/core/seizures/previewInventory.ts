// What the app shows before importing an inventory: the file sniffed by the import engine, its first rows, the
// inventory fields, and the mapping the import would use (the customs preset, the header suggestions, then the
// person's own choices), with the sentence saying why the import would refuse it, if it would.
import fs from 'node:fs';
import path from 'node:path';
import type { InventoryPreview } from '../../api/seizureContract';
import { AssayError } from '../errors';
import { sha256File } from '../hashing';
import { previewSource } from '../imports/source/readSource';
import { resolvedInventoryMapping } from './importInventory';
import { CUSTOMS_INVENTORY_PRESET, INVENTORY_FIELDS } from './inventoryFields';

const PREVIEW_ROWS = 20;

export async function previewInventory(file: string, overrides: Record<string, string> = {}): Promise<InventoryPreview> {
  const fileName = path.basename(file);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new AssayError('not_found', `Cannot read ${fileName}: ${file} does not exist.`);
  if (!stat.isFile()) throw new AssayError('invalid_input', `${file} is a folder, not an inventory file.`);
  const [sha256, read] = await Promise.all([sha256File(file), previewSource(file, {}, PREVIEW_ROWS)]);
  if (read.sniffed.format !== 'csv' && read.sniffed.format !== 'xlsx') throw new AssayError('invalid_input', `${fileName} is ${read.sniffed.format.toUpperCase()}; an inventory is read from CSV, TSV or .xlsx.`);
  const { mapping, problem } = resolvedInventoryMapping(read.sniffed.headers, overrides, fileName);
  return {
    preview: {
      fileName,
      size: stat.size,
      sha256,
      sniffed: read.sniffed,
      rows: read.rows,
      rowErrors: read.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, reason: e.reason })),
      suggestedMapping: mapping,
      previousImport: null,
    },
    fields: INVENTORY_FIELDS.map((f) => ({ key: f.key, label: f.label, required: f.required })),
    presetLabel: CUSTOMS_INVENTORY_PRESET.label,
    mapping,
    mappingProblem: problem,
  };
}
