// The Dashboard page on workspaces with little or nothing in them, answered by the real Node handlers over a
// desktop-style bridge: an empty workspace invites the first import instead of drawing empty axes, and a workspace
// that was never scored says so in the risk chart.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { dashboardHandlers } from '../../electron/core/handlers/dashboardHandlers';
import { DashboardPage } from '../../renderer/src/dashboard/DashboardPage';
import { insertListings, listing, newWorkspace } from '../support/tempWorkspace';
import { useMountedRoot } from './support/mountedRoot';

let handlers: Partial<Handlers> = {};
window.assay = {
  call: (op, input) => dispatch(handlers as Handlers, op, input),
  on: () => () => undefined,
  pathForFile: () => '',
};

async function settle(until: () => boolean) {
  for (let i = 0; i < 100 && !until(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

describe('DashboardPage', () => {
  const mounted = useMountedRoot();

  it('invites the first import on an empty workspace, with no chart axes', async () => {
    handlers = dashboardHandlers(newWorkspace());
    act(() => mounted.root.render(<DashboardPage />));
    const empty = () => mounted.container.querySelector('section[aria-label="Nothing to chart yet"]');
    await settle(() => empty() !== null);
    const link = empty()!.querySelector('a');
    expect(link?.textContent).toBe('Import your first file');
    expect(link?.getAttribute('href')).toBe('#/imports');
    expect(mounted.container.querySelectorAll('[data-chart], svg, .recharts-cartesian-axis')).toHaveLength(0);
    expect(mounted.container.textContent).not.toContain('Export PDF report');
  });

  it('says the risk chart waits for scoring when listings were never scored', async () => {
    const ws = newWorkspace();
    insertListings(ws, [listing({ listing_id: 'A1' }), listing({ listing_id: 'A2', marketplace: 'amazon' })]);
    handlers = dashboardHandlers(ws);
    act(() => mounted.root.render(<DashboardPage />));
    const risk = () => mounted.container.querySelector('[data-chart="risk-histogram"]');
    await settle(() => risk()?.getAttribute('data-state') === 'empty');
    expect(risk()!.textContent).toContain('No listing has been scored yet');
    expect(risk()!.querySelector('svg')).toBeNull();
    await settle(() => mounted.container.querySelector('[data-chart="listings-over-time"]')?.getAttribute('data-state') === 'ready');
    expect(mounted.container.querySelector('[data-chart="listings-over-time"]')!.getAttribute('data-state')).toBe('ready');
    expect(mounted.container.querySelector('section[aria-label="Headline figures"]')!.textContent).toContain('Not scored');
  });
});
