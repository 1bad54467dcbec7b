// Step 4: the import running in its worker: how much of the file is read, rows read and rejected, rows per
// second, time elapsed, and Cancel. The person may leave the page; the sidebar keeps showing progress.
import { useEffect, useState } from 'react';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { formatDuration } from '../format/durationFormat';
import { formatCount } from '../format/numberFormat';
import { useRunningImport, type ImportRun } from './runningImportStore';

/** Whole percent of the file read, or null before the first progress event. */
export function percentRead(run: Pick<ImportRun, 'progress'>): number | null {
  const p = run.progress;
  if (!p || p.bytesTotal <= 0) return null;
  return Math.min(100, Math.floor((p.bytesRead / p.bytesTotal) * 100));
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

export function ImportProgress({ run }: { run: ImportRun }) {
  const cancel = useRunningImport((s) => s.cancel);
  const now = useNow(true);
  const p = run.progress;
  const percent = percentRead(run);

  return (
    <div className="wizard-step" aria-label="Import progress">
      <div className="progress-head">
        <span className="strong">
          {run.status === 'starting' ? 'Starting the import of' : 'Importing'} <span className="mono">{run.fileName}</span>
          {run.importId !== null ? <span className="muted"> · import {run.importId}</span> : null}
        </span>
        <span className="progress-head__percent" aria-hidden="true">
          {percent !== null ? `${percent}%` : ''}
        </span>
      </div>
      <progress
        className="progress progress--large"
        max={p && p.bytesTotal > 0 ? p.bytesTotal : undefined}
        value={p && p.bytesTotal > 0 ? p.bytesRead : undefined}
        aria-label="Share of the file read"
        aria-valuetext={percent !== null ? `${percent}% of the file read` : 'Starting'}
      />
      <dl className="run-figures" aria-live="polite">
        <Figure term="Read" value={p ? `${formatBytes(p.bytesRead)} of ${formatBytes(p.bytesTotal)}` : '—'} />
        <Figure term="Rows read" value={p ? formatCount(p.rowsRead) : '—'} />
        <Figure term="Rejected" value={p ? formatCount(p.rejected) : '—'} tone={p && p.rejected > 0 ? 'warning' : undefined} />
        <Figure term="Rows per second" value={p ? formatCount(Math.round(p.rowsPerSecond)) : '—'} />
        <Figure term="Elapsed" value={formatDuration(now - run.startedAt)} />
      </dl>
      {p?.message ? <p className="muted">{p.message}</p> : null}
      {run.error ? <InlineAlert tone="warning">{run.error}</InlineAlert> : null}
      <div className="wizard-footer">
        <span className="wizard-footer__note muted">You can keep working on other pages; the import carries on, and the sidebar shows how far it has got.</span>
        <button type="button" className="button" onClick={() => void cancel()} disabled={run.cancelling || run.importId === null}>
          {run.cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </div>
  );
}

export function Figure(props: { term: string; value: string; tone?: 'warning' | 'success' | 'danger' }) {
  return (
    <div className={`run-figure${props.tone ? ` run-figure--${props.tone}` : ''}`}>
      <dt>{props.term}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}
