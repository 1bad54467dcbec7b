// Imports a customs inventory (CSV, TSV or XLSX) into a seizure through the import engine's readers: the file is
// sniffed, its columns mapped (the customs preset, the header suggestions, then the person's own --map), and every
// row becomes a line. A row with a bad quantity or value is kept as a flagged line, never dropped; only records the
// reader cannot make into a row at all are listed as rejected. Then every line is matched and checked.
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { InventoryImportSummary, SeizedLineInput } from '../../api/seizureContract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { nextLineNo, seizedLineInserter, touchSeizure } from '../db/seizureRepository';
import { AssayError } from '../errors';
import { sha256File } from '../hashing';
import { applyPreset } from '../imports/mapping/builtInPresets';
import type { ColumnMapping } from '../imports/mapping/listingFields';
import { normaliseHeader } from '../imports/mapping/normaliseHeader';
import { suggestMappingFrom } from '../imports/mapping/suggestMapping';
import { readSource, sniffSource, type SniffedSource, type SourceOptions } from '../imports/source/readSource';
import { parseDimensionsMm, parseWeightGrams } from '../imports/values/parseMeasures';
import { parseInteger } from '../imports/values/parseInteger';
import { parsePrice } from '../imports/values/parsePrice';
import { lengthUnitFromHeader, weightUnitFromHeader } from '../imports/values/unitsFromHeader';
import { autoCheckSeizure } from './autoCheckSeizure';
import { CUSTOMS_INVENTORY_PRESET, INVENTORY_FIELD_KEYS, INVENTORY_HEADER_SYNONYMS } from './inventoryFields';
import { normaliseSerial } from './serialNumbers';
import { prepareLine } from './seizedLineValues';
import type { Who } from './seizureEditing';
import { requireSeizure } from './seizureViews';

export interface InventoryImportOptions {
  /** Field → column, over whatever the preset and the suggestions chose. */
  overrides?: Record<string, string>;
  source?: SourceOptions;
  /** Check every line of the seizure afterwards (default true); the benchmark times the two apart. */
  autoCheck?: boolean;
}

/** The mapping for a file's header: the customs preset where it fits, header suggestions for the rest, then overrides. */
export function inventoryMapping(headers: readonly string[], overrides: Record<string, string> = {}, fileName = 'the file'): ColumnMapping {
  const { mapping, problem } = resolvedInventoryMapping(headers, overrides, fileName);
  if (problem) throw new AssayError('invalid_input', problem);
  return mapping;
}

/** The same mapping with, instead of a refusal, the sentence saying why an import would refuse it (null when it would not). */
export function resolvedInventoryMapping(headers: readonly string[], overrides: Record<string, string> = {}, fileName = 'the file'): { mapping: ColumnMapping; problem: string | null } {
  const preset = applyPreset(CUSTOMS_INVENTORY_PRESET, headers).mapping;
  const mapping: ColumnMapping = { ...suggestMappingFrom(headers, INVENTORY_HEADER_SYNONYMS, INVENTORY_FIELD_KEYS), ...preset };
  for (const [field, column] of Object.entries(overrides)) {
    if (!INVENTORY_FIELD_KEYS.includes(field)) throw new AssayError('invalid_input', `The mapping names "${field}", which is not an inventory field (the fields are ${INVENTORY_FIELD_KEYS.join(', ')}).`);
    if (column === '') {
      delete mapping[field];
      continue;
    }
    const found = headers.find((h) => h === column) ?? headers.find((h) => normaliseHeader(h) === normaliseHeader(column));
    if (found === undefined) throw new AssayError('invalid_input', `The mapping sends ${field} to the column "${column}", which is not in ${fileName}'s header (${headers.map((h) => `"${h}"`).join(', ')}).`);
    for (const [other, used] of Object.entries(mapping)) if (used === found && other !== field) delete mapping[other];
    mapping[field] = found;
  }
  let problem: string | null = null;
  if (!mapping.quantity) problem = `${fileName} has no column the quantity can be read from; map one with --map quantity=COLUMN.`;
  else if (!mapping.description && !mapping.model) problem = `${fileName} has no description or model column; map one with --map description=COLUMN or --map model=COLUMN.`;
  return { mapping, problem };
}

interface RowLine {
  input: SeizedLineInput;
  /** The quantity as written, kept for the problem sentence when it is not a number. */
  quantityText: string;
  lineNo: number | null;
  problems: string[];
}

