// The preload's bridge: exactly window.assay with call(), on() and pathForFile(); names outside the contract never reach IPC,
// and event listeners receive only the payload.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { AssayBridge } from '../../electron/preload/index';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/preload/ipcChannels';
import type { FakeElectron } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

let assay: AssayBridge;

beforeAll(async () => {
  await import('../../electron/preload/index');
  assay = fake.contextBridge.exposed.get('assay') as AssayBridge;
});

beforeEach(() => {
  fake.ipcRenderer.invocations.length = 0;
  fake.ipcRenderer.removeAllListeners();
});

describe('what the preload exposes', () => {
  it('is one object, window.assay, with only call, on and pathForFile', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['assay']);
    expect(Object.keys(assay).sort()).toEqual(['call', 'on', 'pathForFile']);
    expect(typeof assay.call).toBe('function');
    expect(typeof assay.on).toBe('function');
  });

  it('gives the path of a picked file, and an empty string for anything that is not a file', () => {
    expect(assay.pathForFile({ path: '/home/ana/listings.csv' })).toBe('/home/ana/listings.csv');
    expect(assay.pathForFile('/etc/passwd')).toBe('');
  });

  it('cannot be changed by the page', () => {
    expect(Object.isFrozen(assay)).toBe(true);
  });
});

describe('call', () => {
  it('sends a contract operation to main and returns main\'s Result', async () => {
    fake.ipcRenderer.invokeResult = { ok: true, value: { total: 7 } };
    const input = { query: 'bag', marketplaces: [], statuses: [] };
    expect(await assay.call('listings.count', input)).toEqual({ ok: true, value: { total: 7 } });
    expect(fake.ipcRenderer.invocations).toEqual([[CALL_CHANNEL, 'listings.count', input]]);
  });

  it('refuses an operation outside the contract without calling ipcRenderer.invoke', async () => {
    for (const op of ['fs.readFile', '__proto__', 'constructor', 'toString', '']) {
      expect(await assay.call(op, {}), op).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
    expect(await assay.call(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });

  it('turns a broken channel into a failed Result instead of a rejection', async () => {
    const invoke = fake.ipcRenderer.invoke;
    fake.ipcRenderer.invoke = () => Promise.reject(new Error('An object could not be cloned.'));
    try {
      expect(await assay.call('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      fake.ipcRenderer.invoke = invoke;
    }
  });
});

describe('on', () => {
  it('passes a contract event\'s payload, and nothing else, to the listener', () => {
    const received: unknown[][] = [];
    assay.on('job.progress', (...args: unknown[]) => received.push(args));
    const payload = { job: 'workspace.verify', phase: 'custody log', done: 3, total: 9 };
    fake.ipcRenderer.emit(EVENT_CHANNEL, { sender: 'the IpcRendererEvent', ports: [] }, 'job.progress', payload);
    expect(received).toEqual([[payload]]);
  });

  it('ignores other events on the channel', () => {
    const listener = vi.fn();
    assay.on('job.progress', listener);
    fake.ipcRenderer.emit(EVENT_CHANNEL, {}, 'something.else', { x: 1 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('returns a function that unsubscribes', () => {
    const listener = vi.fn();
    const off = assay.on('job.progress', listener);
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
    off();
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
    fake.ipcRenderer.emit(EVENT_CHANNEL, {}, 'job.progress', {});
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses an event name outside the contract without listening on IPC', () => {
    expect(() => assay.on('assay:call', () => {})).toThrow(/no event named "assay:call"/);
    expect(() => assay.on('__proto__', () => {})).toThrow(TypeError);
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});
