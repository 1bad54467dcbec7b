// When a seizure's answer is due, counted in working days (Monday to Friday): a deadline within two working
// days warns, a passed one is flagged (the seizure stays editable). Pure, so it is tested across weekends.
import type { DeadlineStatus } from '../../api/seizureContract';

/** A deadline this many working days away, or fewer, warns. */
export const WARN_WORKING_DAYS = 2;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
/** 0 Sunday … 6 Saturday, for a day number counted from 1970-01-01 (a Thursday). */
const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;
const isWorkingDay = (n: number): boolean => weekday(n) !== 0 && weekday(n) !== 6;

/** Working days after `from` up to and including `to`; negative (working days since) when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  let count = 0;
  if (b >= a) {
    for (let d = a + 1; d <= b; d += 1) if (isWorkingDay(d)) count += 1;
    return count;
  }
  for (let d = b + 1; d <= a; d += 1) if (isWorkingDay(d)) count -= 1;
  return count;
}

/** Today's date in the person's local calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function deadlineStatus(deadlineOn: string | null, today: string): DeadlineStatus {
  if (deadlineOn === null || Number.isNaN(dayNumber(deadlineOn))) return { state: 'none', workingDaysLeft: null, message: 'No deadline recorded.' };
  const left = workingDaysBetween(today, deadlineOn);
  if (deadlineOn < today) {
    const days = dayNumber(today) - dayNumber(deadlineOn);
    return { state: 'passed', workingDaysLeft: left, message: `The deadline (${deadlineOn}) passed ${days === 1 ? 'yesterday' : `${days} days ago`}; the seizure can still be edited, but ask the authority whether a late answer is accepted.` };
  }
  if (deadlineOn === today) return { state: 'due_soon', workingDaysLeft: 0, message: `The answer is due today (${deadlineOn}).` };
  if (left <= WARN_WORKING_DAYS) {
    return { state: 'due_soon', workingDaysLeft: left, message: `The answer is due ${deadlineOn}: ${left === 0 ? 'no working day' : left === 1 ? 'one working day' : `${left} working days`} left.` };
  }
  return { state: 'ok', workingDaysLeft: left, message: `Due ${deadlineOn}, ${left} working days from today.` };
}
