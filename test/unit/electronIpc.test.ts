// The desktop transport: calls reach the contract's dispatch() only from our window's app:// main frame,
// and contract events are forwarded to the window. Real handlers over a real workspace in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { Handlers } from '../../electron/api/contract';
import type { Result } from '../../electron/api/result';
import { createEventBus } from '../../electron/core/events/eventBus';
import { createHandlers } from '../../electron/core/handlers/createHandlers';
import { importWorkerScript } from '../support/runAssay';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { latestSchemaVersion } from '../../electron/core/db/migrations/index';
import { forwardEventsToWindow, registerAssayIpc, REFUSED_SENDER_MESSAGE } from '../../electron/main/ipc';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/preload/ipcChannels';
import { FakeBrowserWindow, type FakeElectron, type FakeFrame } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

let dir: string;
let workspace: Workspace;
let window: FakeBrowserWindow;
let handlerCalls: string[];
let unregister: () => void;

type CallHandler = (event: unknown, op: unknown, input: unknown) => Promise<Result<unknown>>;
const callFrom = (sender: unknown, senderFrame: FakeFrame | null, op: unknown, input: unknown = {}) =>
  (fake.ipcMain.handlers.get(CALL_CHANNEL) as CallHandler)({ sender, senderFrame, processId: senderFrame?.processId ?? 0, frameId: 1 }, op, input);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ipc-'));
  workspace = openWorkspace(path.join(dir, 'assay.db'), { mode: 'create' });
});

afterAll(() => {
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  unregister?.();
  const real = createHandlers(workspace, createEventBus(), { importWorkerScript }).handlers;
  handlerCalls = [];
  // The real handlers, each noting that it ran, so a refused call can be shown never to reach one.
  const recording = Object.fromEntries(
    Object.entries(real).map(([op, handler]) => [op, (input: unknown) => (handlerCalls.push(op), (handler as (i: unknown) => unknown)(input))]),
  ) as unknown as Handlers;
  window = new FakeBrowserWindow({});
  unregister = registerAssayIpc(recording, () => window as unknown as electron.BrowserWindow);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('a call from our window', () => {
  it('goes through dispatch to the real handler and returns its Result', async () => {
    const result = await callFrom(window.webContents, window.webContents.mainFrame, 'workspace.info');
    expect(result.ok).toBe(true);
    const info = (result as { value: { dbPath: string; schemaVersion: number; counts: { listings: number } } }).value;
    expect(info.dbPath).toBe(workspace.dbPath);
    expect(info.schemaVersion).toBe(latestSchemaVersion);
    expect(info.counts.listings).toBe(0);
    expect(handlerCalls).toEqual(['workspace.info']);
  });

  it('has its input validated by the contract before any handler runs', async () => {
    const result = await callFrom(window.webContents, window.webContents.mainFrame, 'listings.get', { id: -3 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(handlerCalls).toEqual([]);
  });

  it('refuses wrong types, extra fields and oversized values by the schema, says where, and logs each refusal', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warn.mockClear();
    const main = window.webContents.mainFrame;
    const wrongType = await callFrom(window.webContents, main, 'listings.get', { id: 'one' });
    const extraField = await callFrom(window.webContents, main, 'listings.get', { id: 1, sql: 'DROP TABLE listing' });
    const huge = await callFrom(window.webContents, main, 'listings.count', { query: 'x'.repeat(5_000_000), marketplaces: [], statuses: [] });
    for (const result of [wrongType, extraField, huge]) expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((wrongType as { error: { message: string } }).error.message).toContain('"id"');
    expect((huge as { error: { message: string } }).error.message).toContain('"query"');
    expect(handlerCalls).toEqual([]);
    const refusals = warn.mock.calls.map((c) => String(c[0])).filter((line) => line.startsWith('assay: refused a call to '));
    expect(refusals).toHaveLength(3);
    expect(refusals[1]).toMatch(/^assay: refused a call to listings\.get: The request to listings\.get was refused/);
    warn.mockRestore();
  });

  it('names an unknown operation in a failed Result', async () => {
    const result = await callFrom(window.webContents, window.webContents.mainFrame, 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(handlerCalls).toEqual([]);
  });
});

describe('a call from anywhere else', () => {
  const refused = { ok: false, error: { code: 'forbidden', message: REFUSED_SENDER_MESSAGE } };

  it('is refused when the page is not app://assay, and never reaches a handler', async () => {
    // Our window's main frame, after something made it navigate away.
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await callFrom(window.webContents, window.webContents.mainFrame, 'workspace.info')).toEqual(refused);
    expect(handlerCalls).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/'));
  });

  it('is refused from a subframe of our window, even one showing app://assay', async () => {
    expect(await callFrom(window.webContents, window.webContents.childFrame('app://assay/index.html'), 'workspace.info')).toEqual(refused);
    expect(handlerCalls).toEqual([]);
  });

  it('is refused from another webContents', async () => {
    const other = new FakeBrowserWindow({});
    expect(await callFrom(other.webContents, other.webContents.mainFrame, 'workspace.info')).toEqual(refused);
    expect(handlerCalls).toEqual([]);
  });

  it('is refused when the sending frame is gone', async () => {
    expect(await callFrom(window.webContents, null, 'workspace.info')).toEqual(refused);
    expect(handlerCalls).toEqual([]);
  });

  it('is refused when our window has been closed', async () => {
    window.destroyed = true;
    expect(await callFrom(window.webContents, window.webContents.mainFrame, 'workspace.info')).toEqual(refused);
    expect(handlerCalls).toEqual([]);
  });
});

describe('registration', () => {
  it('uses one channel and can be undone', () => {
    expect([...fake.ipcMain.handlers.keys()]).toEqual([CALL_CHANNEL]);
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});

describe('events', () => {
  it('forwards contract events to the window and stops when asked', () => {
    const bus = createEventBus();
    const stop = forwardEventsToWindow(bus, () => window as unknown as electron.BrowserWindow);
    const payload = { job: 'workspace.verify', phase: 'custody log', done: 1, total: 2 };
    bus.emit('job.progress', payload);
    expect(window.webContents.sent).toEqual([[EVENT_CHANNEL, 'job.progress', payload]]);
    stop();
    bus.emit('job.progress', payload);
    expect(window.webContents.sent).toHaveLength(1);
  });

  it('drops names outside the contract', () => {
    const bus = createEventBus();
    forwardEventsToWindow(bus, () => window as unknown as electron.BrowserWindow);
    (bus.emit as (name: string, payload: unknown) => void)('secrets.leak', { token: 'x' });
    expect(window.webContents.sent).toEqual([]);
  });

  it('drops events while there is no window', () => {
    const bus = createEventBus();
    window.destroyed = true;
    forwardEventsToWindow(bus, () => window as unknown as electron.BrowserWindow);
    bus.emit('job.progress', { job: 'j', phase: 'p', done: 0, total: 0 });
    expect(window.webContents.sent).toEqual([]);
  });
});
