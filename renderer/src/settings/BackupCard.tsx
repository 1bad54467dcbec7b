// Settings → Backup: the automatic schedule (how often, how many kept, where), "Back up now", the backups made
// so far with a check of each, and restoring one (or one from elsewhere) in a single confirmed action that
// checks everything first. Every backup is verified before it gets its name.
import { useEffect, useState } from 'react';
import type { BackupRestored, BackupStatus } from '../../../electron/api/backupContract';
import type { Events } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call, onEvent } from '../api/client';
import { useOperation } from '../api/useOperation';
import { CopyButton } from '../components/CopyButton';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { formatTimestamp } from '../format/dateFormat';
import { formatCount } from '../format/numberFormat';

type Outcome = { tone: 'success' | 'error'; text: string } | null;

export function BackupCard() {
  const loaded = useOperation('backup.status', {});
  const [saved, setSaved] = useState<BackupStatus | null>(null);
  const status = saved ?? loaded.data;
  const [draft, setDraft] = useState<{ enabled: boolean; intervalHours: string; keep: string } | null>(null);
  const [busy, setBusy] = useState<'backup' | 'save' | string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [restoring, setRestoring] = useState<{ file: string; name: string } | null>(null);
  const [otherFile, setOtherFile] = useState('');

  const form = draft ?? (status ? { enabled: status.schedule.enabled, intervalHours: String(status.schedule.intervalHours), keep: String(status.schedule.keep) } : null);

  const run = (what: string, work: () => Promise<Outcome>) => {
    setBusy(what);
    setOutcome(null);
    work().then(
      (result) => {
        setBusy(null);
        setOutcome(result);
      },
      (e: unknown) => {
        setBusy(null);
        setOutcome({ tone: 'error', text: errorMessage(e) });
      },
    );
  };

  const backUpNow = () =>
    run('backup', async () => {
      const made = await call('backup.now', {});
      setSaved(await call('backup.status', {}));
      return { tone: 'success', text: `Backed up and verified ${formatCount(made.evidenceFiles)} evidence files and ${formatCount(made.custodyEvents)} custody events (${formatBytes(made.bytes)}, ${made.seconds.toFixed(1)} s).` };
    });

  const saveSchedule = () => {
    if (!form || !status) return;
    const intervalHours = Number(form.intervalHours);
    const keep = Number(form.keep);
    if (!Number.isFinite(intervalHours) || intervalHours < 1 || intervalHours > 720) return setOutcome({ tone: 'error', text: 'Back up every: give a number of hours from 1 to 720.' });
    if (!Number.isInteger(keep) || keep < 1 || keep > 365) return setOutcome({ tone: 'error', text: 'Keep: give a whole number of backups from 1 to 365.' });
    run('save', async () => {
      setSaved(await call('backup.saveSchedule', { enabled: form.enabled, intervalHours, keep, folder: status.schedule.folder }));
      setDraft(null);
      return { tone: 'success', text: 'Saved the backup schedule.' };
    });
  };

  const verify = (file: string, name: string) =>
    run(file, async () => {
      const check = await call('backup.verify', { file });
      return { tone: 'success', text: `${name} is intact: the database and ${formatCount(check.evidenceFiles)} evidence files match their SHA-256.` };
    });

  return (
    <section className="card" aria-labelledby="backups">
      <div className="card__head">
        <div>
          <h2 className="card__title" id="backups">
            Backup
          </h2>
          <p className="muted card__lead">A backup holds the database, taken with SQLite’s online backup while you work, and every evidence file, each re-hashed before the backup is kept.</p>
        </div>
        <button type="button" className="button button--primary" onClick={backUpNow} disabled={busy !== null || !status}>
          {busy === 'backup' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      {loaded.error ? <InlineAlert>{loaded.error}</InlineAlert> : null}
      {form && status ? (
        <form
          className="backup-schedule"
          aria-label="Automatic backups"
          onSubmit={(e) => {
            e.preventDefault();
            saveSchedule();
          }}
        >
          <label className="check-line">
            <input type="checkbox" checked={form.enabled} onChange={(e) => setDraft({ ...form, enabled: e.target.checked })} />
            Back up automatically
          </label>
          <label className="form-field">
            <span className="field-label">Every (hours)</span>
            <input className="input" inputMode="decimal" value={form.intervalHours} onChange={(e) => setDraft({ ...form, intervalHours: e.target.value })} />
          </label>
          <label className="form-field">
            <span className="field-label">Keep the newest</span>
            <input className="input" inputMode="numeric" value={form.keep} onChange={(e) => setDraft({ ...form, keep: e.target.value })} />
          </label>
          <button type="submit" className="button" disabled={draft === null || busy !== null}>
            {busy === 'save' ? 'Saving…' : 'Save schedule'}
          </button>
        </form>
      ) : null}
      {status ? (
        <>
          <p className="muted">
            Automatic backups go to <code>{status.folder}</code>. Last backup: {status.lastBackupAt ? formatTimestamp(status.lastBackupAt) : 'none yet'}.
          </p>
          {status.backups.length === 0 ? (
            <p className="muted">No backups in that folder yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table--compact">
                <thead>
                  <tr>
                    <th scope="col">Backup</th>
                    <th scope="col">Made</th>
                    <th scope="col" className="numeric">
                      Size
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {status.backups.map((b) => (
                    <tr key={b.file}>
                      <td className="mono">
                        <span className="copyable">
                          <span className="copyable__text">{b.name}</span>
                          <CopyButton text={b.file} label={`Copy the path of ${b.name}`} />
                        </span>
                      </td>
                      <td>{formatTimestamp(b.createdAt)}</td>
                      <td className="numeric">{formatBytes(b.bytes)}</td>
                      <td>
                        <span className="confirm-box__actions">
                          <button type="button" className="button button--small" onClick={() => verify(b.file, b.name)} disabled={busy !== null || restoring !== null}>
                            {busy === b.file ? 'Checking…' : 'Check'}
                          </button>
                          <button type="button" className="button button--small" aria-label={`Restore ${b.name}…`} onClick={() => setRestoring({ file: b.file, name: b.name })} disabled={busy !== null || restoring !== null}>
                            Restore…
                          </button>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form
            className="backup-schedule"
            aria-label="Restore a backup from elsewhere"
            onSubmit={(e) => {
              e.preventDefault();
              const file = otherFile.trim();
              if (!file) return setOutcome({ tone: 'error', text: 'Backup file: give the full path of the backup to restore.' });
              setRestoring({ file, name: file });
            }}
          >
            <label className="form-field">
              <span className="field-label">A backup elsewhere (full path)</span>
              <input className="input mono" value={otherFile} placeholder="/path/to/assay-backup-….zip" onChange={(e) => setOtherFile(e.target.value)} />
            </label>
            <button type="submit" className="button" disabled={busy !== null || restoring !== null}>
              Restore…
            </button>
          </form>
          {restoring ? <RestoreConfirm file={restoring.file} name={restoring.name} onClose={() => setRestoring(null)} /> : null}
          {status.lastRestore && !restoring ? <InlineAlert tone="success">{restoredSentence(status.lastRestore)}</InlineAlert> : null}
        </>
      ) : null}
      {outcome ? (
        <InlineAlert tone={outcome.tone}>{outcome.text}</InlineAlert>
      ) : null}
    </section>
  );
}

/** What a finished restore did, in one paragraph. */
export function restoredSentence(r: BackupRestored): string {
  const kept = r.previousKeptAt ? ` The workspace it replaced is kept in ${r.previousKeptAt}.` : '';
  return `Restored ${r.file} (made ${formatTimestamp(r.backupCreatedAt)}) at ${formatTimestamp(r.restoredAt)}: the database, ${formatCount(r.evidenceFiles)} evidence files and ${formatCount(r.custodyEvents)} custody events, all checked before anything was replaced.${kept}`;
}

/** The confirmation of a restore, then its progress while the backup is checked, then why it failed if it did. */
function RestoreConfirm(props: { file: string; name: string; onClose: () => void }) {
  const [working, setWorking] = useState(false);
  const [progress, setProgress] = useState<Events['job.progress'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<BackupRestored | null>(null);

  useEffect(() => onEvent('job.progress', (p) => p.job === 'backup.restore' && setProgress(p)), []);

  const restore = () => {
    setWorking(true);
    setError(null);
    setProgress(null);
    // On success the Node side announces workspace.replaced and the app reloads onto the restored workspace.
    call('backup.restore', { file: props.file }).then(
      (restored) => {
        setWorking(false);
        setDone(restored);
      },
      (e: unknown) => {
        setWorking(false);
        setError(errorMessage(e));
      },
    );
  };

  if (done) return <InlineAlert tone="success">{restoredSentence(done)}</InlineAlert>;
  return (
    <div className="confirm-box" role="group" aria-label={`Restore ${props.name}`}>
      <p>
        <strong>Restore {props.name}?</strong> Everything in it is checked first — every file against its SHA-256, the database with SQLite’s integrity check, the custody chain, and each evidence file it names — while you keep working. Only then is this workspace closed and replaced by the backup. The current workspace is not deleted: it is kept beside it in a folder named <code>.assay-before-restore-…</code>. Work done since the backup was made will not be in the restored workspace.
      </p>
      {working ? (
        <p className="muted" role="status">
          {progress ? `${progress.phase}: ${formatCount(progress.done)} of ${formatCount(progress.total)}…` : 'Checking the backup…'}
        </p>
      ) : null}
      {error ? <InlineAlert title="Nothing was restored; the workspace is as it was.">{error}</InlineAlert> : null}
      <div className="confirm-box__actions">
        <button type="button" className="button button--danger" onClick={restore} disabled={working}>
          {working ? 'Checking and restoring…' : `Check and restore ${props.name}`}
        </button>
        <button type="button" className="button" onClick={props.onClose} disabled={working}>
          {error ? 'Close' : 'Keep the current workspace'}
        </button>
      </div>
    </div>
  );
}
