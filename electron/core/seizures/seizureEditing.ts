// Creating and editing seizures and adding inventory lines, each change with its custody event in the same
// transaction. A seizure whose deadline has passed stays editable: the deadline is flagged, never enforced.
import type Database from 'better-sqlite3';
import { seizedLineInputSchema, seizureFieldsSchema, type SeizedLineDetail, type SeizedLineInput, type SeizureDetail, type SeizureFields } from '../../api/seizureContract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { AssayError } from '../errors';
import { findSeizureByReference, insertSeizure, linesSharingSerials, nextLineNo, seizedLineInserter, touchSeizure, updateSeizureRow } from '../db/seizureRepository';
import { autoCheckSeizure } from './autoCheckSeizure';
import { prepareLine } from './seizedLineValues';
import { normaliseSerial } from './serialNumbers';
import { lineDetail, requireSeizure, seizureDetail } from './seizureViews';

export interface Who {
  actor: string;
  at: string;
}

function parseFields(input: unknown): SeizureFields {
  const parsed = seizureFieldsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AssayError('invalid_input', `The seizure's ${issue.path.join('.') || 'fields'} ${issue.path.length ? 'is not valid' : 'are not valid'}: ${issue.message}.`);
  }
  return parsed.data;
}

function refuseDuplicate(db: Database.Database, f: SeizureFields, exceptId: number | null): void {
  const clash = findSeizureByReference(db, f.reference).find((s) => s.authority === f.authority && s.id !== exceptId);
  if (clash) throw new AssayError('exists', `${f.authority} reference ${f.reference} is already seizure ${clash.id}; open that one instead.`);
}

export function createSeizure(db: Database.Database, input: unknown, who: Who): SeizureDetail {
  const fields = parseFields(input);
  refuseDuplicate(db, fields, null);
  const id = db.transaction(() => {
    const seizureId = insertSeizure(db, fields, who.at);
    appendCustodyEvent(db, { at: who.at, actor: who.actor, action: 'seizure.created', subjectType: 'seizure', subjectId: seizureId, details: { ...fields } });
    return seizureId;
  })();
  return seizureDetail(db, id);
}

export function updateSeizure(db: Database.Database, id: number, input: unknown, who: Who): SeizureDetail {
  const before = requireSeizure(db, id);
  const fields = parseFields(input);
  refuseDuplicate(db, fields, id);
  const changed = (Object.keys(fields) as (keyof SeizureFields)[]).filter((k) => fields[k] !== before[k]);
  if (changed.length === 0) return seizureDetail(db, id);
  db.transaction(() => {
    updateSeizureRow(db, id, fields, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.edited', subjectType: 'seizure', subjectId: id,
      details: { changed, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, fields[k]])) },
    });
  })();
  return seizureDetail(db, id);
}

/** Adds one line typed by a person; its problems are kept with it, and it is matched and checked at once. */
export function addLine(db: Database.Database, seizureId: number, input: SeizedLineInput, who: Who): SeizedLineDetail {
  requireSeizure(db, seizureId);
  const parsed = seizedLineInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AssayError('invalid_input', `The new line's ${issue.path.join('.')} is not valid: ${issue.message}.`);
  }
  const lineId = db.transaction(() => {
    const lineNo = nextLineNo(db, seizureId);
    const line = prepareLine(parsed.data, lineNo, `Line ${lineNo}`, { entered: parsed.data });
    const id = seizedLineInserter(db, normaliseSerial)(seizureId, line);
    // The new line and every line of this seizure that shares a serial with it are checked again.
    const affected = new Set([id, ...linesSharingSerials(db, id)]);
    autoCheckSeizure(db, seizureId, { lineIds: affected });
    touchSeizure(db, seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.line_added', subjectType: 'seized_line', subjectId: id,
      details: { seizureId, lineNo, description: line.description, quantity: line.quantity, serials: line.serials.length, gtins: line.gtins, problems: line.problems },
    });
    return id;
  })();
  return lineDetail(db, lineId);
}
