// The seizure deadline warning: working days counted Monday to Friday, a warning within two working days,
// a passed deadline flagged (the seizure stays editable), across weekends.
import { describe, expect, it } from 'vitest';
import { deadlineStatus, workingDaysBetween } from '../../electron/core/seizures/deadlineWarning';

// 2026-11-20 is a Friday, 2026-11-23 a Monday.
describe('workingDaysBetween', () => {
  it('skips the weekend between a Friday and the next Monday', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(workingDaysBetween('2026-11-20', '2026-11-21')).toBe(0);
    expect(workingDaysBetween('2026-11-20', '2026-11-22')).toBe(0);
  });

  it('counts a whole week as five working days, and backwards as negative', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-30')).toBe(5);
    expect(workingDaysBetween('2026-11-30', '2026-11-23')).toBe(-5);
  });
});

describe('deadlineStatus', () => {
  it('warns on a Friday for a Monday deadline: one working day left', () => {
    expect(deadlineStatus('2026-11-23', '2026-11-20')).toMatchObject({ state: 'due_soon', workingDaysLeft: 1 });
  });

  it('warns on a Thursday for a Monday deadline (Friday and Monday), not on a Wednesday (three working days)', () => {
    expect(deadlineStatus('2026-11-23', '2026-11-19')).toMatchObject({ state: 'due_soon', workingDaysLeft: 2 });
    expect(deadlineStatus('2026-11-23', '2026-11-18')).toMatchObject({ state: 'ok', workingDaysLeft: 3 });
  });

  it('warns for a deadline on a Saturday seen on the Thursday before', () => {
    expect(deadlineStatus('2026-11-21', '2026-11-19')).toMatchObject({ state: 'due_soon', workingDaysLeft: 1 });
  });

  it('counts a weekend on its own as no working day left, and a deadline today as due today', () => {
    expect(deadlineStatus('2026-11-22', '2026-11-21')).toMatchObject({ state: 'due_soon', workingDaysLeft: 0 });
    expect(deadlineStatus('2026-11-20', '2026-11-20').message).toMatch(/due today/);
  });

  it('flags a passed deadline with a sentence saying the seizure can still be edited', () => {
    const passed = deadlineStatus('2026-11-16', '2026-11-20');
    expect(passed.state).toBe('passed');
    expect(passed.message).toMatch(/passed 4 days ago.*can still be edited/);
    expect(deadlineStatus('2026-11-19', '2026-11-20').message).toMatch(/passed yesterday/);
  });

  it('says when there is no deadline', () => {
    expect(deadlineStatus(null, '2026-11-20')).toMatchObject({ state: 'none', workingDaysLeft: null });
  });
});
