// The examination screen's keyboard: one key per action, so an examiner at a warehouse table can work through a
// line without the mouse. Pure: a key press in, an action out (or null for keys the screen leaves alone).
import type { CheckResult, Verdict } from '../../../electron/api/seizureContract';

export type ExaminationAction =
  | { type: 'mark'; result: CheckResult }
  | { type: 'verdict'; verdict: Verdict }
  | { type: 'feature'; step: 1 | -1 }
  | { type: 'line'; step: 1 | -1 }
  | { type: 'close' };

/** The keys, as the screen's legend shows them. */
export const EXAMINATION_KEYS: readonly { keys: string; action: string }[] = [
  { keys: '↑ ↓', action: 'choose a feature' },
  { keys: 'P', action: 'pass' },
  { keys: 'F', action: 'fail' },
  { keys: 'N', action: 'not checked' },
  { keys: 'C', action: 'counterfeit' },
  { keys: 'G', action: 'genuine' },
  { keys: 'I', action: 'inconclusive' },
  { keys: '← →', action: 'previous / next line' },
  { keys: 'Esc', action: 'back to the seizure' },
];

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Typing in a text field never triggers an action. */
  inTextField?: boolean;
}

export function examinationAction(press: KeyPress): ExaminationAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.inTextField) return press.key === 'Escape' ? { type: 'close' } : null;
  switch (press.key) {
    case 'p':
    case 'P':
      return { type: 'mark', result: 'pass' };
    case 'f':
    case 'F':
      return { type: 'mark', result: 'fail' };
    case 'n':
    case 'N':
      return { type: 'mark', result: 'not_checked' };
    case 'c':
    case 'C':
      return { type: 'verdict', verdict: 'counterfeit' };
    case 'g':
    case 'G':
      return { type: 'verdict', verdict: 'genuine' };
    case 'i':
    case 'I':
      return { type: 'verdict', verdict: 'inconclusive' };
    case 'ArrowDown':
    case 'j':
      return { type: 'feature', step: 1 };
    case 'ArrowUp':
    case 'k':
      return { type: 'feature', step: -1 };
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'line', step: 1 };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'line', step: -1 };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}
