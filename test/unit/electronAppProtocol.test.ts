// The app:// scheme: it serves the built renderer with the strict CSP, and nothing outside dist/renderer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/contentSecurityPolicy';
import { createAppRequestHandler, registerAppScheme, serveAppProtocol } from '../../electron/main/appProtocol';
import type { FakeElectron } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

const SECRET = 'the project package.json must never be served';
let dir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  // <tmp>/package.json and <tmp>/dist/secret.txt sit just outside <tmp>/dist/renderer, where traversal would reach.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-app-protocol-'));
  const renderer = path.join(dir, 'dist', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Assay</title><script type="module" src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("assay");');
  fs.writeFileSync(path.join(dir, 'package.json'), SECRET);
  fs.writeFileSync(path.join(dir, 'dist', 'secret.txt'), SECRET);
  handle = createAppRequestHandler(renderer);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('registration', () => {
  it('declares app:// a standard, secure scheme (a real origin for CSP and relative URLs)', () => {
    registerAppScheme();
    expect(fake.protocol.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('handles the app scheme once the app is ready', () => {
    serveAppProtocol(path.join(dir, 'dist', 'renderer'));
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
  });
});

describe('serving the renderer', () => {
  it('serves index.html with the strict CSP header', async () => {
    const response = await handle(new Request('app://assay/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Assay</title>');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await handle(new Request('app://assay/'))).text()).toContain('<title>Assay</title>');
  });

  it('serves a script with a JavaScript content type', async () => {
    const response = await handle(new Request('app://assay/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://assay/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a file that is not there, still with the CSP', async () => {
    const response = await handle(new Request('app://assay/assets/missing.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('refusals', () => {
  it('refuses path traversal out of dist/renderer', async () => {
    for (const url of ['app://assay/..%2f..%2fpackage.json', 'app://assay/%2e%2e%2fsecret.txt', 'app://assay/assets/..%2f..%2fsecret.txt', 'app://assay/%2F..%2F..%2Fpackage.json']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).not.toContain(SECRET);
    }
  });

  it('never serves what lies outside, whichever way the URL is written', async () => {
    for (const url of ['app://assay/../package.json', 'app://assay/../secret.txt', 'app://assay/%2e%2e/package.json', 'app://assay/..%5c..%5cpackage.json', 'app://assay/..\\..\\package.json']) {
      const response = await handle(new Request(url));
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain(SECRET);
    }
  });

  it('refuses a NUL byte and a malformed escape', async () => {
    expect((await handle(new Request('app://assay/index.html%00.js'))).status).toBe(403);
    expect((await handle(new Request('app://assay/%E0%A4%A'))).status).toBe(403);
  });

  it('serves nothing for another host of the scheme', async () => {
    expect((await handle(new Request('app://evil/index.html'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://assay/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
