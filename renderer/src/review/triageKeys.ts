// The review queue's keyboard: which key does what, shown on screen from this same table.

export type TriageAction = 'next' | 'previous' | 'infringing' | 'not_infringing' | 'skip' | 'addToCase';

export const TRIAGE_SHORTCUTS: readonly { keys: readonly string[]; action: TriageAction; label: string }[] = [
  { keys: ['j', 'ArrowDown'], action: 'next', label: 'Next' },
  { keys: ['k', 'ArrowUp'], action: 'previous', label: 'Previous' },
  { keys: ['i'], action: 'infringing', label: 'Mark infringing' },
  { keys: ['n'], action: 'not_infringing', label: 'Mark not infringing' },
  { keys: ['s'], action: 'skip', label: 'Skip' },
  { keys: ['c'], action: 'addToCase', label: 'Add to case' },
];

/** The action for a key press, or null (modifier chords and keys typed into fields are left alone). */
export function triageAction(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): TriageAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return TRIAGE_SHORTCUTS.find((s) => s.keys.includes(key))?.action ?? null;
}

/** How a key is written on screen. */
export const keyLabel = (key: string): string => ({ ArrowDown: '↓', ArrowUp: '↑' })[key] ?? key;
