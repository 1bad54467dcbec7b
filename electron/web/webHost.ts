// The local web host behind `assay serve`: the built renderer and the contract's API on 127.0.0.1 only,
// with a per-launch token on every API call and a Host/Origin check against DNS rebinding.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Handlers } from '../api/contract';
import { isEventName } from '../api/contract';
import { dispatch, type DispatchLog } from '../api/dispatch';
import type { ErrorCode, Result } from '../api/result';
import type { EventBus } from '../core/events/eventBus';
import { serveStaticFile } from './staticFiles';
import { receiveUpload } from './upload';

export interface WebHostOptions {
  handlers: Handlers;
  events: EventBus;
  /** Folder of the built renderer (dist/renderer). */
  rendererDir: string;
  /** Where files a browser uploads for import are kept (the workspace's incoming/ folder); none refuses uploads. */
  uploadDir?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const HOST = '127.0.0.1';

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  bad_flag: 400,
  unknown_operation: 404,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  internal: 500,
};

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const log = options.log ?? (() => {});
  const dispatchLog: DispatchLog = (e) => log(`api ${e.op}: ${e.code}: ${e.message}${e.code === 'internal' && e.cause ? ` (${String((e.cause as Error).stack ?? e.cause)})` : ''}`);
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const sendResult = (res: http.ServerResponse, result: Result<unknown>) => {
    const status = result.ok ? 200 : (STATUS_OF[result.error.code] ?? 400);
    const body = JSON.stringify(result);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(body);
  };
  const refuse = (res: http.ServerResponse, code: ErrorCode, message: string) => {
    log(`refused: ${message}`);
    sendResult(res, { ok: false, error: { code, message } });
  };

  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);

  const hasToken = (req: http.IncomingMessage): boolean => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
    if (!match?.[1]) return false;
    const given = Buffer.from(match[1]);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) return refuse(res, 'forbidden', `Refused a request for host "${host.slice(0, 100)}": Assay answers only to ${HOST}:${port}.`);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(res, 'forbidden', `Refused a request from origin "${origin.slice(0, 100)}".`);

    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (!hasToken(req)) return refuse(res, 'unauthorized', 'This request needs the token from the link printed by "assay serve".');
      return handleApi(req, res, url.pathname);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'forbidden', `Method ${req.method} is not allowed here.`);
    serveStaticFile(options.rendererDir, url.pathname, req, res);
  });

  const handleApi = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => {
    if (pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
    if (pathname === '/api/upload' && req.method === 'POST') {
      if (!options.uploadDir) return refuse(res, 'forbidden', 'This host does not take uploads.');
      return receiveUpload(req, options.uploadDir).then(
        (file) => sendResult(res, { ok: true, value: { path: file } }),
        (e: unknown) => refuse(res, 'invalid_input', `The upload failed: ${(e as Error).message}`),
      );
    }
    const call = /^\/api\/call\/([A-Za-z0-9_.-]{1,100})$/.exec(pathname);
    if (!call?.[1]) return refuse(res, 'not_found', `There is no API at ${pathname.slice(0, 100)}.`);
    if (req.method !== 'POST') return refuse(res, 'forbidden', 'API calls must use POST.');
    const op = call[1];
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) return;
      if (size > MAX_BODY_BYTES) {
        // Answer at once and drop the rest of the body unread; the connection closes after the answer.
        tooLarge = true;
        chunks.length = 0;
        res.setHeader('connection', 'close');
        refuse(res, 'too_large', `The request to ${op} is larger than ${MAX_BODY_BYTES / 1024} kB and was refused.`);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return;
      let input: unknown = {};
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() !== '') {
        try {
          input = JSON.parse(text);
        } catch {
          return refuse(res, 'invalid_input', `The request to ${op} is not valid JSON.`);
        }
      }
      dispatch(options.handlers, op, input, dispatchLog).then(
        (result) => sendResult(res, result),
        (e: unknown) => refuse(res, 'internal', `Assay could not complete ${op}: ${String(e)}`),
      );
    });
  };

  const openEventStream = (res: http.ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  };

  const unsubscribe = options.events.subscribe((name, payload) => {
    if (!isEventName(name)) return;
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, 25_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        unsubscribe();
        for (const res of streams) res.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
