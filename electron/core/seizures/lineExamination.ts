// The examiner's part of a line's examination: each checklist feature marked pass, fail or not checked, the
// measured weight and dimensions, a corrected product match, and the verdict with the examiner's name and
// reasons. Every change is one custody event, written in the same transaction as the change.
import type Database from 'better-sqlite3';
import type { CheckResult, SeizedLineDetail, Verdict } from '../../api/seizureContract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { getProduct } from '../db/catalogRepository';
import { checksOfLine, findingsOfLine, getCheck, getLine, setCheckResult, setLineMeasurements, setLineProduct, setLineVerdict, touchSeizure, type SeizedLineRecord } from '../db/seizureRepository';
import { AssayError } from '../errors';
import { autoCheckSeizure } from './autoCheckSeizure';
import type { Who } from './seizureEditing';
import { lineDetail } from './seizureViews';

const VERDICT_WORDS: Record<Verdict, string> = { counterfeit: 'counterfeit', genuine: 'genuine', inconclusive: 'inconclusive' };

function requireLine(db: Database.Database, lineId: number): SeizedLineRecord {
  const line = getLine(db, lineId);
  if (!line) throw new AssayError('not_found', `Seized line ${lineId} does not exist in this workspace.`);
  return line;
}

export function setCheck(db: Database.Database, checkId: number, result: CheckResult, note: string | undefined, who: Who): SeizedLineDetail {
  const check = getCheck(db, checkId);
  if (!check) throw new AssayError('not_found', `Examination check ${checkId} does not exist in this workspace.`);
  const line = requireLine(db, check.lineId);
  if (check.result === result && (note === undefined || note === check.note)) return lineDetail(db, line.id);
  db.transaction(() => {
    setCheckResult(db, checkId, result, note, who.actor, who.at);
    touchSeizure(db, line.seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.check_marked', subjectType: 'seized_line', subjectId: line.id,
      details: { seizureId: line.seizureId, lineNo: line.lineNo, feature: check.feature, from: check.result, to: result, ...(note === undefined ? {} : { note }) },
    });
  })();
  return lineDetail(db, line.id);
}

/** The reasons a verdict gets when the examiner writes none: the failed features and the serious findings. */
export function suggestedReasons(db: Database.Database, lineId: number): string {
  const failed = checksOfLine(db, lineId).filter((c) => c.result === 'fail').map((c) => `Failed: ${c.feature}${c.note ? ` (${c.note})` : ''}.`);
  const found = findingsOfLine(db, lineId).filter((f) => f.severity === 'high' || f.severity === 'medium').map((f) => f.message);
  return [...failed, ...found].join(' ');
}

export function setVerdict(db: Database.Database, lineId: number, verdict: Verdict | null, examiner: string, reasons: string, who: Who): SeizedLineDetail {
  const line = requireLine(db, lineId);
  const name = examiner.trim();
  let why = reasons.trim();
  if (verdict !== null) {
    if (name === '') throw new AssayError('invalid_input', `Give the examiner's name with the verdict on line ${line.lineNo}; the report names who examined each line.`);
    if (why === '') why = suggestedReasons(db, lineId);
    if (why === '' && verdict === 'genuine') why = 'The features checked match the genuine specification.';
    if (why === '') throw new AssayError('invalid_input', `Say why line ${line.lineNo} is ${VERDICT_WORDS[verdict]}: no feature is marked failed and no automatic check found anything to quote.`);
  }
  db.transaction(() => {
    setLineVerdict(db, lineId, verdict, verdict === null ? null : name, verdict === null ? '' : why, verdict === null ? null : who.at);
    touchSeizure(db, line.seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: verdict === null ? 'seizure.verdict_cleared' : 'seizure.verdict_given', subjectType: 'seized_line', subjectId: lineId,
      details: { seizureId: line.seizureId, lineNo: line.lineNo, from: line.verdict, to: verdict, examiner: verdict === null ? null : name, reasons: verdict === null ? '' : why },
    });
  })();
  return lineDetail(db, lineId);
}

export function setMeasurements(db: Database.Database, lineId: number, m: { weightG: number | null; lengthMm: number | null; widthMm: number | null; heightMm: number | null }, who: Who): SeizedLineDetail {
  const line = requireLine(db, lineId);
  db.transaction(() => {
    setLineMeasurements(db, lineId, m);
    autoCheckSeizure(db, line.seizureId, { lineIds: new Set([lineId]) });
    touchSeizure(db, line.seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.line_measured', subjectType: 'seized_line', subjectId: lineId,
      details: { seizureId: line.seizureId, lineNo: line.lineNo, before: { weightG: line.weightG, lengthMm: line.lengthMm, widthMm: line.widthMm, heightMm: line.heightMm }, after: m },
    });
  })();
  return lineDetail(db, lineId);
}

/** The examiner's own match (or none); kept over the automatic matcher from then on. */
export function setProduct(db: Database.Database, lineId: number, productId: number | null, who: Who): SeizedLineDetail {
  const line = requireLine(db, lineId);
  const product = productId === null ? null : getProduct(db, productId);
  if (productId !== null && !product) throw new AssayError('not_found', `Product ${productId} does not exist in this workspace.`);
  db.transaction(() => {
    setLineProduct(db, lineId, productId, productId === null ? null : 1, 'examiner');
    autoCheckSeizure(db, line.seizureId, { lineIds: new Set([lineId]) });
    touchSeizure(db, line.seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.line_matched', subjectType: 'seized_line', subjectId: lineId,
      details: { seizureId: line.seizureId, lineNo: line.lineNo, from: line.product?.sku ?? null, to: product?.sku ?? null },
    });
  })();
  return lineDetail(db, lineId);
}

export function runAutoChecks(db: Database.Database, seizureId: number, who: Who): { lines: number; findings: number } {
  return db.transaction(() => {
    const summary = autoCheckSeizure(db, seizureId);
    appendCustodyEvent(db, { at: who.at, actor: who.actor, action: 'seizure.auto_checked', subjectType: 'seizure', subjectId: seizureId, details: { ...summary } });
    return { lines: summary.lines, findings: summary.findings };
  })();
}
