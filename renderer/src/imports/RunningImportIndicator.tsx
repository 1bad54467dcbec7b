// The small mark beside Imports in the sidebar: how far a running import has got, from any page, and how
// it ended until the person has looked at the report.
import { percentRead } from './ImportProgress';
import { isActive, useRunningImport } from './runningImportStore';

export function RunningImportIndicator() {
  const run = useRunningImport((s) => s.run);
  if (!run) return null;
  if (isActive(run)) {
    const percent = percentRead(run);
    const text = percent === null ? 'Starting' : `${percent}%`;
    return (
      <span className="sidebar__activity" role="status" aria-label={`Import running: ${percent === null ? 'starting' : `${percent}% read`}`} title={`Importing ${run.fileName}`}>
        <span className="sidebar__spinner" aria-hidden="true" />
        <span aria-hidden="true">{text}</span>
      </span>
    );
  }
  if (run.seen || !run.summary) return null;
  const failed = run.status === 'failed';
  const label = failed ? 'Failed' : run.status === 'cancelled' ? 'Cancelled' : 'Done';
  return (
    <span className={`sidebar__activity sidebar__activity--${failed ? 'failed' : 'done'}`} role="status" aria-label={`Import ${label.toLowerCase()}`} title={`${run.fileName}: import ${run.summary.id}`}>
      {label}
    </span>
  );
}
