// `npm start`: the desktop app where Electron can run; otherwise the same workstation in the browser
// (`assay serve`). Builds dist/ when missing, gets Electron and an Electron build of better-sqlite3, then launches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqliteBinding } from './electronNative.mjs';
import { ensureElectronBinary, electronVersion } from './electronRuntime.mjs';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** Downloads and native builds; ASSAY_CACHE_DIR moves them (tests do). */
const cacheDir = process.env.ASSAY_CACHE_DIR ? path.resolve(process.env.ASSAY_CACHE_DIR) : path.join(root, '.cache');
const cli = path.join(root, 'bin', 'assay.cjs');
const BUILT_FILES = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/cli.cjs', 'dist/electron/userDataDir.cjs', 'dist/renderer/index.html'];
const FALLBACK = 'serving Assay in your browser instead.';

const extraArgs = process.argv.slice(2);
const namesWorkspace = extraArgs.some((arg) => arg === '--db' || arg.startsWith('--db='));
process.exitCode = await start();

async function start() {
  const built = ensureBuilt();
  if (built !== 0) return built;
  // The app's own rule (electron/core/workspace/userDataDir.ts), bundled by the build.
  const { defaultWorkspacePath } = createRequire(import.meta.url)(path.join(root, 'dist', 'electron', 'userDataDir.cjs'));
  const dbPath = defaultWorkspacePath();

  const electron = await prepareElectron();
  if (!electron.ok) {
    process.stderr.write(`assay: ${electron.reason}; ${FALLBACK}\n`);
    const created = await createDefaultWorkspaceIfMissing(dbPath);
    if (created !== 0) return created;
    return run(process.execPath, [cli, 'serve', ...(namesWorkspace ? [] : ['--db', dbPath]), ...extraArgs], process.env);
  }
  // Written here with the Node build of better-sqlite3, so the app's first start only has to open it.
  const created = await createDefaultWorkspaceIfMissing(dbPath);
  if (created !== 0) return created;
  const env = { ...process.env, ASSAY_SQLITE_BINDING: electron.binding };
  delete env.ELECTRON_RUN_AS_NODE; // it would make the Electron binary behave as plain Node
  return run(electron.binary, [root, ...extraArgs], env);
}

/** Builds dist/ when a file the app or the CLI runs is missing. */
function ensureBuilt() {
  if (BUILT_FILES.every((file) => fs.existsSync(path.join(root, file)))) return 0;
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status === 0) return 0;
  process.stderr.write('assay: the build failed (see above), so Assay cannot start.\n');
  return build.status ?? 1;
}

/** { ok, binary, binding } when the desktop app can start here, else { ok: false, reason } in a few words. */
async function prepareElectron() {
  const env = process.env;
  if (env.ASSAY_NO_ELECTRON && env.ASSAY_NO_ELECTRON !== '0') return { ok: false, reason: 'ASSAY_NO_ELECTRON is set' };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no graphical display here (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  let version;
  try {
    version = electronVersion(root);
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const downloadLog = path.join(cacheDir, 'electron-runtime', 'download.log');
  const binary = await ensureElectronBinary(root, { logFile: downloadLog });
  if (!binary) return { ok: false, reason: `the Electron runtime is not available here (could not download it; see ${shortPath(downloadLog)})` };
  const sqlite = await ensureElectronSqliteBinding(root, version, { cacheDir });
  if (!sqlite.binding) return { ok: false, reason: `better-sqlite3 could not be built for Electron ${version} (see ${shortPath(sqlite.logFile)})` };
  return { ok: true, binary, binding: sqlite.binding };
}

/** A path relative to the project when it lies inside it, so the one-line notice stays short. */
function shortPath(file) {
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** The first start writes the demo workspace, as the desktop app would; its summary goes to stderr. */
async function createDefaultWorkspaceIfMissing(dbPath) {
  if (namesWorkspace || fs.existsSync(dbPath)) return 0;
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  return run(process.execPath, [cli, 'demo', '--db', dbPath], process.env, ['ignore', 2, 'inherit']);
}

/** Runs a child to its end, passing stop signals on; resolves with the exit code to leave with. */
function run(command, args, env, stdio = 'inherit') {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio });
    const forward = (signal) => () => child.kill(signal);
    const onTerm = forward('SIGTERM');
    const onHup = forward('SIGHUP');
    // Ctrl+C reaches the child from the terminal too; pass it on only if the child has not stopped by itself.
    const onInt = () => setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGINT'), 1000).unref();
    process.on('SIGTERM', onTerm).on('SIGHUP', onHup).on('SIGINT', onInt);
    const done = (code) => {
      process.off('SIGTERM', onTerm).off('SIGHUP', onHup).off('SIGINT', onInt);
      resolve(code);
    };
    child.on('error', (e) => {
      process.stderr.write(`assay: could not start ${path.basename(command)}: ${e.message}\n`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? 128 + (os.constants.signals[signal] ?? 0)));
  });
}
