// The desktop transport across a restore: IPC is registered once over the workspace session's stable handlers, so
// after Settings → Backup restores a backup through IPC, the next call from the window reaches the restored
// workspace, and the window is told the workspace was replaced. Real workspaces in a temp folder.
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { Result } from '../../electron/api/result';
import { createEventBus } from '../../electron/core/events/eventBus';
import { openWorkspaceSession } from '../../electron/core/handlers/workspaceSession';
import { forwardEventsToWindow, registerAssayIpc } from '../../electron/main/ipc';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/preload/ipcChannels';
import { importWorkerScript } from '../support/runAssay';
import { insertListings, listing, newWorkspace } from '../support/tempWorkspace';
import { FakeBrowserWindow, type FakeElectron } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

type CallHandler = (event: unknown, op: unknown, input: unknown) => Promise<Result<unknown>>;

describe('IPC after a restore', () => {
  const ws = newWorkspace();
  insertListings(ws, [listing({ listing_id: 'a' }), listing({ listing_id: 'b' })]);
  const events = createEventBus();
  const session = openWorkspaceSession(ws, events, { importWorkerScript, report: () => {} });
  const window = new FakeBrowserWindow({});
  const currentWindow = () => window as unknown as electron.BrowserWindow;
  const unregister = registerAssayIpc(session.handlers, currentWindow);
  const stopEvents = forwardEventsToWindow(events, currentWindow);
  afterAll(async () => {
    stopEvents();
    unregister();
    await session.close();
  });

  const call = async <T>(op: string, input: unknown = {}): Promise<T> => {
    const handler = fake.ipcMain.handlers.get(CALL_CHANNEL) as CallHandler;
    const result = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame, processId: window.webContents.mainFrame.processId, frameId: 1 }, op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value as T;
  };
  const listings = async () => (await call<{ counts: { listings: number } }>('workspace.info')).counts.listings;

  it('reaches the restored workspace through the same registered channel, and tells the window', async () => {
    const backup = await call<{ file: string }>('backup.now');
    insertListings(session.workspace(), [listing({ listing_id: 'c' }), listing({ listing_id: 'd' }), listing({ listing_id: 'e' })]);
    expect(await listings()).toBe(5);

    const restored = await call<{ previousKeptAt: string }>('backup.restore', { file: backup.file });
    expect(restored.previousKeptAt).toMatch(/\.assay-before-restore-/);
    expect(fake.ipcMain.handlers.has(CALL_CHANNEL)).toBe(true);
    expect(await listings()).toBe(2);
    expect(session.workspace()).not.toBe(ws);
    expect(window.webContents.sent.filter(([, name]) => name === 'workspace.replaced')).toEqual([
      [EVENT_CHANNEL, 'workspace.replaced', { dbPath: ws.dbPath, file: backup.file, backupCreatedAt: expect.any(String), previousKeptAt: restored.previousKeptAt }],
    ]);
  });
});
