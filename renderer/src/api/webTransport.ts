// The browser transport for `assay serve`: POST /api/call/<op> with the launch token as a Bearer header,
// events read from GET /api/events (fetch + ReadableStream, because EventSource cannot send headers),
// and files for import uploaded to POST /api/upload, since a page cannot know a file's path.
import type { Result } from '../../../electron/api/result';
import { ApiError } from './apiError';
import { createEventStreamParser } from './eventStreamParser';
import type { Transport } from './transport';

export interface WebTransportOptions {
  /** The token from the link printed by `assay serve`; null when the page was opened without it. */
  token: string | null;
  /** Told once the server refuses the token, so the page can explain what to do. */
  onUnauthorized: () => void;
  fetch?: typeof fetch;
  /** Waits before reconnecting the event stream; replaceable so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const LINK_NEEDED = 'This page needs the link printed by `assay serve`, which carries the access token.';
const UNREACHABLE = 'Assay’s local server did not answer. Check that `assay serve` is still running, then reload the page.';
const MAX_BACKOFF_MS = 30_000;

/** Delay before the n-th reconnection attempt (0-based): 1 s, 2 s, 4 s … capped at 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempt, 15));
}

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && 'ok' in body && typeof (body as { ok: unknown }).ok === 'boolean';

export function createWebTransport(options: WebTransportOptions): Transport {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stream: AbortController | null = null;
  let refused = false;

  const headers = (): Record<string, string> => (options.token ? { Authorization: `Bearer ${options.token}` } : {});

  const refuse = (message?: string): ApiError => {
    if (!refused) {
      refused = true;
      options.onUnauthorized();
    }
    return new ApiError('unauthorized', message || LINK_NEEDED);
  };

  /** Sends one request with the token and reads its Result; 401 means the token was refused. */
  const post = async (url: string, what: string, init: RequestInit): Promise<Result<unknown>> => {
    if (!options.token) throw refuse();
    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, method: 'POST', headers: { ...headers(), ...(init.headers as Record<string, string>) } });
    } catch {
      throw new ApiError('unreachable', UNREACHABLE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (response.status === 401) throw refuse(isResult(body) && !body.ok ? body.error.message : undefined);
    if (!isResult(body)) throw new ApiError('bad_response', `Assay’s local server answered ${what} with something other than a result (HTTP ${response.status}).`);
    return body;
  };

  const call = (op: string, input: unknown): Promise<Result<unknown>> =>
    post(`/api/call/${encodeURIComponent(op)}`, op, { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input ?? {}) });

  /** The file itself is the body, so the browser streams it rather than reading it into memory. */
  const fileToPath = async (file: File): Promise<string> => {
    const result = await post('/api/upload', `the upload of “${file.name}”`, {
      headers: { 'x-file-name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    const value = result.value as { path?: unknown } | null;
    if (typeof value?.path !== 'string' || value.path === '') throw new ApiError('bad_response', `Assay’s local server took “${file.name}” but did not say where it kept it.`);
    return value.path;
  };

  const dispatchEvent = (name: string, data: string) => {
    const set = listeners.get(name);
    if (!set || set.size === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of [...set]) listener(payload);
  };

  /** Keeps one event stream open while anyone listens, reconnecting with backoff when it drops. */
  const runStream = async (controller: AbortController) => {
    let attempt = 0;
    while (!controller.signal.aborted && !refused) {
      try {
        const response = await fetchImpl('/api/events', { headers: { ...headers(), Accept: 'text/event-stream' }, signal: controller.signal });
        if (response.status === 401) {
          refuse();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        attempt = 0;
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        const parse = createEventStreamParser();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const event of parse(decoder.decode(value, { stream: true }))) dispatchEvent(event.name, event.data);
        }
      } catch {
        // A dropped or refused connection: fall through to the backoff and try again.
      }
      if (controller.signal.aborted) return;
      await sleep(reconnectDelay(attempt++));
    }
  };

  const on = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    if (!stream && options.token) {
      stream = new AbortController();
      void runStream(stream);
    }
    return () => {
      set.delete(listener);
      const anyone = [...listeners.values()].some((s) => s.size > 0);
      if (!anyone && stream) {
        stream.abort();
        stream = null;
      }
    };
  };

  return { call, on, fileToPath };
}
