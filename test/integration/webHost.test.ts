import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../../electron/core/events/eventBus';
import { createHandlers } from '../../electron/core/handlers/createHandlers';
import { importWorkerScript } from '../support/runAssay';
import { startWebHost, type WebHost } from '../../electron/web/webHost';
import { insertListings, listing, newWorkspace, tempDir } from '../support/tempWorkspace';

/** A raw HTTP request, so tests can send the Host and Origin headers a browser under attack would send. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the web host', () => {
  const ws = newWorkspace();
  insertListings(ws, [listing({ listing_id: '1', title: 'Réplica bolsa' }), listing({ listing_id: '2', title: 'Genuine tote' })]);
  const events = createEventBus();
  const site = tempDir();
  const rendererDir = path.join(site, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Assay</title>');
  fs.writeFileSync(path.join(site, 'secret.txt'), 'outside the renderer');
  let host: WebHost;
  let auth: Record<string, string>;
  const logged: string[] = [];

  beforeAll(async () => {
    host = await startWebHost({ handlers: createHandlers(ws, events, { importWorkerScript }).handlers, events, rendererDir, uploadDir: path.join(site, 'incoming'), log: (line) => logged.push(line) });
    auth = { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' };
  });
  afterAll(() => host.close());

  const call = (op: string, body: unknown, headers = auth) => request(host.port, { method: 'POST', path: `/api/call/${op}`, headers, body: JSON.stringify(body) });

  it('prints a link on 127.0.0.1 with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a contract call that carries the token', async () => {
    const res = await call('listings.count', { query: 'replica' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { total: 1 } });
  });

  it('refuses an API call without the token with 401', async () => {
    const res = await call('listings.count', {}, { host: `127.0.0.1:${host.port}` });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses an API call with a wrong token of the right length', async () => {
    const wrong = host.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const res = await call('listings.count', {}, { ...auth, authorization: `Bearer ${wrong}` });
    expect(res.status).toBe(401);
  });

  it('refuses a request naming another host (DNS rebinding), even with the token', async () => {
    const res = await call('listings.count', {}, { ...auth, host: `evil.example:${host.port}` });
    expect(res.status).toBe(403);
    const page = await request(host.port, { path: '/', headers: { host: 'attacker.test' } });
    expect(page.status).toBe(403);
  });

  it('refuses a request from another origin, even with the token', async () => {
    const res = await call('listings.count', {}, { ...auth, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('accepts its own origin', async () => {
    const res = await call('listings.count', {}, { ...auth, origin: `http://127.0.0.1:${host.port}` });
    expect(res.status).toBe(200);
  });

  it('refuses input that does not fit the contract, saying where', async () => {
    const res = await call('listings.page', { filter: {}, sort: { column: 'password', direction: 'asc' }, limit: 10 });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(body.error.message).toMatch(/sort\.column/);
  });

  it('refuses extra fields in the input', async () => {
    const res = await call('listings.get', { id: 1, sql: 'DROP TABLE listing' });
    expect(res.status).toBe(400);
  });

  it('logs every refusal: wrong types, extra fields, a missing token', async () => {
    logged.length = 0;
    await call('listings.get', { id: 'one' });
    await call('listings.get', { id: 1, extra: true });
    await call('workspace.info', {}, { ...auth, authorization: 'Bearer nope' });
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatch(/^api listings\.get: invalid_input: The request to listings\.get was refused/);
    expect(logged[2]).toMatch(/^refused: /);
  });

  it('refuses an operation that is not in the contract', async () => {
    const res = await call('workspace.delete', {});
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('refuses a body that is not JSON', async () => {
    const res = await request(host.port, { method: 'POST', path: '/api/call/listings.count', headers: auth, body: '{nope' });
    expect(res.status).toBe(400);
  });

  it('refuses a body over 1 MB', async () => {
    const res = await request(host.port, { method: 'POST', path: '/api/call/listings.count', headers: auth, body: JSON.stringify({ query: 'x'.repeat(1_100_000) }) });
    expect(res.status).toBe(413);
  });

  it('answers a not-found listing with the person-readable message', async () => {
    const res = await call('listings.get', { id: 999 });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).error.message).toBe('Listing 999 does not exist in this workspace.');
  });

  it('serves the built renderer with a strict Content-Security-Policy', async () => {
    const res = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Assay</title>');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await request(host.port, { path: p, headers: { host: `127.0.0.1:${host.port}` } });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('refuses to change anything outside the API', async () => {
    const res = await request(host.port, { method: 'PUT', path: '/index.html', headers: { host: `127.0.0.1:${host.port}` }, body: 'x' });
    expect(res.status).toBe(403);
  });

  it('streams contract events to a client holding the token', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: auth }, (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes(': connected')) events.emit('job.progress', { job: 'test', phase: 'checking', done: 1, total: 2 });
          if (text.includes('event: job.progress')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"job":"test","phase":"checking","done":1,"total":2}');
  });

  it('takes an upload for import into the incoming folder under a safe name', async () => {
    const res = await request(host.port, { method: 'POST', path: '/api/upload', headers: { ...auth, 'x-file-name': encodeURIComponent('../../évil listings.csv') }, body: 'a,b\n1,2\n' });
    expect(res.status).toBe(200);
    const { value } = JSON.parse(res.body) as { value: { path: string } };
    expect(path.basename(value.path)).toBe('évil listings.csv');
    expect(value.path.startsWith(path.join(site, 'incoming') + path.sep)).toBe(true);
    expect(fs.readFileSync(value.path, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('refuses an upload without the token', async () => {
    const res = await request(host.port, { method: 'POST', path: '/api/upload', headers: { host: `127.0.0.1:${host.port}` }, body: 'x' });
    expect(res.status).toBe(401);
  });

  it('refuses the event stream without the token', async () => {
    const res = await request(host.port, { path: '/api/events', headers: { host: `127.0.0.1:${host.port}` } });
    expect(res.status).toBe(401);
  });
});
