// How seizures read on the page: verdict and check labels, the deadline's tone, and progress as a sentence.
import type { CheckResult, DeadlineStatus, SeizureSummary, Verdict } from '../../../electron/api/seizureContract';

export const VERDICT_LABELS: Record<Verdict, string> = { counterfeit: 'Counterfeit', genuine: 'Genuine', inconclusive: 'Inconclusive' };
export const CHECK_LABELS: Record<CheckResult, string> = { pass: 'Pass', fail: 'Fail', not_checked: 'Not checked' };

export const verdictLabel = (v: Verdict | null): string => (v === null ? 'Not examined' : VERDICT_LABELS[v]);

/** The alert tone of a deadline: passed is an error, within two working days a warning, otherwise none. */
export function deadlineTone(d: DeadlineStatus): 'error' | 'warning' | null {
  if (d.state === 'passed') return 'error';
  if (d.state === 'due_soon') return 'warning';
  return null;
}

export function deadlineBadge(d: DeadlineStatus): string {
  switch (d.state) {
    case 'passed':
      return 'Deadline passed';
    case 'due_soon':
      return d.workingDaysLeft === 0 ? 'Due today' : `Due in ${d.workingDaysLeft} working day${d.workingDaysLeft === 1 ? '' : 's'}`;
    case 'ok':
      return `${d.workingDaysLeft} working days left`;
    case 'none':
      return 'No deadline';
  }
}

export function progressText(s: Pick<SeizureSummary, 'examined' | 'lines'>): string {
  if (s.lines === 0) return 'No lines yet';
  return `${s.examined} of ${s.lines} line${s.lines === 1 ? '' : 's'} examined`;
}

export const progressShare = (s: Pick<SeizureSummary, 'examined' | 'lines'>): number => (s.lines === 0 ? 0 : s.examined / s.lines);

/** Seizures soonest deadline first, passed ones included at the top, those without a deadline last. */
export function byDeadline<T extends Pick<SeizureSummary, 'deadlineOn' | 'id'>>(seizures: readonly T[]): T[] {
  return [...seizures].sort((a, b) => (a.deadlineOn === b.deadlineOn ? a.id - b.id : a.deadlineOn === null ? 1 : b.deadlineOn === null ? -1 : a.deadlineOn < b.deadlineOn ? -1 : 1));
}
