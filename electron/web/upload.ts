// Receives a file a browser sends for import (the browser cannot give Assay a path), streamed to disk
// under the workspace's incoming/ folder with a safe name.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';

/** A file name with no folders, no control characters and nothing a file system treats specially. */
export function safeFileName(raw: string): string {
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Keep the raw text; it is cleaned below.
  }
  name = path.basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return name || 'upload';
}

/** Streams the request body to a new file and resolves with its path. */
export async function receiveUpload(req: http.IncomingMessage, uploadDir: string): Promise<string> {
  const header = req.headers['x-file-name'];
  const dir = path.join(uploadDir, randomUUID());
  await fs.promises.mkdir(dir, { recursive: true });
  const file = path.join(dir, safeFileName(typeof header === 'string' ? header : 'upload'));
  await pipeline(req, fs.createWriteStream(file, { flags: 'wx' }));
  return file;
}
