// A case's history: its dated status transitions, then every custody event of the case, its evidence and its
// test buys, with who did it and the start of the event's hash (the chain `assay verify` walks).
import type { CaseTransitionRecord, CustodyEventView } from '../../../electron/api/caseContract';
import { formatTimestamp } from '../format/dateFormat';
import { caseStatusLabel } from '../format/statusLabels';
import { caseOutcomeLabel, describeCustodyEvent } from './casePresentation';

export function CaseHistorySection({ transitions, history }: { transitions: CaseTransitionRecord[]; history: CustodyEventView[] }) {
  return (
    <section className="card" aria-labelledby="case-history">
      <h2 className="card__title" id="case-history">
        History
      </h2>
      <div className="case-history">
        <div>
          <h3 className="field-label">Status</h3>
          {transitions.length ? (
            <ol className="timeline">
              {transitions.map((t) => (
                <li key={t.id}>
                  <span className="timeline__when">{formatTimestamp(t.at)}</span>
                  <span>
                    {t.from ? `${caseStatusLabel(t.from)} → ` : 'Opened as '}
                    <strong>{caseStatusLabel(t.to)}</strong>
                    {t.outcome ? ` (${caseOutcomeLabel(t.outcome)})` : ''}
                  </span>
                  <span className="hint">{t.actor}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="hint">No transitions recorded (cases written before transitions were dated show their changes in the custody log).</p>
          )}
        </div>
        <div>
          <h3 className="field-label">Custody log</h3>
          <ol className="timeline">
            {history.map((e) => (
              <li key={e.seq}>
                <span className="timeline__when">{formatTimestamp(e.at)}</span>
                <span>{describeCustodyEvent(e.action, e.details)}</span>
                <span className="hint">
                  {e.actor} · #{e.seq} · <code className="mono">{e.hash.slice(0, 12)}</code>
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
