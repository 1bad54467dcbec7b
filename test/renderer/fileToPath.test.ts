// Getting a path the Node side can read for a file the person chose: in a browser the file is uploaded to
// POST /api/upload with the token; in the desktop app the preload's pathForFile gives the file's own path.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../renderer/src/api/apiError';
import { createDesktopTransport } from '../../renderer/src/api/desktopTransport';
import { createWebTransport } from '../../renderer/src/api/webTransport';

type FetchArgs = [input: string, init: RequestInit];

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const csv = () => new File(['marketplace,listing_id\nebay,1\n'], 'März listings #2.csv', { type: 'text/csv' });

describe('uploading a file to assay serve', () => {
  it('POSTs the file itself to /api/upload with the Bearer token and the encoded file name, and resolves with the stored path', async () => {
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(200, { ok: true, value: { path: '/ws/incoming/abc/März listings #2.csv' } }));
    const transport = createWebTransport({ token: 'tok', onUnauthorized: () => {}, fetch: fetchMock });
    const file = csv();

    const path = await transport.fileToPath(file);

    expect(path).toBe('/ws/incoming/abc/März listings #2.csv');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as FetchArgs;
    expect(url).toBe('/api/upload');
    expect(init.method).toBe('POST');
    const headers = init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer tok');
    expect(headers['x-file-name']).toBe('M%C3%A4rz%20listings%20%232.csv');
    expect(init.body).toBe(file);
  });

  it('turns a refused upload into an ApiError with the server’s sentence', async () => {
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(413, { ok: false, error: { code: 'too_large', message: 'The file is larger than the workspace allows.' } }));
    const transport = createWebTransport({ token: 'tok', onUnauthorized: () => {}, fetch: fetchMock });

    const failure = await transport.fileToPath(csv()).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'too_large', message: 'The file is larger than the workspace allows.' });
  });

  it('treats a 401 as a refused token, telling the page once, like any call', async () => {
    const told = vi.fn();
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(401, { ok: false, error: { code: 'unauthorized', message: 'This request needs the token.' } }));
    const transport = createWebTransport({ token: 'stale', onUnauthorized: told, fetch: fetchMock });

    await expect(transport.fileToPath(csv())).rejects.toMatchObject({ code: 'unauthorized', message: 'This request needs the token.' });
    await expect(transport.call('workspace.info', {})).rejects.toMatchObject({ code: 'unauthorized' });
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('sends nothing without a token', async () => {
    const fetchMock = vi.fn();
    const transport = createWebTransport({ token: null, onUnauthorized: () => {}, fetch: fetchMock });
    await expect(transport.fileToPath(csv())).rejects.toMatchObject({ code: 'unauthorized' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains an unreachable server, and an answer without a path', async () => {
    const down = createWebTransport({ token: 'tok', onUnauthorized: () => {}, fetch: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) });
    await expect(down.fileToPath(csv())).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('assay serve') });

    const odd = createWebTransport({ token: 'tok', onUnauthorized: () => {}, fetch: vi.fn().mockResolvedValue(jsonResponse(200, { ok: true, value: {} })) });
    await expect(odd.fileToPath(csv())).rejects.toMatchObject({ code: 'bad_response', message: expect.stringContaining('März listings #2.csv') });
  });
});

describe('a file’s path in the desktop app', () => {
  const bridge = (path: string) => ({ call: vi.fn(), on: vi.fn(), pathForFile: vi.fn().mockReturnValue(path) });

  it('asks the preload for the path of the very File chosen, uploading nothing', async () => {
    const b = bridge('/Users/ana/Downloads/listings.csv');
    const file = csv();
    await expect(createDesktopTransport(b).fileToPath(file)).resolves.toBe('/Users/ana/Downloads/listings.csv');
    expect(b.pathForFile).toHaveBeenCalledWith(file);
    expect(b.call).not.toHaveBeenCalled();
  });

  it('refuses something with no path on disk, naming it', async () => {
    await expect(createDesktopTransport(bridge('')).fileToPath(csv())).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('März listings #2.csv') });
  });
});

describe('fileToPath through the client', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    delete window.assay;
  });

  afterEach(() => {
    delete window.assay;
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('uses the Electron bridge when the preload exposes one', async () => {
    window.assay = { call: vi.fn(), on: vi.fn(), pathForFile: vi.fn().mockReturnValue('/data/specs.xlsx') };
    vi.resetModules();
    const client = await import('../../renderer/src/api/client');
    client.startClient('/listings');
    await expect(client.fileToPath(csv())).resolves.toBe('/data/specs.xlsx');
  });

  it('uploads with the token from the opening link in a browser', async () => {
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(200, { ok: true, value: { path: '/ws/incoming/x/file.csv' } }));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/#token=abc123');
    vi.resetModules();
    const client = await import('../../renderer/src/api/client');
    client.startClient('/listings');
    await expect(client.fileToPath(csv())).resolves.toBe('/ws/incoming/x/file.csv');
    expect(((fetchMock.mock.calls[0] as FetchArgs)[1].headers as Record<string, string>).Authorization).toBe('Bearer abc123');
  });
});
