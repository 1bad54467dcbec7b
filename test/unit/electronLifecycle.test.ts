// The desktop app's start-up, played against a stand-in for Electron: what happens before the app is ready,
// the single-instance lock, the window and its page, and a workspace that cannot be opened.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { userDataDir } from '../../electron/core/workspace/userDataDir';
import { CALL_CHANNEL } from '../../electron/preload/ipcChannels';

let dir: string;
let workspacePath: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-lifecycle-'));
  workspacePath = path.join(dir, 'existing.db');
  openWorkspace(workspacePath, { mode: 'create' }).close();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const apps: { emit(event: 'will-quit'): boolean }[] = [];
// Every app a test started quits, closing its workspace, so the next test finds the file unlocked.
afterEach(() => {
  for (const app of apps.splice(0)) app.emit('will-quit');
});

/** A fresh Electron stand-in, and a fresh copy of our main-process modules bound to it. */
async function freshApp() {
  vi.resetModules();
  const { createFakeElectron } = await import('./electronFake');
  const fake = createFakeElectron();
  apps.push(fake.app);
  vi.doMock('electron', () => fake);
  const { startAssayApp, OPEN_FAILED_TITLE } = await import('../../electron/main/startAssayApp');
  fake.app.appPath = path.join(dir, 'app');
  return { fake, startAssayApp, OPEN_FAILED_TITLE };
}

const home = () => ({ ASSAY_HOME: path.join(dir, 'home') });

describe('before the app is ready', () => {
  it('registers app:// as privileged, enables the sandbox everywhere and sets the user data folder', async () => {
    const { fake, startAssayApp } = await freshApp();
    const started = startAssayApp(['electron', '.', '--db', workspacePath], home());
    expect(fake.app.calls.slice(0, 4)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'setPath userData', 'requestSingleInstanceLock']);
    expect(fake.app.calls).not.toContain('ready');
    fake.app.becomeReady();
    await started;
    expect(fake.app.calls.indexOf('protocol.handle app')).toBeGreaterThan(fake.app.calls.indexOf('ready'));
  });

  it('uses ASSAY_HOME as the user data folder when it is set', async () => {
    const { fake, startAssayApp } = await freshApp();
    void startAssayApp(['electron', '.'], home());
    expect(fake.app.getPath('userData')).toBe(path.join(dir, 'home'));
  });

  it('otherwise uses <appData>/Assay, the folder userDataDir() computes', async () => {
    const { fake, startAssayApp } = await freshApp();
    void startAssayApp(['electron', '.'], {});
    expect(fake.app.getPath('userData')).toBe('/fake/appData/Assay');
    expect(fake.app.getPath('userData')).toBe(userDataDir('Assay', { XDG_CONFIG_HOME: '/fake/appData' }, 'linux', '/home/someone'));
  });
});

describe('a second instance', () => {
  it('quits at once when another Assay holds the lock, without opening a window', async () => {
    const { fake, startAssayApp } = await freshApp();
    fake.app.hasLock = false;
    await startAssayApp(['electron', '.', '--db', workspacePath], home());
    expect(fake.app.quitCalled).toBe(true);
    expect(fake.BrowserWindow.created).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});

describe('once ready', () => {
  it('opens the secure window on app://assay/index.html with the bundled preload, and the IPC channel', async () => {
    const { fake, startAssayApp } = await freshApp();
    const started = startAssayApp(['electron', '.', '--db', workspacePath], home());
    fake.app.becomeReady();
    await started;
    expect(fake.BrowserWindow.created).toHaveLength(1);
    const window = fake.BrowserWindow.created[0]!;
    expect(window.loadedUrls).toEqual(['app://assay/index.html']);
    expect((window.options.webPreferences as { preload: string }).preload).toBe(path.join(dir, 'app', 'dist', 'electron', 'preload.cjs'));
    expect([...fake.ipcMain.handlers.keys()]).toEqual([CALL_CHANNEL]);
    expect(fake.Menu.current).not.toBeNull();
  });

  it('answers a call from the window with data from the workspace named by --db', async () => {
    const { fake, startAssayApp } = await freshApp();
    const started = startAssayApp(['electron', '.', '--db', workspacePath], home());
    fake.app.becomeReady();
    await started;
    const contents = fake.BrowserWindow.created[0]!.webContents;
    const call = fake.ipcMain.handlers.get(CALL_CHANNEL) as (event: unknown, op: string, input: unknown) => Promise<unknown>;
    const result = await call({ sender: contents, senderFrame: contents.mainFrame }, 'workspace.info', {});
    expect(result).toMatchObject({ ok: true, value: { dbPath: workspacePath } });
  });

  it('on the first run without --db writes the demo workspace into the user data folder and shows it', async () => {
    const { fake, startAssayApp } = await freshApp();
    const userData = path.join(dir, 'first-run-home');
    const started = startAssayApp(['electron', '.'], { ASSAY_HOME: userData });
    fake.app.becomeReady();
    await started;
    expect(fake.dialog.errorBoxes).toEqual([]);
    const contents = fake.BrowserWindow.created[0]!.webContents;
    const call = fake.ipcMain.handlers.get(CALL_CHANNEL) as (event: unknown, op: string, input: unknown) => Promise<unknown>;
    const result = (await call({ sender: contents, senderFrame: contents.mainFrame }, 'workspace.info', {})) as { value: { dbPath: string; counts: { listings: number } } };
    expect(result.value.dbPath).toBe(path.join(userData, 'workspace', 'assay.db'));
    expect(result.value.counts.listings).toBeGreaterThan(0);
  });

  it('closes the workspace and removes the IPC channel when the app quits', async () => {
    const { fake, startAssayApp } = await freshApp();
    const started = startAssayApp(['electron', '.', '--db', workspacePath], home());
    fake.app.becomeReady();
    await started;
    fake.app.emit('will-quit');
    expect(fake.ipcMain.handlers.size).toBe(0);
    // A closed better-sqlite3 connection holds no WAL lock: the file can be opened exclusively again.
    const again = openWorkspace(workspacePath);
    again.db.pragma('locking_mode = EXCLUSIVE');
    again.db.prepare('BEGIN EXCLUSIVE').run();
    again.db.prepare('COMMIT').run();
    again.close();
  });
});

describe('a workspace that cannot be opened', () => {
  it('is explained in an error box with the AssayError message, and the app quits without a window', async () => {
    const notAWorkspace = path.join(dir, 'notes.txt');
    fs.writeFileSync(notAWorkspace, 'these are not the listings you are looking for\n'.repeat(10));
    const { fake, startAssayApp, OPEN_FAILED_TITLE } = await freshApp();
    const started = startAssayApp(['electron', '.', '--db', notAWorkspace], home());
    fake.app.becomeReady();
    await started;
    expect(fake.dialog.errorBoxes).toEqual([{ title: OPEN_FAILED_TITLE, content: `${notAWorkspace} is not an Assay workspace: it is not a SQLite database file.` }]);
    expect(fake.app.exitCode).toBe(1);
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });
});
