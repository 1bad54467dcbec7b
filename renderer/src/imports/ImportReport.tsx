// Step 5: how the import ended: counts of rows read, new, updated, unchanged and rejected, its duration, the
// rejected rows page by page, the CSV of them, and Undo. Failed and cancelled imports say why.
import type { ImportSummary } from '../../../electron/api/contract';
import { InlineAlert } from '../components/InlineAlert';
import { formatDuration } from '../format/durationFormat';
import { formatCount } from '../format/numberFormat';
import { routeHref } from '../routing/hashRoute';
import { DownloadRejectionsButton } from './DownloadRejectionsButton';
import { Figure } from './ImportProgress';
import { RejectedRows } from './RejectedRows';
import { UndoImportButton } from './UndoImportButton';

interface Props {
  summary: ImportSummary;
  /** Rows read before a failed or cancelled import stopped, from its last progress event, when this window saw it. */
  rowsReadBeforeStop?: number;
  onUndone: (summary: ImportSummary) => void;
  onAnother: () => void;
}

export function ImportReport({ summary, rowsReadBeforeStop, onUndone, onAnother }: Props) {
  const { counts } = summary;
  return (
    <div className="wizard-step" aria-label="Import report">
      <ReportHeadline summary={summary} />
      <ReportFigures summary={summary} rowsReadBeforeStop={rowsReadBeforeStop} />

      {counts.rejected > 0 ? (
        <section className="report-section" aria-labelledby={`rejected-${summary.id}`}>
          <div className="report-section__head">
            <h3 className="section-label" id={`rejected-${summary.id}`}>
              Rejected rows
            </h3>
            <DownloadRejectionsButton importId={summary.id} small />
          </div>
          <RejectedRows importId={summary.id} label="Rejected rows" />
        </section>
      ) : null}

      <div className="wizard-footer">
        {summary.status === 'completed' ? <UndoImportButton summary={summary} onUndone={onUndone} /> : null}
        <span className="wizard-footer__note">
          {summary.status === 'completed' && counts.new + counts.updated > 0 ? (
            <a href={routeHref(summary.kind === 'listings' ? 'listings' : 'products')}>See the {summary.kind === 'listings' ? 'listings' : 'products'} ›</a>
          ) : null}
        </span>
        <button type="button" className="button button--primary" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </div>
  );
}

/** A failed or cancelled import kept nothing, so its counts would all read 0: say what is known instead. */
function ReportFigures({ summary, rowsReadBeforeStop }: { summary: ImportSummary; rowsReadBeforeStop?: number }) {
  const { counts } = summary;
  if (summary.status === 'failed' || summary.status === 'cancelled') {
    return (
      <dl className="run-figures">
        <Figure term="Rows read before it stopped" value={rowsReadBeforeStop === undefined ? '—' : formatCount(rowsReadBeforeStop)} />
        <Figure term="Rows kept" value="0" />
        <Figure term="Duration" value={formatDuration(summary.durationMs)} />
      </dl>
    );
  }
  return (
    <dl className="run-figures">
      <Figure term="Rows read" value={formatCount(counts.read)} />
      <Figure term="New" value={formatCount(counts.new)} tone={counts.new > 0 ? 'success' : undefined} />
      <Figure term="Updated" value={formatCount(counts.updated)} />
      <Figure term="Unchanged" value={formatCount(counts.unchanged)} />
      <Figure term="Rejected" value={formatCount(counts.rejected)} tone={counts.rejected > 0 ? 'warning' : undefined} />
      <Figure term="Duration" value={formatDuration(summary.durationMs)} />
    </dl>
  );
}

function ReportHeadline({ summary }: { summary: ImportSummary }) {
  switch (summary.status) {
    case 'completed':
      return (
        <InlineAlert tone="success" title={`Import ${summary.id} completed.`}>
          <span className="mono">{summary.fileName}</span> was read to the end{summary.counts.rejected > 0 ? '; the rejected rows are kept below with their reasons.' : ' with no row rejected.'}
        </InlineAlert>
      );
    case 'failed':
      return (
        <InlineAlert title={`Import ${summary.id} failed.`}>
          {summary.error ?? 'The import stopped before it finished.'} Nothing from it was kept: the workspace is as it was before.
        </InlineAlert>
      );
    case 'cancelled':
      return (
        <InlineAlert tone="warning" title={`Import ${summary.id} was cancelled.`}>
          {summary.error ?? 'It was stopped before the end of the file.'} Nothing from it was kept: the workspace is as it was before.
        </InlineAlert>
      );
    case 'undone':
      return (
        <InlineAlert tone="info" title={`Import ${summary.id} was undone.`}>
          What it added was removed and what it updated has its earlier values back.
        </InlineAlert>
      );
    case 'running':
      return <InlineAlert tone="info">Import {summary.id} is still running.</InlineAlert>;
  }
}
