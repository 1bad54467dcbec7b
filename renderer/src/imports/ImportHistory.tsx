// Every import into this workspace, newest first, from imports.list: when, which file, what it held, how it
// ended (with the error sentence), its counts and duration; and per import its rejected rows, their CSV,
// and Undo for completed imports.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../../electron/api/contract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { LoadingRows } from '../components/LoadingRows';
import { formatBytes } from '../format/byteSize';
import { formatTimestamp } from '../format/dateFormat';
import { formatDuration } from '../format/durationFormat';
import { formatCount } from '../format/numberFormat';
import { DownloadRejectionsButton } from './DownloadRejectionsButton';
import { ImportStatusBadge } from './ImportStatusBadge';
import { RejectedRows } from './RejectedRows';
import { useRunningImport } from './runningImportStore';
import { UndoImportConfirm } from './UndoImportButton';

const RUNNING_REFRESH_MS = 2000;
const COLUMNS = 11;

type Opened = { importId: number; view: 'rejections' | 'undo' } | null;

export function ImportHistory() {
  const history = useOperation('imports.list', {});
  const historyVersion = useRunningImport((s) => s.historyVersion);
  const replaceSummary = useRunningImport((s) => s.replaceSummary);
  const [opened, setOpened] = useState<Opened>(null);
  const { reload } = history;
  const anyRunning = history.data?.some((i) => i.status === 'running') ?? false;

  // The list loads on mount; after that, each finished or undone import reloads it.
  const versionSeen = useRef(historyVersion);
  useEffect(() => {
    if (historyVersion === versionSeen.current) return;
    versionSeen.current = historyVersion;
    reload();
  }, [historyVersion, reload]);

  // An import started elsewhere (the CLI, another window) shows its progress here too.
  useEffect(() => {
    if (!anyRunning) return;
    const timer = setInterval(reload, RUNNING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [anyRunning, reload]);

  const toggle = (importId: number, view: 'rejections' | 'undo') =>
    setOpened((o) => (o?.importId === importId && o.view === view ? null : { importId, view }));

  const list = history.data ?? [];
  return (
    <section className="card card--flush" aria-labelledby="import-history">
      <div className="card__head card__head--padded">
        <h2 className="card__title" id="import-history">
          Import history
        </h2>
        <span className="muted">{history.data && list.length > 0 ? `${formatCount(list.length)} ${list.length === 1 ? 'import' : 'imports'}, newest first` : ''}</span>
      </div>
      {history.error ? (
        <div className="card__pad">
          <InlineAlert>{history.error}</InlineAlert>
        </div>
      ) : null}
      <div className="table-scroll" hidden={history.data !== undefined && list.length === 0}>
        <table className="data-table data-table--compact history-table">
          <colgroup>
            <col className="history-table__id" />
            <col className="history-table__when" />
            <col />
            <col className="history-table__status" />
            {Array.from({ length: 6 }, (_, i) => (
              <col key={i} className="history-table__figure" />
            ))}
            <col className="history-table__actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                <abbr title="Import number">#</abbr>
              </th>
              <th scope="col">Started</th>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">Read</th>
              <th scope="col" className="numeric">New</th>
              <th scope="col" className="numeric">Updated</th>
              <th scope="col" className="numeric">Unchanged</th>
              <th scope="col" className="numeric">Rejected</th>
              <th scope="col" className="numeric">Duration</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.loading && !history.data ? <LoadingRows columns={COLUMNS} rows={3} /> : null}
            {list.map((item) => (
              <Fragment key={item.id}>
                <HistoryRow item={item} opened={opened} onToggle={toggle} />
                {opened?.importId === item.id ? (
                  <tr className="history-table__detail">
                    <td colSpan={COLUMNS}>
                      {opened.view === 'rejections' ? (
                        <RejectedRows importId={item.id} label={`Rejected rows of import ${item.id}`} />
                      ) : (
                        <UndoImportConfirm
                          summary={item}
                          onKeep={() => setOpened(null)}
                          onUndone={(after) => {
                            setOpened(null);
                            replaceSummary(after);
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {history.data && list.length === 0 ? <p className="muted card__pad">Nothing has been imported into this workspace yet.</p> : null}
    </section>
  );
}

function HistoryRow({ item, opened, onToggle }: { item: ImportSummary; opened: Opened; onToggle: (id: number, view: 'rejections' | 'undo') => void }) {
  const { counts } = item;
  const isOpen = (view: 'rejections' | 'undo') => opened?.importId === item.id && opened.view === view;
  const count = (n: number) => (item.status === 'running' ? '—' : formatCount(n));
  return (
    <tr className={`history-row history-row--${item.status}`}>
      <td className="numeric">{item.id}</td>
      <td>{formatTimestamp(item.startedAt)}</td>
      <td className="history-row__file">
        <span className="mono history-row__name" title={item.filePath}>
          {item.fileName}
        </span>
        <span className="hint">
          {item.kind === 'listings' ? 'Listings' : 'Genuine products'} · {formatBytes(item.size)}
        </span>
        {item.error && item.status !== 'completed' ? <div className={`history-row__error${item.status === 'failed' ? ' text-danger' : ' muted'}`}>{item.error}</div> : null}
      </td>
      <td>
        <ImportStatusBadge status={item.status} />
      </td>
      {/* A running import's counts are written when it ends; its progress shows in the wizard. */}
      <td className="numeric">{count(counts.read)}</td>
      <td className="numeric">{count(counts.new)}</td>
      <td className="numeric">{count(counts.updated)}</td>
      <td className="numeric">{count(counts.unchanged)}</td>
      <td className={`numeric${counts.rejected > 0 ? ' strong' : ''}`}>{count(counts.rejected)}</td>
      <td className="numeric">{formatDuration(item.durationMs)}</td>
      <td>
        <div className="history-row__actions">
          {counts.rejected > 0 ? (
            <>
              <button type="button" className="button button--small" aria-expanded={isOpen('rejections')} onClick={() => onToggle(item.id, 'rejections')}>
                Rejected rows
              </button>
              <DownloadRejectionsButton importId={item.id} small label="CSV" ariaLabel={`Download the rejected rows of import ${item.id} as CSV`} />
            </>
          ) : null}
          {item.status === 'completed' ? (
            <button type="button" className="button button--small" aria-expanded={isOpen('undo')} onClick={() => onToggle(item.id, 'undo')}>
              Undo…
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
