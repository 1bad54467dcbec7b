// An import's status as a tinted label: completed, running, failed, cancelled or undone.
// Failures and cancellations stand out; undone reads as history, not as an error.
import type { ImportStatus } from '../../../electron/api/contract';

const LABELS: Record<ImportStatus | 'starting', string> = {
  starting: 'Starting',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  undone: 'Undone',
};

export function importStatusLabel(status: string): string {
  return LABELS[status as ImportStatus] ?? status;
}

export function ImportStatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--import-${status}`}>{importStatusLabel(status)}</span>;
}
