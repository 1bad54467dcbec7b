// `assay serve`: the workstation in a browser, on 127.0.0.1 only. Its first stdout line is the URL to open.
import path from 'node:path';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { createEventBus } from '../../core/events/eventBus';
import { openWorkspaceSession } from '../../core/handlers/workspaceSession';
import { AssayError } from '../../core/errors';
import { startWebHost } from '../../web/webHost';
import type { CliIo } from '../io';
import type { CliEnvironment } from '../runCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';
import { openWorkspaceForCli } from '../openWorkspaceForCli';

export async function serveCommand(args: string[], io: CliIo, env: CliEnvironment): Promise<number> {
  const { rendererDir } = env;
  const { values } = parseFlags('serve', args, { db: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } });
  const dbPath = requireFlag('serve', 'db', values.db);
  const port = wholeNumberFlag('serve', 'port', values.port, 0, 65535) ?? 0;
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new AssayError('internal', `The app has not been built (${rendererDir} has no index.html). Run "npm run build" first.`);
  }
  const ws = openWorkspaceForCli(dbPath, io);
  const events = createEventBus();
  // The session lets Settings → Backup restore in place; the host keeps calling its stable handlers throughout.
  const session = openWorkspaceSession(ws, events, { importWorkerScript: env.importWorkerScript, report: (message) => io.stderr(`${message}\n`) });
  let host;
  try {
    host = await startWebHost({ handlers: session.handlers, events, rendererDir, uploadDir: path.join(ws.dir, 'incoming'), port, log: (line) => io.stderr(`${line}\n`) });
  } catch (e) {
    await session.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new AssayError('bad_flag', `Port ${port} is already in use; choose another with --port, or --port 0 for any free port.`);
    if (code === 'EACCES') throw new AssayError('bad_flag', `Port ${port} needs privileges this user does not have; choose a port above 1023.`);
    throw e;
  }
  // Listen for Ctrl+C before printing the link, so a stop that follows it at once is a clean stop.
  const interrupted = io.untilInterrupted();
  io.stdout(`${host.url}\n`);
  io.stderr(`Assay is serving ${ws.dbPath} on 127.0.0.1:${host.port}. Open the link above; press Ctrl+C to stop.\n`);
  if (!values['no-open']) openInBrowser(host.url);
  await interrupted;
  await host.close();
  await session.close();
  return 0;
}

/** Opens the default browser where there is one; a machine without one simply keeps the printed link. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser launcher on this machine: the link on stdout is enough.
  }
}
