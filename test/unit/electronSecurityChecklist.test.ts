// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by item,
// checked against the desktop shell's own code through a stand-in for the `electron` module. Each test names
// its item; a setting or guard that drifts fails here. Details of each guard are tested beside it
// (electronWindow, electronIpc, electronAppProtocol, electronLifecycle tests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/contentSecurityPolicy';
import { APP_ENTRY_URL } from '../../electron/main/appOrigin';
import { createAppRequestHandler, registerAppScheme } from '../../electron/main/appProtocol';
import { isTrustedSender } from '../../electron/main/ipc';
import { createSecureWindow, secureWebPreferences } from '../../electron/main/secureWindow';
import { FakeBrowserWindow, navigationEvent, type FakeElectron } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).createFakeElectron());
const fake = electron as unknown as FakeElectron;
const requireCjs = createRequire(import.meta.url);
const repoRoot = path.resolve(__dirname, '..', '..');
const mainSource = fs.readdirSync(path.join(repoRoot, 'electron', 'main')).map((f) => fs.readFileSync(path.join(repoRoot, 'electron', 'main', f), 'utf8')).join('\n');

let window: FakeBrowserWindow;
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fake.shell.openedExternally.length = 0;
  fake.dialog.messageBoxes.length = 0;
  window = createSecureWindow({ preloadPath: '/app/dist/electron/preload.cjs' }) as unknown as FakeBrowserWindow;
});

const prefs = () => window.options.webPreferences as Record<string, unknown>;

