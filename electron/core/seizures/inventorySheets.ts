// The inventory with verdicts, as the report's CSV and XLSX: one row per line, the same columns in both.
import { packetCsv } from '../packets/packetCsv';
import type { ReportLine } from './seizureReportData';

const COLUMNS = [
  'line', 'description', 'brand_claimed', 'model_claimed', 'quantity', 'declared_value', 'currency', 'markings', 'serials', 'product_sku', 'match_score', 'msrp_value_usd',
  'verdict', 'examiner', 'examined_at', 'reasons', 'failed_features', 'findings', 'problems', 'photos',
];

function rowOf(l: ReportLine, serials: readonly string[]): (string | number | null)[] {
  return [
    l.lineNo, l.description, l.brandClaimed, l.modelClaimed, l.quantity, l.declaredValue, l.currency, l.markings, serials.join(' '), l.product?.sku ?? null, l.matchScore, l.msrpValueUsd,
    l.verdict ?? 'not examined', l.examiner, l.examinedAt, l.reasons, l.failed.map((f) => f.feature).join(' | '), l.findings.map((f) => f.message).join(' | '), l.problems.join(' | '), l.photoFiles.map((p) => p.name).join(' | '),
  ];
}

export function inventoryCsv(lines: readonly ReportLine[], serials: ReadonlyMap<number, string[]>): Buffer {
  return Buffer.from(packetCsv(COLUMNS, lines.map((l) => rowOf(l, serials.get(l.id) ?? []))), 'utf8');
}

export async function inventoryXlsx(lines: readonly ReportLine[], serials: ReadonlyMap<number, string[]>, time: Date): Promise<Buffer> {
  // Loaded when first used: exceljs takes a third of a second to load, which every CLI command would otherwise pay.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Assay';
  book.created = time;
  book.modified = time;
  const sheet = book.addWorksheet('Inventory');
  sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c === 'description' || c === 'reasons' || c === 'findings' ? 40 : 14 }));
  // exceljs writes strings as text cells, never formulas, so no cell needs neutralising here.
  for (const l of lines) sheet.addRow(rowOf(l, serials.get(l.id) ?? []));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
