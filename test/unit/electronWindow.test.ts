// The desktop window's security settings and guards, checked against a stand-in for Electron.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { createSecureWindow, isWebUrl } from '../../electron/main/secureWindow';
import { FakeBrowserWindow, navigationEvent, type FakeElectron } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

const PRELOAD = '/opt/assay/dist/electron/preload.cjs';
let window: FakeBrowserWindow;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fake.shell.openedExternally.length = 0;
  fake.dialog.messageBoxes.length = 0;
  fake.dialog.messageBoxAnswer = 0;
  window = createSecureWindow({ preloadPath: PRELOAD }) as unknown as FakeBrowserWindow;
});

describe('the window', () => {
  it('runs its page isolated, sandboxed, without Node, with web security and our preload', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe(PRELOAD);
  });

  it('stays hidden until the first paint is ready', () => {
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });
});

describe('navigation', () => {
  it('prevents navigating to another origin', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'app://assay.evil/index.html', 'app://assay:8080/index.html']) {
      const event = navigationEvent(url);
      window.webContents.emit('will-navigate', event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(console.warn).toHaveBeenCalledWith('assay: refused a navigation to https://evil.example/');
  });

  it('allows navigating within app://assay', () => {
    const event = navigationEvent('app://assay/index.html#/cases');
    window.webContents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(false);
  });

  it('prevents a redirect to another origin', () => {
    const event = navigationEvent('https://evil.example/');
    window.webContents.emit('will-redirect', event, event.url);
    expect(event.defaultPrevented).toBe(true);
  });

  it('prevents attaching a webview', () => {
    const event = navigationEvent('https://evil.example/');
    window.webContents.emit('will-attach-webview', event, {}, { src: event.url });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  it('is denied, and a web link opens in the system browser once the person has seen the whole address', async () => {
    const url = 'https://www.aliexpress.com/item/1005001.html?spm=a2g0o&x=\u202egnp.exe';
    expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.shell.openedExternally).toEqual([url]));
    expect(fake.dialog.messageBoxes).toHaveLength(1);
    expect(fake.dialog.messageBoxes[0]!.detail).toBe(url);
  });

  it('opens nothing when the person cancels', async () => {
    fake.dialog.messageBoxAnswer = 1;
    window.webContents.windowOpenHandler?.({ url: 'https://evil.example/phish' });
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.shell.openedExternally).toEqual([]);
  });

  it('is denied without opening anything for non-web schemes', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://assay/index.html', 'smb://host/share', 'not a url']) {
      expect(window.webContents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openedExternally).toEqual([]);
  });

  it('recognises only http and https as web links', () => {
    expect(isWebUrl('http://example.com/')).toBe(true);
    expect(isWebUrl('https://example.com/')).toBe(true);
    expect(isWebUrl('ftp://example.com/')).toBe(false);
  });
});

describe('permissions', () => {
  it('answers every permission request with false', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      window.webContents.session.permissionRequestHandler?.(window.webContents as never, permission as never, ((granted: boolean) => answers.push(granted)) as never, {} as never);
    }
    expect(answers).toEqual([false, false, false, false, false]);
  });

  it('answers every permission check with false', () => {
    expect(window.webContents.session.permissionCheckHandler?.(null as never, 'clipboard-read' as never, 'app://assay' as never, {} as never)).toBe(false);
  });
});
