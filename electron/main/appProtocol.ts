// The app:// scheme: the window's pages come from dist/renderer through it, never from file:// or the network.
// Every response carries the renderer's CSP; a path that would leave dist/renderer is refused.
import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { RENDERER_SECURITY_HEADERS as SECURITY_HEADERS, rendererContentType, resolveRendererFile } from '../core/security/rendererFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Must run before the app is ready. "standard" gives app://assay a real origin (so CSP 'self' and
 * relative URLs work); "secure" makes it a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves app://assay/… from rendererDir for the default session. Call once the app is ready. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}

/** The handler itself, free of Electron so it can be exercised with plain Requests. */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refusal(400, 'Bad request');
    }
    if (url.hostname !== APP_HOST) return refusal(404, 'Not found');
    const file = resolveRendererFile(root, url.pathname);
    if (!file) return refusal(403, 'Forbidden');
    if (!(await isRegularFile(file))) return refusal(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await fs.promises.readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': rendererContentType(file) },
    });
  };
}

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

const refusal = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
