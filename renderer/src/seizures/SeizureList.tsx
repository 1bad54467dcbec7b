// The seizures, soonest deadline first, each with its deadline warning and examination progress, and the form
// that records a new one.
import { useState } from 'react';
import { useOperation } from '../api/useOperation';
import { EmptyState } from '../components/EmptyState';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { formatDay } from '../format/dateFormat';
import { formatCount } from '../format/numberFormat';
import { NewSeizureForm } from './NewSeizureForm';
import { byDeadline, deadlineBadge, deadlineTone, progressShare, progressText } from './seizurePresentation';

export function SeizureList(props: { onOpen: (id: number) => void }) {
  const seizures = useOperation('seizures.list', {});
  const all = byDeadline(seizures.data ?? []);
  const urgent = all.filter((s) => s.deadline.state === 'due_soon');
  const [creating, setCreating] = useState(false);
  return (
    <div className="page page--scroll">
      <PageHeader
        title="Seizures"
        subtitle="Customs detentions to answer, soonest deadline first. Open one to examine its lines against the genuine specifications."
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} disabled={creating}>
            New seizure
          </button>
        }
      />
      <div className="page-pad stack">
        {creating ? <NewSeizureForm onCreated={props.onOpen} onCancel={() => setCreating(false)} /> : null}
        {seizures.error ? <InlineAlert>{seizures.error}</InlineAlert> : null}
        {urgent.length > 0 ? (
          <InlineAlert tone="warning" title={`${urgent.length} seizure${urgent.length === 1 ? ' is' : 's are'} due within two working days.`}>
            {urgent.map((s) => `${s.reference}: ${s.deadline.message}`).join(' ')}
          </InlineAlert>
        ) : null}
        {seizures.data && all.length === 0 ? (
          <EmptyState title="No seizures yet">
            <p>Record one with “New seizure”, then import its inventory; or run “assay seizure import FILE --db PATH --reference REF --authority NAME”.</p>
          </EmptyState>
        ) : null}
        {all.length > 0 ? (
          <div className="table-wrap">
            <table className="data-table data-table--selectable seizure-table">
              <thead>
                <tr>
                  <th>Reference</th>
                  <th>Authority</th>
                  <th>Detained</th>
                  <th>Deadline</th>
                  <th>Progress</th>
                  <th className="numeric">Units</th>
                </tr>
              </thead>
              <tbody>
                {all.map((s) => {
                  const tone = deadlineTone(s.deadline);
                  return (
                    <tr key={s.id} onClick={() => props.onOpen(s.id)}>
                      <td>
                        <button type="button" className="link-button strong" onClick={() => props.onOpen(s.id)}>
                          {s.reference}
                        </button>
                      </td>
                      <td>{s.authority}{s.office ? <span className="muted"> · {s.office}</span> : null}</td>
                      <td className="nowrap">{formatDay(s.detainedOn)}</td>
                      <td className="nowrap">
                        {formatDay(s.deadlineOn)} <span className={`deadline-badge${tone ? ` deadline-badge--${tone}` : ''}`} title={s.deadline.message}>{deadlineBadge(s.deadline)}</span>
                      </td>
                      <td>
                        <progress className="seizure-progress" max={1} value={progressShare(s)} aria-label={progressText(s)} /> <span className="muted">{progressText(s)}</span>
                      </td>
                      <td className="numeric">{formatCount(s.quantity)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </div>
  );
}
