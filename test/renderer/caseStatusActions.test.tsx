// The case view's status buttons against a stand-in for the desktop bridge: resolving asks for the outcome and
// sends it, and a refusal from the Node side is shown as its sentence.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../electron/api/caseContract';
import type { AssayBridge } from '../../electron/api/bridge';
import { CaseStatusActions } from '../../renderer/src/cases/CaseStatusActions';
import { useMountedRoot } from './support/mountedRoot';

const record = (status: CaseRecord['status']): CaseRecord => ({
  id: 7,
  brandId: 1,
  brandName: 'Corvanne',
  name: 'Watch copies',
  status,
  outcome: null,
  notes: '',
  marketplaces: ['ebay'],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  statusAt: null,
});

const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const button = (container: HTMLElement, name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('CaseStatusActions', () => {
  const mounted = useMountedRoot();
  const bridge = { call: vi.fn<AssayBridge['call']>(), on: vi.fn(() => () => {}), pathForFile: vi.fn(() => '') };
  beforeEach(() => {
    (window as unknown as { assay: AssayBridge }).assay = bridge;
    bridge.call.mockReset();
  });
  afterEach(() => {
    delete (window as unknown as { assay?: AssayBridge }).assay;
  });

  it('asks for the outcome before resolving a submitted case, and sends the move with it', async () => {
    bridge.call.mockResolvedValue({ ok: true, value: record('resolved') });
    const onMoved = vi.fn();
    act(() => mounted.root.render(<CaseStatusActions caseRecord={record('submitted')} listings={3} onMoved={onMoved} />));
    expect([...mounted.container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Resolve…']);
    act(() => button(mounted.container, 'Resolve…').click());
    const select = mounted.container.querySelector('select')!;
    act(() => {
      select.value = 'rejected';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button(mounted.container, 'Resolve case').click());
    await flush();
    expect(bridge.call).toHaveBeenCalledWith('cases.move', { caseId: 7, to: 'resolved', outcome: 'rejected' });
    expect(onMoved).toHaveBeenCalledTimes(1);
  });

  it('disables marking a case ready while it has no listings', () => {
    act(() => mounted.root.render(<CaseStatusActions caseRecord={record('in_review')} listings={0} onMoved={() => {}} />));
    expect(button(mounted.container, 'Mark ready').disabled).toBe(true);
    expect(button(mounted.container, 'Back to draft').disabled).toBe(false);
  });

  it('shows the Node side’s refusal as its sentence', async () => {
    bridge.call.mockResolvedValue({ ok: false, error: { code: 'invalid_input', message: 'Case 7 has no listings; add the listings it reports before marking it ready.' } });
    act(() => mounted.root.render(<CaseStatusActions caseRecord={record('in_review')} listings={2} onMoved={() => {}} />));
    act(() => button(mounted.container, 'Mark ready').click());
    await flush();
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toBe('Case 7 has no listings; add the listings it reports before marking it ready.');
  });
});
