// Turns one inventory line as typed or imported into what is stored: serials split from a blob and de-duplicated,
// GTINs cleaned of Excel's apostrophe and spaces, and any problem (a quantity of zero or less, none at all) kept
// with the line as a sentence naming the row, rather than the line being dropped.
import type { SeizedLineInput } from '../../api/seizureContract';
import type { NewSeizedLine } from '../db/seizureRepository';
import { cleanGtin } from '../imports/values/gtin';
import { splitSerials } from './serialNumbers';

/** GTINs in one cell: separated by commas, semicolons, pipes or new lines (spaces group digits inside one GTIN). */
export function splitGtins(blob: string): string[] {
  const out: string[] = [];
  for (const part of blob.split(/[,;|\n\r\t、，；]+/)) {
    const gtin = cleanGtin(part);
    if (gtin !== '' && !out.includes(gtin)) out.push(gtin);
  }
  return out;
}

/** The problems a line keeps, each naming where it is ("Row 7", "Line 3"). */
export function lineProblems(where: string, quantity: number | null, quantityText = ''): string[] {
  if (quantity === null && quantityText.trim() !== '') return [`${where}: the quantity "${quantityText.trim()}" is not a number.`];
  if (quantity === null) return [`${where}: no quantity is given; enter how many units the line holds from the authority's inventory.`];
  if (quantity <= 0) return [`${where}: the quantity is ${quantity}; a seized line holds at least one unit, so correct it from the authority's inventory (the line is kept, flagged).`];
  return [];
}

const numberOrNull = (n: number | null | undefined): number | null => (n === undefined || n === null || !Number.isFinite(n) ? null : n);

/** quantityText: the quantity as written, when it could not be read as a number. */
export function prepareLine(input: SeizedLineInput, lineNo: number, where: string, raw: Record<string, unknown> = {}, extraProblems: string[] = [], quantityText = ''): NewSeizedLine {
  const quantity = input.quantity ?? null;
  return {
    lineNo,
    description: (input.description ?? '').trim(),
    brandClaimed: (input.brandClaimed ?? '').trim(),
    modelClaimed: (input.modelClaimed ?? '').trim(),
    quantity,
    declaredValue: numberOrNull(input.declaredValue),
    currency: input.currency ? input.currency.trim().toUpperCase() || null : null,
    markings: (input.markings ?? '').trim(),
    weightG: numberOrNull(input.weightG),
    lengthMm: numberOrNull(input.lengthMm),
    widthMm: numberOrNull(input.widthMm),
    heightMm: numberOrNull(input.heightMm),
    problems: [...lineProblems(where, quantity, quantityText), ...extraProblems],
    raw,
    serials: splitSerials(input.serials ?? ''),
    gtins: splitGtins(input.gtins ?? ''),
  };
}
