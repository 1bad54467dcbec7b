// `npm start` (scripts/start.mjs) where the desktop app cannot run: one line says why, the first run writes
// the demo workspace into the user data folder, and the same workstation is served to the browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FALLBACK_LINE = /^assay: .+; serving Assay in your browser instead\.$/;

const started: ChildProcess[] = [];
const temporary: string[] = [];

afterEach(async () => {
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

/** Starts `node scripts/start.mjs --no-open` and resolves once it prints its first stdout line (the URL). */
function startUntilServing(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--no-open'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.setEncoding('utf8');
  return new Promise<{ child: ChildProcess; url: string; stderrLines: () => string[] }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve({ child, url: stdout.slice(0, newline).trim(), stderrLines: () => stderr.split('\n').filter(Boolean) });
    });
    child.once('exit', (code) => reject(new Error(`start.mjs exited with ${code} before serving.\nstdout: ${stdout}\nstderr: ${stderr}`)));
  });
}

const baseEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASSAY_HOME: home };
  delete env.ASSAY_NO_ELECTRON;
  return env;
};

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('npm start without the desktop app', () => {
  it('with ASSAY_NO_ELECTRON=1 says so in one line, writes the demo workspace under ASSAY_HOME and serves it', async () => {
    const home = tempDir('assay-start-');
    const { child, url, stderrLines } = await startUntilServing({ ...baseEnv(home), ASSAY_NO_ELECTRON: '1' });

    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const notices = stderrLines().filter((line) => FALLBACK_LINE.test(line));
    expect(notices).toEqual(['assay: ASSAY_NO_ELECTRON is set; serving Assay in your browser instead.']);
    expect(fs.statSync(path.join(home, 'workspace', 'assay.db')).size).toBeGreaterThan(0);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect(await stop(child)).toBe(0);
  }, 180_000);

  it('when the Electron binary is missing and cannot be downloaded, says so in one line and serves in the browser', async () => {
    const home = tempDir('assay-start-');
    const { child, url, stderrLines } = await startUntilServing({
      ...baseEnv(home),
      // Where the electron package looks for its binary: an empty folder; and install.js must not download.
      ELECTRON_OVERRIDE_DIST_PATH: tempDir('assay-no-electron-'),
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      ASSAY_CACHE_DIR: tempDir('assay-cache-'),
      DISPLAY: process.env.DISPLAY || ':0',
    });

    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const notices = stderrLines().filter((line) => FALLBACK_LINE.test(line));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^assay: the Electron runtime is not available here \(could not download it; see .+\); serving Assay in your browser instead\.$/);
    expect(fs.existsSync(path.join(home, 'workspace', 'assay.db'))).toBe(true);
    expect((await fetch(url)).status).toBe(200);
    expect(await stop(child)).toBe(0);
  }, 180_000);
});

describe('npm start with Electron available', () => {
  const packageVersion = (name: string) => (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

  it.skipIf(process.platform === 'win32')(
    'launches the Electron binary on the app folder with the Electron build of better-sqlite3 and the extra arguments, and exits with its code',
    async () => {
      const home = tempDir('assay-start-');
      const cache = tempDir('assay-cache-');
      // A stand-in for the Electron binary that records how it was started.
      const electronDir = tempDir('assay-fake-electron-');
      const record = path.join(electronDir, 'launch.json');
      fs.writeFileSync(
        path.join(electronDir, 'electron'),
        `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), binding: process.env.ASSAY_SQLITE_BINDING, runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\nprocess.exit(7);\n`,
        { mode: 0o755 },
      );
      // An Electron build of better-sqlite3 from an earlier start, where start.mjs keeps it.
      const nativeDir = path.join(cache, 'electron-native', `better-sqlite3-${packageVersion('better-sqlite3')}-electron-${packageVersion('electron')}-${process.platform}-${process.arch}`);
      const binding = path.join(nativeDir, 'build', 'Release', 'better_sqlite3.node');
      fs.mkdirSync(path.dirname(binding), { recursive: true });
      fs.writeFileSync(binding, 'stand-in');

      const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--inspect-nothing', 'x'], {
        cwd: root,
        env: { ...baseEnv(home), ELECTRON_OVERRIDE_DIST_PATH: electronDir, ASSAY_CACHE_DIR: cache, DISPLAY: ':0', ELECTRON_RUN_AS_NODE: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.push(child);
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

      expect(code).toBe(7);
      expect(stderr).not.toMatch(/serving Assay in your browser/);
      expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toEqual({ args: [root, '--inspect-nothing', 'x'], binding, runAsNode: null });
      // The first start wrote the demo workspace with the Node build, so the app only has to open it.
      expect(fs.existsSync(path.join(home, 'workspace', 'assay.db'))).toBe(true);
    },
    180_000,
  );
});
