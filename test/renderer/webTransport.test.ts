// The client over `assay serve`: the token comes from the opening link's hash and goes out as a Bearer
// header, a refused Result becomes an ApiError with the server's message, and 401 means "open the link".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FetchArgs = [input: string, init: RequestInit];

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fresh copy of the client module, so each test starts before the transport was chosen. */
async function freshClient() {
  vi.resetModules();
  return import('../../renderer/src/api/client');
}

describe('web transport through the client', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    window.sessionStorage.clear();
    delete window.assay;
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('takes the token from #token=…, keeps it for reloads and puts the route in the hash', async () => {
    window.history.replaceState(null, '', '/#token=abc123');
    const client = await freshClient();
    client.startClient('/listings');
    expect(window.location.hash).toBe('#/listings');
    expect(window.sessionStorage.getItem('assay.token')).toBe('abc123');
  });

  it('sends the token as a Bearer header on POST /api/call/<op> with the input as JSON', async () => {
    window.history.replaceState(null, '', '/#token=abc123');
    fetchMock.mockResolvedValue(jsonResponse(200, { ok: true, value: { total: 42 } }));
    const client = await freshClient();
    client.startClient('/listings');

    const value = await client.call('listings.count', { query: 'bag', marketplaces: [], statuses: [] });

    expect(value).toEqual({ total: 42 });
    const [url, init] = fetchMock.mock.calls[0] as FetchArgs;
    expect(url).toBe('/api/call/listings.count');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer abc123');
    expect(JSON.parse(init.body as string)).toEqual({ query: 'bag', marketplaces: [], statuses: [] });
  });

  it('still has the token after a reload, when the hash no longer carries it', async () => {
    window.sessionStorage.setItem('assay.token', 'kept-token');
    window.history.replaceState(null, '', '/#/sellers');
    fetchMock.mockResolvedValue(jsonResponse(200, { ok: true, value: [] }));
    const client = await freshClient();
    client.startClient('/listings');
    await client.call('sellers.list', {});
    const [, init] = fetchMock.mock.calls[0] as FetchArgs;
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer kept-token');
    expect(window.location.hash).toBe('#/sellers');
  });

  it('turns a refused Result (HTTP 404 with a body) into an ApiError carrying code and message', async () => {
    window.history.replaceState(null, '', '/#token=abc123');
    fetchMock.mockResolvedValue(jsonResponse(404, { ok: false, error: { code: 'not_found', message: 'Listing 7 does not exist in this workspace.' } }));
    const client = await freshClient();
    client.startClient('/listings');

    const failure = await client.call('listings.get', { id: 7 }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(client.ApiError);
    expect((failure as InstanceType<typeof client.ApiError>).code).toBe('not_found');
    expect((failure as Error).message).toBe('Listing 7 does not exist in this workspace.');
  });

  it('reports a 401 as unauthorized and tells the page to ask for the printed link', async () => {
    window.history.replaceState(null, '', '/#token=stale');
    fetchMock.mockResolvedValue(jsonResponse(401, { ok: false, error: { code: 'unauthorized', message: 'This request needs the token.' } }));
    const client = await freshClient();
    client.startClient('/listings');
    const told = vi.fn();
    client.onUnauthorized(told);

    const failure = await client.call('workspace.info', {}).catch((e: unknown) => e);

    expect((failure as InstanceType<typeof client.ApiError>).code).toBe('unauthorized');
    expect(told).toHaveBeenCalledTimes(1);
    expect(client.isUnauthorized()).toBe(true);
  });

  it('is unauthorized from the start when the page was opened without a token, sending nothing', async () => {
    window.history.replaceState(null, '', '/');
    const client = await freshClient();
    client.startClient('/listings');
    expect(client.isUnauthorized()).toBe(true);
    await expect(client.call('workspace.info', {})).rejects.toMatchObject({ code: 'unauthorized' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains an unreachable server instead of surfacing a TypeError', async () => {
    window.history.replaceState(null, '', '/#token=abc123');
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const client = await freshClient();
    client.startClient('/listings');
    await expect(client.call('workspace.info', {})).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('assay serve') });
  });

  it('prefers the Electron bridge when the preload exposes window.assay', async () => {
    const bridge = { call: vi.fn().mockResolvedValue({ ok: true, value: { total: 3 } }), on: vi.fn(), pathForFile: vi.fn() };
    window.assay = bridge;
    const client = await freshClient();
    client.startClient('/listings');
    await expect(client.call('listings.count', { query: '', marketplaces: [], statuses: [] })).resolves.toEqual({ total: 3 });
    expect(bridge.call).toHaveBeenCalledWith('listings.count', { query: '', marketplaces: [], statuses: [] });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('web event stream', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads events from GET /api/events with the Bearer header and hands parsed payloads to listeners', async () => {
    const { createWebTransport } = await import('../../renderer/src/api/webTransport');
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(': connected\n\nevent: job.progress\ndata: {"job":"workspace.verify","pha'));
        controller.enqueue(encoder.encode('se":"custody log","done":5,"total":10}\n\n'));
      },
    });
    const fetchMock = vi.fn().mockResolvedValue(new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }));
    const transport = createWebTransport({ token: 'tok', onUnauthorized: () => {}, fetch: fetchMock, sleep: () => new Promise(() => {}) });

    const payload = await new Promise((resolve) => {
      transport.on('job.progress', resolve);
    });

    expect(payload).toEqual({ job: 'workspace.verify', phase: 'custody log', done: 5, total: 10 });
    const [url, init] = fetchMock.mock.calls[0] as FetchArgs;
    expect(url).toBe('/api/events');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('reconnects with growing delays after the stream fails', async () => {
    const { createWebTransport, reconnectDelay } = await import('../../renderer/src/api/webTransport');
    const delays: number[] = [];
    let attempts = 0;
    const fetchMock = vi.fn().mockImplementation(() => {
      attempts++;
      return Promise.reject(new TypeError('connection refused'));
    });
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const transport = createWebTransport({
      token: 'tok',
      onUnauthorized: () => {},
      fetch: fetchMock,
      sleep: (ms) => {
        delays.push(ms);
        if (delays.length === 3) {
          unsubscribe();
          stop();
        }
        return Promise.resolve();
      },
    });
    const unsubscribe = transport.on('job.progress', () => {});
    await stopped;
    expect(delays).toEqual([reconnectDelay(0), reconnectDelay(1), reconnectDelay(2)]);
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(attempts).toBe(3);
    expect(reconnectDelay(30)).toBe(30_000);
  });
});
