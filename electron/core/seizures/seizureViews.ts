// What the app, the CLI and the report read about seizures: summaries with their deadline state, a seizure with
// its lines, and one line with everything its examination needs.
import type Database from 'better-sqlite3';
import type { SeizedLineDetail, SeizureDetail, SeizureSummary } from '../../api/seizureContract';
import { AssayError } from '../errors';
import {
  checksOfLine, findingsOfLine, getLine, getSeizureRow, gtinsOfLine, linesOfSeizure, listSeizureRows, neighbourLines, photosOfLine, seizureDocuments, serialsOfLine, type SeizureRow,
} from '../db/seizureRepository';
import { deadlineStatus, localToday } from './deadlineWarning';

function summaryOf(row: SeizureRow, today: string): SeizureSummary {
  return {
    id: row.id, authority: row.authority, reference: row.reference, office: row.office, detainedOn: row.detainedOn, deadlineOn: row.deadlineOn,
    deadline: deadlineStatus(row.deadlineOn, today),
    lines: row.lines, examined: row.examined, quantity: row.quantity, verdicts: row.verdicts, flagged: row.flagged, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

export function listSeizures(db: Database.Database, today: string = localToday()): SeizureSummary[] {
  return listSeizureRows(db).map((r) => summaryOf(r, today));
}

export function requireSeizure(db: Database.Database, id: number): SeizureRow {
  const row = getSeizureRow(db, id);
  if (!row) throw new AssayError('not_found', `Seizure ${id} does not exist in this workspace; "assay seizure list" shows the seizures.`);
  return row;
}

export function seizureDetail(db: Database.Database, id: number, today: string = localToday()): SeizureDetail {
  const row = requireSeizure(db, id);
  return {
    ...summaryOf(row, today),
    transportMode: row.transportMode,
    originCountry: row.originCountry,
    consignor: row.consignor,
    consignee: row.consignee,
    notes: row.notes,
    documents: seizureDocuments(db, id),
    lineRows: linesOfSeizure(db, id).map(({ weightG: _w, lengthMm: _l, widthMm: _wi, heightMm: _h, ...line }) => line),
  };
}

export function lineDetail(db: Database.Database, lineId: number): SeizedLineDetail {
  const line = getLine(db, lineId);
  if (!line) throw new AssayError('not_found', `Seized line ${lineId} does not exist in this workspace.`);
  const around = neighbourLines(db, line.seizureId, line.lineNo);
  return {
    ...line,
    serialNumbers: serialsOfLine(db, lineId),
    gtins: gtinsOfLine(db, lineId),
    photoIds: photosOfLine(db, lineId),
    checks: checksOfLine(db, lineId),
    findings: findingsOfLine(db, lineId),
    previousLineId: around.previous,
    nextLineId: around.next,
  };
}
