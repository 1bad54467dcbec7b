// A spreadsheet cell as text: rich text joined, dates as ISO strings, numbers as in the cell, booleans as
// Excel shows them, and a formula as its own text with its "=", never evaluated.

export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  const v = value as { richText?: { text?: string }[]; formula?: string; sharedFormula?: string; result?: unknown; error?: string; text?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
  // A shared formula's followers carry no formula text of their own in the file: their cached result is kept.
  if (v.formula !== undefined || v.sharedFormula !== undefined) return v.formula ? `=${v.formula}` : xlsxCellText(v.result);
  if (v.error !== undefined) return String(v.error);
  if (v.text !== undefined) return xlsxCellText(v.text);
  return JSON.stringify(value);
}

/** A date-only cell as YYYY-MM-DD, anything with a time as a full ISO timestamp (exceljs reads cells as UTC). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