describe("Electron's security checklist", () => {
  it('1. Only load secure content: the window loads app://assay (a secure, standard scheme), never http or file', () => {
    expect(APP_ENTRY_URL).toBe('app://assay/index.html');
    registerAppScheme();
    expect(fake.protocol.privilegedSchemes).toContainEqual({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) });
    expect(mainSource).not.toMatch(/loadURL\(\s*['"`]http:/);
    expect(mainSource).not.toMatch(/loadFile\(/);
  });

  it('2. Do not enable Node.js integration for remote content: no Node in the page, its workers or subframes', () => {
    expect(prefs()).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. Enable context isolation', () => {
    expect(prefs().contextIsolation).toBe(true);
  });

  it('4. Enable process sandboxing: sandbox in the window, and app.enableSandbox() for every renderer', () => {
    expect(prefs().sandbox).toBe(true);
    expect(mainSource).toMatch(/app\.enableSandbox\(\)/);
  });

  it('5. Handle session permission requests from remote content: every request and check is refused', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      window.webContents.session.permissionRequestHandler?.(window.webContents as never, permission as never, ((granted: boolean) => answers.push(granted)) as never, {} as never);
    }
    expect(answers.every((a) => a === false)).toBe(true);
    expect(window.webContents.session.permissionCheckHandler?.(null as never, 'media' as never, 'app://assay' as never, {} as never)).toBe(false);
  });

  it('6. Do not disable webSecurity', () => {
    expect(prefs().webSecurity).toBe(true);
  });

  it("7. Define a Content Security Policy: default-src 'self', no inline or eval script, no plugins, no framing", async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-csp-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    const response = await createAppRequestHandler(dir)(new Request('app://assay/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(prefs().allowRunningInsecureContent).toBe(false);
  });

  it('9. Do not enable experimental features', () => {
    expect(prefs().experimentalFeatures).toBeUndefined();
    expect(mainSource).not.toMatch(/experimentalFeatures\s*:\s*true/);
  });

  it('10. Do not use enableBlinkFeatures', () => {
    expect(prefs().enableBlinkFeatures).toBeUndefined();
    expect(mainSource).not.toMatch(/enableBlinkFeatures/);
  });

  it('11. <webview>: Do not use allowpopups — the webview tag is off altogether', () => {
    expect(prefs().webviewTag).toBe(false);
    expect(mainSource).not.toMatch(/allowpopups/);
  });

  it('12. <webview>: Verify options and params — any webview attach is prevented', () => {
    const event = navigationEvent('https://evil.example/');
    window.webContents.emit('will-attach-webview', event, {}, { src: event.url });
    expect(event.defaultPrevented).toBe(true);
  });

  it('13. Disable or limit navigation: only app://assay, and no redirects elsewhere', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://assay.evil/']) {
      const nav = navigationEvent(url);
      window.webContents.emit('will-navigate', nav, url);
      expect(nav.defaultPrevented, url).toBe(true);
      const redirect = navigationEvent(url);
      window.webContents.emit('will-redirect', redirect, url);
      expect(redirect.defaultPrevented, url).toBe(true);
    }
  });

  it('14. Disable or limit creation of new windows: window.open is always denied', () => {
    for (const url of ['https://example.com/', 'app://assay/index.html', 'javascript:alert(1)']) {
      expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. Do not use shell.openExternal with untrusted content: only http(s), only after the person has seen the whole address', async () => {
    fake.dialog.messageBoxAnswer = 1;
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'https://evil.example/']) window.webContents.windowOpenHandler?.({ url });
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1));
    expect(fake.dialog.messageBoxes[0]!.detail).toBe('https://evil.example/');
    expect(fake.shell.openedExternally).toEqual([]);
    fake.dialog.messageBoxAnswer = 0;
  });

  it('16. Use a current version of Electron: a supported major (the three newest majors get security fixes)', () => {
    const pinned = (requireCjs(path.join(repoRoot, 'package.json')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
    const major = Number(/^\D*(\d+)/.exec(pinned)![1]);
    // 39 is the newest major that runs on the Node 20 toolchain here; raise this floor with each upgrade.
    expect(major).toBeGreaterThanOrEqual(39);
    expect((requireCjs('electron/package.json') as { version: string }).version.startsWith(`${major}.`)).toBe(true);
  });

  it('17. Validate the sender of all IPC messages: only our window main frame on app://assay', () => {
    const win = new FakeBrowserWindow({});
    const main = win.webContents.mainFrame;
    const event = (sender: unknown, frame: unknown) => ({ sender, senderFrame: frame }) as never;
    expect(isTrustedSender(event(win.webContents, main), win as never)).toBe(true);
    expect(isTrustedSender(event(new FakeBrowserWindow({}).webContents, main), win as never)).toBe(false);
    expect(isTrustedSender(event(win.webContents, { ...main, url: 'https://evil.example/' }), win as never)).toBe(false);
    expect(isTrustedSender(event(win.webContents, null), win as never)).toBe(false);
  });

  it('18. Avoid the file:// protocol, prefer a custom protocol: pages come through app://, which refuses paths outside dist/renderer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-proto-'));
    fs.mkdirSync(path.join(dir, 'renderer'));
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    const handle = createAppRequestHandler(path.join(dir, 'renderer'));
    for (const url of ['app://assay/../secret.txt', 'app://assay/%2e%2e/secret.txt', 'app://assay/..%2fsecret.txt']) {
      expect((await handle(new Request(url))).status, url).toBeGreaterThanOrEqual(400);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(prefs().preload).not.toMatch(/^file:/);
  });

  it('19. Check which fuses you can change: the packaged binary gets run-as-Node, NODE_OPTIONS and --inspect off, app.asar only', async () => {
    const afterPack = requireCjs(path.join(repoRoot, 'scripts', 'electronFuses.cjs')) as ((context: unknown) => Promise<void>) & { ASSAY_FUSES: Record<string, unknown> };
    const { getCurrentFuseWire, FuseV1Options } = requireCjs('@electron/fuses') as typeof import('@electron/fuses');
    const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) };
    expect(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')).toMatch(/^afterPack: scripts\/electronFuses\.cjs$/m);
    // A stand-in binary carrying Electron's fuse sentinel and an 8-fuse wire, all enabled, as a stock build has them.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-fuses-'));
    const binary = path.join(dir, 'assay');
    fs.writeFileSync(binary, Buffer.concat([Buffer.from('ELF…padding…'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('11111111'), Buffer.from('…rest')]));
    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { executableName: 'assay', appInfo: { productFilename: 'Assay' } } });
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the settings come from one function, so every window gets the same', () => {
    expect(prefs()).toEqual(secureWebPreferences('/app/dist/electron/preload.cjs'));
  });
});
