// The moves a case can make from where it stands, as buttons; resolving asks for the outcome first.
import { useState } from 'react';
import type { CaseRecord } from '../../../electron/api/caseContract';
import { CASE_OUTCOMES, type CaseOutcome } from '../../../electron/api/caseVocabulary';
import type { CaseStatus } from '../../../electron/api/vocabulary';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { caseMoves, caseOutcomeLabel } from './casePresentation';

export function CaseStatusActions({ caseRecord, listings, onMoved }: { caseRecord: CaseRecord; listings: number; onMoved: () => void }) {
  const [resolving, setResolving] = useState(false);
  const [outcome, setOutcome] = useState<CaseOutcome>('taken_down');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const move = (to: CaseStatus, chosen: CaseOutcome | null = null) => {
    setBusy(true);
    setError(null);
    call('cases.move', { caseId: caseRecord.id, to, outcome: chosen }).then(
      () => {
        setBusy(false);
        setResolving(false);
        onMoved();
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <div className="case-actions">
      {resolving ? (
        <>
          <label className="case-actions__outcome">
            <span className="field-label">Outcome</span>
            <select className="select" value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome)}>
              {CASE_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {caseOutcomeLabel(o)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => move('resolved', outcome)}>
            Resolve case
          </button>
          <button type="button" className="button button--quiet" onClick={() => setResolving(false)}>
            Cancel
          </button>
        </>
      ) : (
        caseMoves(caseRecord.status).map((m) => (
          <button
            key={m.to}
            type="button"
            className={`button${m.back ? ' button--quiet' : ' button--primary'}`}
            disabled={busy || ((m.to === 'ready' || m.to === 'submitted') && listings === 0)}
            title={(m.to === 'ready' || m.to === 'submitted') && listings === 0 ? 'Add the listings the case reports first.' : undefined}
            onClick={() => (m.to === 'resolved' ? setResolving(true) : move(m.to))}
          >
            {m.label}
          </button>
        ))
      )}
      {error ? (
        <p className="case-actions__error text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
