// Moves a case along draft → in review → ready → submitted → resolved, allowing only the moves in
// CASE_TRANSITIONS; each move is dated in case_transition and recorded in the custody log.
import type Database from 'better-sqlite3';
import { CASE_OUTCOMES, CASE_TRANSITIONS, canMoveCase, type CaseOutcome } from '../../api/caseVocabulary';
import { CASE_STATUSES, type CaseStatus } from '../../api/vocabulary';
import { caseListingIds, insertCaseTransition, setCaseStatus, setListingStatusWhere } from '../db/caseRepository';
import { AssayError } from '../errors';
import { requireCase } from './caseListings';
import { appendCustodyEvent } from './custodyLog';

export interface StatusChange {
  caseId: number;
  to: CaseStatus;
  /** Required when resolving, refused otherwise. */
  outcome?: CaseOutcome | null;
  note?: string;
  actor: string;
  at: string;
}

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

export function isCaseOutcome(value: string): value is CaseOutcome {
  return (CASE_OUTCOMES as readonly string[]).includes(value);
}

export function changeCaseStatus(db: Database.Database, change: StatusChange): { from: CaseStatus; to: CaseStatus; outcome: CaseOutcome | null; transitionId: number } {
  const { caseId, to, actor, at } = change;
  if (!isCaseStatus(to)) throw new AssayError('invalid_input', `"${String(to)}" is not a case status; use one of ${CASE_STATUSES.join(', ')}.`);
  const outcome = change.outcome ?? null;
  if (outcome !== null && !isCaseOutcome(outcome)) throw new AssayError('invalid_input', `"${String(outcome)}" is not a case outcome; use one of ${CASE_OUTCOMES.join(', ')}.`);
  if (to === 'resolved' && outcome === null) throw new AssayError('invalid_input', `Resolving case ${caseId} needs its outcome: one of ${CASE_OUTCOMES.join(', ')}.`);
  if (to !== 'resolved' && outcome !== null) throw new AssayError('invalid_input', `An outcome is recorded only when a case is resolved, not when it moves to ${to}.`);

  return db.transaction(() => {
    const c = requireCase(db, caseId);
    if (c.status === to) throw new AssayError('invalid_input', `Case ${caseId} is already ${to}.`);
    if (!canMoveCase(c.status, to)) {
      const allowed = CASE_TRANSITIONS[c.status];
      throw new AssayError('invalid_input', `Case ${caseId} cannot move from ${c.status} to ${to}; from ${c.status} it can move to ${allowed.join(' or ')}.`);
    }
    const listingIds = caseListingIds(db, caseId);
    if ((to === 'ready' || to === 'submitted') && listingIds.length === 0) {
      throw new AssayError('invalid_input', `Case ${caseId} has no listings; add the listings it reports before marking it ${to}.`);
    }
    setCaseStatus(db, caseId, to, outcome, at);
    const transitionId = insertCaseTransition(db, { caseId, from: c.status, to, outcome, at, actor, note: change.note?.trim() ?? '' });
    // Submitting reports the listings: their own status says so, unless a reviewer already cleared or closed them.
    const reported = to === 'submitted' ? listingIds.filter((id) => setListingStatusWhere(db, id, 'reported', ['new', 'suspect', 'infringing'])) : [];
    appendCustodyEvent(db, {
      at,
      actor,
      action: 'case.status_changed',
      subjectType: 'case',
      subjectId: caseId,
      details: { from: c.status, to, ...(outcome ? { outcome } : {}), ...(change.note?.trim() ? { note: change.note.trim() } : {}), ...(reported.length ? { listingsReported: reported } : {}) },
    });
    return { from: c.status, to, outcome, transitionId };
  })();
}
