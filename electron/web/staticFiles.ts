// Serves the built renderer's files to the browser, and nothing outside its folder.
import fs from 'node:fs';
import type http from 'node:http';
import { RENDERER_SECURITY_HEADERS, rendererContentType, resolveRendererFile } from '../core/security/rendererFiles';

export function serveStaticFile(root: string, urlPath: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const file = resolveRendererFile(root, urlPath);
  const notFound = () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
    res.end('Not found\n');
  };
  if (!file) return notFound();
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return notFound();
    res.writeHead(200, {
      ...RENDERER_SECURITY_HEADERS,
      'content-type': rendererContentType(file),
      'content-length': stat.size,
      'x-frame-options': 'DENY',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).pipe(res);
  });
}
