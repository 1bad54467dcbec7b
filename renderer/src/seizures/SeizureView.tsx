// One seizure: its details and deadline, progress, the documents received, the inventory import, the lines with
// their verdicts and alerts, and the report.
import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../api/apiError';
import { useOperation } from '../api/useOperation';
import { Fact } from '../components/Facts';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { formatDay } from '../format/dateFormat';
import { formatCount } from '../format/numberFormat';
import { InventoryImport } from './InventoryImport';
import { SeizureDocuments } from './SeizureDocuments';
import { deadlineBadge, deadlineTone, progressShare, progressText, verdictLabel } from './seizurePresentation';

export function SeizureView(props: { seizureId: number; onBack: () => void; onExamine: (lineId: number) => void }) {
  const seizure = useOperation('seizures.get', { id: props.seizureId });
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<{ busy: boolean; message: string | null; error: string | null }>({ busy: false, message: null, error: null });
  const s = seizure.data;
  const tone = s ? deadlineTone(s.deadline) : null;

  const writeReport = async () => {
    setReport({ busy: true, message: null, error: null });
    try {
      const r = await call('seizures.report', { seizureId: props.seizureId });
      setReport({ busy: false, message: `The report (${r.files.length} files, signed) is in ${r.outDir}.`, error: null });
    } catch (e) {
      setReport({ busy: false, message: null, error: errorMessage(e) });
    }
  };

  return (
    <div className="page page--scroll">
      <PageHeader
        title={s ? `Seizure ${s.reference}` : 'Seizure'}
        subtitle={s ? `${s.authority}${s.office ? ` · ${s.office}` : ''}` : undefined}
        actions={
          <>
            <button type="button" className="button" onClick={props.onBack}>
              All seizures
            </button>
            <button type="button" className="button" disabled={!s || importing} onClick={() => setImporting(true)}>
              Import inventory
            </button>
            <button type="button" className="button button--primary" disabled={!s || report.busy} onClick={() => void writeReport()}>
              {report.busy ? 'Writing the report…' : 'Write the report'}
            </button>
          </>
        }
      />
      <div className="page-pad stack">
        {seizure.error ? <InlineAlert>{seizure.error}</InlineAlert> : null}
        {report.error ? <InlineAlert>{report.error}</InlineAlert> : null}
        {report.message ? <InlineAlert tone="success">{report.message}</InlineAlert> : null}
        {s && tone ? (
          <InlineAlert tone={tone} title={s.deadline.state === 'passed' ? 'The deadline has passed.' : 'The deadline is close.'}>
            {s.deadline.message}
          </InlineAlert>
        ) : null}
        {s ? (
          <>
            <section className="card card__pad">
              <dl className="facts">
                <Fact term="Detained">{formatDay(s.detainedOn)}</Fact>
                <Fact term="Deadline">
                  {formatDay(s.deadlineOn)} <span className={`deadline-badge${tone ? ` deadline-badge--${tone}` : ''}`}>{deadlineBadge(s.deadline)}</span>
                </Fact>
                <Fact term="Transport">{s.transportMode || '—'}</Fact>
                <Fact term="Origin">{s.originCountry || '—'}</Fact>
                <Fact term="Consignor">{s.consignor || '—'}</Fact>
                <Fact term="Consignee">{s.consignee || '—'}</Fact>
                <Fact term="Progress" wide>
                  <progress className="seizure-progress" max={1} value={progressShare(s)} aria-label={progressText(s)} /> {progressText(s)} · {s.verdicts.counterfeit} counterfeit, {s.verdicts.genuine} genuine,{' '}
                  {s.verdicts.inconclusive} inconclusive · {formatCount(s.quantity)} units
                </Fact>
                {s.notes ? <Fact term="Notes" wide>{s.notes}</Fact> : null}
              </dl>
            </section>
            {importing ? <InventoryImport seizureId={s.id} onImported={seizure.reload} onClose={() => setImporting(false)} /> : null}
            {s.flagged > 0 ? (
              <InlineAlert tone="warning" title={`${s.flagged} line${s.flagged === 1 ? ' is' : 's are'} flagged.`}>
                Their problems are shown on each line; they are kept as entered until corrected.
              </InlineAlert>
            ) : null}
            {s.lineRows.length === 0 && !importing ? <p className="muted">No inventory lines yet: use “Import inventory” to read the authority’s sheet.</p> : null}
            <div className="table-wrap">
              <table className="data-table data-table--selectable seizure-lines">
                <caption className="visually-hidden">Inventory lines</caption>
                <thead>
                  <tr>
                    <th className="numeric">Line</th>
                    <th>Claimed</th>
                    <th>Matched product</th>
                    <th className="numeric">Qty</th>
                    <th className="numeric">Serials</th>
                    <th className="numeric">Alerts</th>
                    <th>Verdict</th>
                  </tr>
                </thead>
                <tbody>
                  {s.lineRows.map((l) => (
                    <tr key={l.id} onClick={() => props.onExamine(l.id)} className={l.problems.length ? 'is-flagged' : undefined}>
                      <td className="numeric">{l.lineNo}</td>
                      <td>
                        <button type="button" className="link-button" onClick={() => props.onExamine(l.id)} aria-label={`Examine line ${l.lineNo}`}>
                          {[l.brandClaimed, l.modelClaimed].filter(Boolean).join(' ') || l.description || '—'}
                        </button>
                        {l.problems.map((p) => (
                          <div key={p} className="text-danger line-problem">{p}</div>
                        ))}
                      </td>
                      <td>{l.product ? `${l.product.sku} ${l.product.name}` : <span className="muted">not matched</span>}</td>
                      <td className="numeric">{l.quantity ?? '—'}</td>
                      <td className="numeric">{l.serials}</td>
                      <td className="numeric">{l.alerts > 0 ? <span className="alert-count">{l.alerts}</span> : '0'}</td>
                      <td>
                        <span className={`verdict verdict--${l.verdict ?? 'none'}`}>{verdictLabel(l.verdict)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <SeizureDocuments seizureId={s.id} documents={s.documents} onChanged={seizure.reload} />
          </>
        ) : null}
      </div>
    </div>
  );
}