/** One row's cells, read into a line; each unreadable value becomes a problem naming the row, the value kept in raw. */
export function rowToLine(values: Record<string, string>, mapping: ColumnMapping, rowNumber: number): RowLine | null {
  const cell = (field: string): string => (mapping[field] ? (values[mapping[field]] ?? '').trim() : '');
  if (INVENTORY_FIELD_KEYS.every((f) => cell(f) === '')) return null;
  const where = `Row ${rowNumber}`;
  const problems: string[] = [];
  const quantityText = cell('quantity');
  const quantity = quantityText === '' ? null : parseInteger(quantityText);
  const currencyText = cell('currency');
  const money = (field: string, label: string): { amount: number | null; currency: string | null } => {
    const text = cell(field);
    if (text === '') return { amount: null, currency: null };
    const price = parsePrice(text, { currency: currencyText || null });
    if (!price.ok) {
      problems.push(`${where}: the ${label} "${text}" is not an amount: ${price.reason}`);
      return { amount: null, currency: null };
    }
    return { amount: price.price, currency: price.currency };
  };
  const total = money('declared_value', 'declared value');
  const unit = money('unit_value', 'value per unit');
  const declaredValue = total.amount ?? (unit.amount !== null && quantity !== null && quantity > 0 ? Math.round(unit.amount * quantity * 100) / 100 : null);
  const weightText = cell('weight');
  const weightG = weightText === '' ? null : parseWeightGrams(weightText, weightUnitFromHeader(mapping.weight ?? '') ?? 'g');
  if (weightText !== '' && weightG === null) problems.push(`${where}: the weight "${weightText}" is not a weight.`);
  const dimsText = cell('dimensions');
  const dims = dimsText === '' ? null : parseDimensionsMm(dimsText, lengthUnitFromHeader(mapping.dimensions ?? '') ?? 'mm');
  if (dimsText !== '' && dims === null) problems.push(`${where}: the dimensions "${dimsText}" are not measurements.`);
  const lineText = cell('line_no');
  const lineNo = lineText === '' ? null : parseInteger(lineText);
  return {
    input: {
      description: cell('description'),
      brandClaimed: cell('brand'),
      modelClaimed: cell('model'),
      quantity,
      declaredValue,
      currency: total.currency ?? unit.currency ?? (currencyText || null),
      markings: cell('markings'),
      serials: cell('serials'),
      gtins: cell('gtins'),
      weightG,
      lengthMm: dims?.length ?? null,
      widthMm: dims?.width ?? null,
      heightMm: dims?.height ?? null,
    },
    quantityText,
    lineNo: lineNo !== null && lineNo > 0 ? lineNo : null,
    problems,
  };
}

export async function importInventory(db: Database.Database, seizureId: number, file: string, who: Who, options: InventoryImportOptions = {}): Promise<InventoryImportSummary> {
  const started = performance.now();
  const seizure = requireSeizure(db, seizureId);
  const fileName = path.basename(file);
  const sniffed: SniffedSource = await sniffSource(file, options.source ?? {});
  if (sniffed.format !== 'csv' && sniffed.format !== 'xlsx') throw new AssayError('invalid_input', `${fileName} is ${sniffed.format.toUpperCase()}; an inventory is read from CSV, TSV or .xlsx.`);
  const mapping = inventoryMapping(sniffed.headers, options.overrides, fileName);
  const sha256 = await sha256File(file);

  const rows: { rowNumber: number; values: Record<string, string> }[] = [];
  const rejected: InventoryImportSummary['rejected'] = [];
  for await (const batch of readSource(file, sniffed, options.source ?? {})) {
    for (const r of batch.rows) rows.push(r);
    for (const e of batch.errors) rejected.push({ rowNumber: e.rowNumber, reason: e.reason });
  }

  const summary: InventoryImportSummary = { seizureId, fileName, sha256, lines: 0, serials: 0, gtins: 0, flagged: [], rejected, seconds: 0 };
  db.transaction(() => {
    const insert = seizedLineInserter(db, normaliseSerial);
    // An empty seizure takes the authority's line numbers; one that already has lines appends in file order.
    const firstFree = nextLineNo(db, seizureId);
    const useFileNumbers = firstFree === 1;
    const used = new Set<number>();
    let highest = firstFree - 1;
    for (const row of rows) {
      const parsed = rowToLine(row.values, mapping, row.rowNumber);
      if (!parsed) continue;
      const problems = [...parsed.problems];
      let lineNo = useFileNumbers ? parsed.lineNo : null;
      if (lineNo !== null && used.has(lineNo)) {
        problems.push(`Row ${row.rowNumber}: line number ${lineNo} is used by an earlier row, so this line is numbered ${highest + 1} instead.`);
        lineNo = null;
      }
      lineNo ??= highest + 1;
      used.add(lineNo);
      highest = Math.max(highest, lineNo);
      const line = prepareLine(parsed.input, lineNo, `Row ${row.rowNumber}`, { row: row.rowNumber, values: row.values }, problems, parsed.quantityText);
      insert(seizureId, line);
      summary.lines += 1;
      summary.serials += line.serials.length;
      summary.gtins += line.gtins.length;
      if (line.problems.length > 0) summary.flagged.push({ lineNo, rowNumber: row.rowNumber, problems: line.problems });
    }
    if (options.autoCheck !== false) autoCheckSeizure(db, seizureId);
    touchSeizure(db, seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.inventory_imported', subjectType: 'seizure', subjectId: seizureId,
      details: { reference: seizure.reference, file: fileName, sha256, mapping, lines: summary.lines, serials: summary.serials, gtins: summary.gtins, flagged: summary.flagged.length, rejected: rejected.length },
    });
  })();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
