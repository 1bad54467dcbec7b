// The examination screen as an examiner uses it: keys mark the chosen feature and move on, a verdict needs a name,
// arrows go to the next line; and the keyboard map and deadline wording on their own.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeizedLineDetail } from '../../electron/api/seizureContract';
import { ExaminationScreen } from '../../renderer/src/seizures/ExaminationScreen';
import { examinationAction } from '../../renderer/src/seizures/examinationKeys';
import { byDeadline, deadlineBadge, deadlineTone, progressText } from '../../renderer/src/seizures/seizurePresentation';
import { useMountedRoot } from './support/mountedRoot';

describe('the examination keys', () => {
  it('maps P/F/N to marks, C/G/I to verdicts, arrows to features and lines, and ignores typing in a field', () => {
    expect(examinationAction({ key: 'f' })).toEqual({ type: 'mark', result: 'fail' });
    expect(examinationAction({ key: 'N' })).toEqual({ type: 'mark', result: 'not_checked' });
    expect(examinationAction({ key: 'g' })).toEqual({ type: 'verdict', verdict: 'genuine' });
    expect(examinationAction({ key: 'ArrowDown' })).toEqual({ type: 'feature', step: 1 });
    expect(examinationAction({ key: 'ArrowRight' })).toEqual({ type: 'line', step: 1 });
    expect(examinationAction({ key: 'c', inTextField: true })).toBeNull();
    expect(examinationAction({ key: 'c', ctrlKey: true })).toBeNull();
    expect(examinationAction({ key: 'Escape', inTextField: true })).toEqual({ type: 'close' });
  });
});

describe('seizure presentation', () => {
  it('words the deadline and orders seizures soonest first, those without a deadline last', () => {
    expect(deadlineBadge({ state: 'due_soon', workingDaysLeft: 1, message: '' })).toBe('Due in 1 working day');
    expect(deadlineBadge({ state: 'due_soon', workingDaysLeft: 0, message: '' })).toBe('Due today');
    expect(deadlineTone({ state: 'passed', workingDaysLeft: -3, message: '' })).toBe('error');
    expect(deadlineTone({ state: 'ok', workingDaysLeft: 8, message: '' })).toBeNull();
    expect(byDeadline([{ id: 1, deadlineOn: null }, { id: 2, deadlineOn: '2026-12-01' }, { id: 3, deadlineOn: '2026-11-01' }]).map((s) => s.id)).toEqual([3, 2, 1]);
    expect(progressText({ examined: 3, lines: 40 })).toBe('3 of 40 lines examined');
  });
});

function lineDetail(overrides: Partial<SeizedLineDetail> = {}): SeizedLineDetail {
  return {
    id: 7, seizureId: 1, lineNo: 3, description: 'Handbags', brandClaimed: 'Corvanne', modelClaimed: 'Aurelle Tote 34', quantity: 12, declaredValue: 480, currency: 'EUR', markings: '',
    product: { id: 1, sku: 'CV-BG-1001', name: 'Aurelle Tote 34' }, matchScore: 1, matchMethod: 'gtin', verdict: null, examiner: null, reasons: '', examinedAt: null,
    serials: 2, photos: 0, problems: [], alerts: 1, weightG: null, lengthMm: null, widthMm: null, heightMm: null,
    serialNumbers: ['CV21AB0001', 'CV123'], gtins: ['7640175001009'], photoIds: [],
    checks: [
      { id: 70, position: 0, feature: 'Heat-stamped logotype', kind: 'font', result: 'not_checked', note: '', evidenceId: null },
      { id: 71, position: 1, feature: 'Saddle stitching', kind: 'stitching', result: 'not_checked', note: '', evidenceId: null },
    ],
    findings: [{ check: 'serial_off_pattern', severity: 'high', expected: null, observed: 'CV123', message: "1 of the line's 2 serial numbers does not follow the format." }],
    previousLineId: 6, nextLineId: 8,
    ...overrides,
  };
}

/** A fake of the desktop bridge that answers the line operations from one line held in memory (and the catalogue with
 * one product), and logs the calls. */
const calls: { op: string; input: Record<string, unknown> }[] = [];
let current = lineDetail();
beforeAll(() => {
  window.assay = {
    call: async (op, input) => {
      const args = input as Record<string, unknown>;
      calls.push({ op, input: args });
      if (op === 'products.list') return { ok: true, value: [{ id: 3, sku: 'CV-BG-1001', name: 'Aurelle Tote 34' }] };
      if (op === 'seizures.setCheck') current = { ...current, checks: current.checks.map((c) => (c.id === args.checkId ? { ...c, result: args.result as 'pass' } : c)) };
      if (op === 'seizures.setVerdict') current = { ...current, verdict: args.verdict as 'counterfeit', examiner: args.examiner as string, reasons: 'Failed: Heat-stamped logotype.' };
      return { ok: true, value: current };
    },
    on: () => () => undefined,
    pathForFile: () => '',
  };
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const press = async (key: string) => {
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  await settle();
};

describe('ExaminationScreen', () => {
  const mounted = useMountedRoot();

  it('marks the chosen feature by key, moves to the next, refuses a verdict without a name, then gives it', async () => {
    window.localStorage.removeItem('assay.examiner');
    const lines: number[] = [];
    act(() => mounted.root.render(<ExaminationScreen lineId={7} onLine={(id) => lines.push(id)} onClose={() => undefined} />));
    await settle();
    const text = () => mounted.container.textContent ?? '';
    expect(text()).toMatch(/Line 3/);
    expect(text()).toMatch(/does not follow the format/);

    await press('f');
    expect(calls.at(-1)).toEqual({ op: 'seizures.setCheck', input: { checkId: 70, result: 'fail' } });
    const options = () => [...mounted.container.querySelectorAll('[role="option"]')];
    expect(options()[0]!.className).toMatch(/checklist__item--fail/);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');

    await press('p');
    expect(calls.at(-1)).toEqual({ op: 'seizures.setCheck', input: { checkId: 71, result: 'pass' } });

    const before = calls.length;
    await press('c');
    expect(calls.length).toBe(before);
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toMatch(/Type your name in “Examiner” before giving a verdict/);

    const name = mounted.container.querySelector<HTMLInputElement>('#examiner-name')!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(name, 'Inès Fauvel');
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press('c');
    expect(calls.at(-1)).toEqual({ op: 'seizures.setVerdict', input: { lineId: 7, verdict: 'counterfeit', examiner: 'Inès Fauvel', reasons: '' } });
    expect(text()).toMatch(/Verdict: Counterfeit/);
    expect(window.localStorage.getItem('assay.examiner')).toBe('Inès Fauvel');

    await press('ArrowRight');
    await press('ArrowLeft');
    expect(lines).toEqual([8, 6]);
  });
});
