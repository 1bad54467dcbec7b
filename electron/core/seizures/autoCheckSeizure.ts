// Runs the machine's part of an examination over a seizure's lines (or some of them): matches each line the
// examiner has not matched by hand, builds its checklist from the product, and replaces its automatic findings.
import type Database from 'better-sqlite3';
import { checklistSyncer, findingsWriter, identifiersOfSeizure, linesOfSeizure, serialsInOtherSeizures, setLineProduct } from '../db/seizureRepository';
import { autoCheckLine } from './autoChecks';
import { buildChecklist } from './examinationChecklist';
import { examinationContext, unitValueUsd, type ExaminationContext } from './examinationContext';
import { findSerialRepeats } from './serialRepeats';

export interface AutoCheckSummary {
  lines: number;
  matched: number;
  findings: number;
}

/** Call inside a transaction (with the custody event that records it). */
export function autoCheckSeizure(db: Database.Database, seizureId: number, options: { lineIds?: ReadonlySet<number>; context?: ExaminationContext } = {}): AutoCheckSummary {
  const context = options.context ?? examinationContext(db);
  const all = linesOfSeizure(db, seizureId);
  const lines = all.filter((l) => !options.lineIds || options.lineIds.has(l.id));
  const { serials, normalised, gtins } = identifiersOfSeizure(db, seizureId);
  const repeats = findSerialRepeats(all, serials, normalised, serialsInOtherSeizures(db, seizureId));
  const writeFindings = findingsWriter(db);
  const syncChecklist = checklistSyncer(db);
  const summary: AutoCheckSummary = { lines: 0, matched: 0, findings: 0 };
  for (const line of lines) {
    summary.lines += 1;
    const lineGtins = gtins.get(line.id) ?? [];
    let productId = line.product?.id ?? null;
    if (line.matchMethod !== 'examiner') {
      const match = context.matcher.match({ ...line, gtins: lineGtins });
      productId = match?.productId ?? null;
      if (productId !== (line.product?.id ?? null) || (match?.score ?? null) !== line.matchScore) setLineProduct(db, line.id, productId, match?.score ?? null, match?.method ?? null);
    }
    const product = productId === null ? null : context.products.get(productId) ?? null;
    if (product) {
      summary.matched += 1;
      syncChecklist(line.id, buildChecklist(product));
    } else {
      syncChecklist(line.id, []);
    }
    const findings = autoCheckLine(
      { ...line, unitValueUsd: unitValueUsd(context, line.declaredValue, line.quantity, line.currency), gtins: lineGtins, serials: serials.get(line.id) ?? [] },
      productId === null ? null : context.checkProducts.get(productId) ?? null,
      { gs1Prefixes: context.gs1Prefixes, repeats: repeats.get(line.id) ?? [] },
    );
    writeFindings(line.id, findings);
    summary.findings += findings.length;
  }
  return summary;
}
