// Keyboard triage in the review queue, against a real scored demo workspace: the component talks to the real
// handlers through the desktop bridge, so each key press below changes a real SQLite file.
import path from 'node:path';
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { catalogHandlers } from '../../electron/core/handlers/catalogHandlers';
import { reviewHandlers } from '../../electron/core/handlers/reviewHandlers';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { ReviewQueue } from '../../renderer/src/review/ReviewQueue';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';
import { useMountedRoot } from './support/mountedRoot';

const filter = { query: '', marketplaces: [], statuses: [] };

describe('the review queue’s keyboard triage', () => {
  const mounted = useMountedRoot();
  let ws: Workspace;

  beforeAll(() => {
    const file = path.join(tempDir(), 'queue.db');
    expect(runAssay(['demo', '--db', file, '--listings', '80', '--seed', '4']).code).toBe(0);
    expect(runAssay(['score', '--db', file]).code).toBe(0);
    ws = openWorkspace(file);
    const handlers = { ...catalogHandlers(ws, { emit: () => undefined }), ...reviewHandlers(ws) } as unknown as Handlers;
    window.assay = { call: (op, input) => dispatch(handlers, op, input), on: () => () => undefined, pathForFile: () => '' };
  });
  afterAll(() => ws?.close());

  const queue = () => mounted.container.querySelector<HTMLElement>('[role="region"][aria-label="Review queue"]')!;
  const currentTitle = () => mounted.container.querySelector('.review-current .detail-head__title')?.textContent ?? null;
  const statusOf = (title: string) => (ws.db.prepare('SELECT status FROM listing WHERE title = ? ORDER BY risk_score DESC LIMIT 1').get(title) as { status: string }).status;
  const press = async (key: string) => {
    await act(async () => {
      queue().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 30));
    });
  };
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(check()).toBe(true);
  };

  it('shows the riskiest undecided listing first, with every shortcut on screen, and takes the focus', async () => {
    act(() => mounted.root.render(<ReviewQueue filter={filter} onExit={() => undefined} />));
    await until(() => currentTitle() !== null);
    const riskiest = ws.db.prepare("SELECT title FROM listing WHERE status IN ('new', 'suspect') ORDER BY risk_score DESC, id DESC LIMIT 1").get() as { title: string };
    expect(currentTitle()).toBe(riskiest.title);
    const shortcuts = mounted.container.querySelector('[aria-label="Keyboard shortcuts"]')!.textContent;
    for (const label of ['Next', 'Previous', 'Mark infringing', 'Mark not infringing', 'Skip', 'Add to case']) expect(shortcuts).toContain(label);
    expect(document.activeElement).toBe(queue());
  });

  it('moves with j and k, marks with i and n, skips with s, and writes one custody event per decision', async () => {
    act(() => mounted.root.render(<ReviewQueue filter={filter} onExit={() => undefined} />));
    await until(() => currentTitle() !== null);
    const events = () => (ws.db.prepare("SELECT count(*) AS n FROM custody_event WHERE action = 'listing.decided'").get() as { n: number }).n;
    const before = events();
    const first = currentTitle()!;

    await press('j');
    const second = currentTitle()!;
    expect(second).not.toBe(first);
    await press('k');
    expect(currentTitle()).toBe(first);

    await press('i');
    await until(() => currentTitle() === second);
    expect(statusOf(first)).toBe('infringing');

    await press('s');
    await until(() => currentTitle() !== second);
    const third = currentTitle()!;
    expect(statusOf(second)).not.toMatch(/infringing/);

    await press('n');
    await until(() => currentTitle() !== third);
    expect(statusOf(third)).toBe('not_infringing');
    expect(events()).toBe(before + 2);

    // The decided listing stays in the list, marked, so k goes back to it.
    const current = mounted.container.querySelectorAll('.review-queue__item[aria-current="true"]');
    expect(current.length).toBe(1);
    expect(mounted.container.querySelector('.review-queue__announcement')!.textContent).toContain('Marked not infringing');
  });

  it('opens the add-to-case dialog with c, and Escape closes it without leaving the queue', async () => {
    act(() => mounted.root.render(<ReviewQueue filter={filter} onExit={() => undefined} />));
    await until(() => currentTitle() !== null);
    await press('c');
    const dialog = mounted.container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Add 1 listing to a case');
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(mounted.container.querySelector('[role="dialog"]')).toBeNull();
    expect(queue()).not.toBeNull();
  });

  it('leaves keys typed into a field alone', async () => {
    const { triageAction } = await import('../../renderer/src/review/triageKeys');
    const input = document.createElement('input');
    expect(triageAction({ key: 'i', ctrlKey: false, metaKey: false, altKey: false, target: input })).toBeNull();
    expect(triageAction({ key: 'I', ctrlKey: false, metaKey: false, altKey: false, target: document.body })).toBe('infringing');
    expect(triageAction({ key: 'n', ctrlKey: true, metaKey: false, altKey: false, target: document.body })).toBeNull();
  });
});
