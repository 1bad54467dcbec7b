// Runs the built `assay` command as a person would, capturing what it prints and how it exits.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const assayBin = path.join(repoRoot, 'bin', 'assay.cjs');
/** The bundled import worker; `npm test` builds dist/ before the tests run. */
export const importWorkerScript = path.join(repoRoot, 'dist', 'electron', 'importWorker.cjs');

export function runAssay(args: string[], options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [assayBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    cwd: options.cwd ?? repoRoot,
    maxBuffer: 512 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `assay serve` and resolves with the URL from its first stdout line. */
export async function startServe(dbPath: string, extra: string[] = []): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [assayBin, 'serve', '--db', dbPath, '--port', '0', '--no-open', ...extra], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`assay serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
