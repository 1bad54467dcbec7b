// Everything the examination report shows, gathered once from the workspace: the seizure, the rights holder, and
// each line with its product, verdict, failed features, serious automatic findings and photos, with totals by
// verdict in quantity and MSRP-equivalent value.
import type Database from 'better-sqlite3';
import type { AutoFinding, SeizureDetail, Verdict } from '../../api/seizureContract';
import type { RightsHolderRecord } from '../db/brandRepository';
import { getRightsHolder, listBrands } from '../db/brandRepository';
import { failedChecksOfSeizure, findingsOfSeizure, linesOfSeizure, photosOfSeizure, type SeizedLineRecord } from '../db/seizureRepository';
import { examinationContext } from './examinationContext';
import { seizureDetail } from './seizureViews';

export interface ReportLine extends SeizedLineRecord {
  msrp: number | null;
  msrpCurrency: string | null;
  /** quantity × MSRP, in USD; null without an MSRP, a rate or a positive quantity. */
  msrpValueUsd: number | null;
  failed: { feature: string; note: string }[];
  findings: AutoFinding[];
  photoFiles: { evidenceId: number; sha256: string; mediaType: string; name: string }[];
}

export type VerdictKey = Verdict | 'not_examined';

export interface ReportTotals {
  byVerdict: Record<VerdictKey, { lines: number; quantity: number; msrpValueUsd: number }>;
  lines: number;
  quantity: number;
}

export interface SeizureReportData {
  seizure: SeizureDetail;
  rightsHolder: RightsHolderRecord | null;
  lines: ReportLine[];
  totals: ReportTotals;
}

export function seizureReportData(db: Database.Database, seizureId: number, today: string): SeizureReportData {
  const seizure = seizureDetail(db, seizureId, today);
  const context = examinationContext(db);
  const failed = failedChecksOfSeizure(db, seizureId);
  const findings = findingsOfSeizure(db, seizureId);
  const photos = photosOfSeizure(db, seizureId);
  const brand = listBrands(db)[0];
  const lines: ReportLine[] = linesOfSeizure(db, seizureId).map((l) => {
    const p = l.product ? context.products.get(l.product.id) ?? null : null;
    const unitUsd = p ? context.usd(p.msrp, p.currency) : null;
    return {
      ...l,
      msrp: p?.msrp ?? null,
      msrpCurrency: p?.currency ?? null,
      msrpValueUsd: unitUsd !== null && l.quantity !== null && l.quantity > 0 ? Math.round(unitUsd * l.quantity * 100) / 100 : null,
      failed: (failed.get(l.id) ?? []).map((f) => ({ feature: f.feature, note: f.note })),
      findings: (findings.get(l.id) ?? []).filter((f) => f.severity === 'high' || f.severity === 'medium'),
      photoFiles: photos.get(l.id) ?? [],
    };
  });
  return { seizure, rightsHolder: brand ? getRightsHolder(db, brand.id) : null, lines, totals: totalsOf(lines) };
}

export function totalsOf(lines: readonly Pick<ReportLine, 'verdict' | 'quantity' | 'msrpValueUsd'>[]): ReportTotals {
  const zero = () => ({ lines: 0, quantity: 0, msrpValueUsd: 0 });
  const totals: ReportTotals = { byVerdict: { counterfeit: zero(), genuine: zero(), inconclusive: zero(), not_examined: zero() }, lines: 0, quantity: 0 };
  for (const l of lines) {
    const t = totals.byVerdict[l.verdict ?? 'not_examined'];
    const quantity = l.quantity !== null && l.quantity > 0 ? l.quantity : 0;
    t.lines += 1;
    t.quantity += quantity;
    t.msrpValueUsd = Math.round((t.msrpValueUsd + (l.msrpValueUsd ?? 0)) * 100) / 100;
    totals.lines += 1;
    totals.quantity += quantity;
  }
  return totals;
}
