// Finds the Electron binary that the `electron` package installs, and on a machine without it runs that
// package's own install.js to download it (the first `npm start` on a new machine with internet).
import fs from 'node:fs';
import path from 'node:path';
import { runStep } from './runStep.mjs';

const DOWNLOAD_TIME_LIMIT_MS = 10 * 60_000;

export function electronPackageDir(root) {
  return path.join(root, 'node_modules', 'electron');
}

export function electronVersion(root) {
  return JSON.parse(fs.readFileSync(path.join(electronPackageDir(root), 'package.json'), 'utf8')).version;
}

/** The executable, as node_modules/electron/index.js computes it; null when it is not on disk. */
export function electronBinaryPath(root, env = process.env) {
  const dir = electronPackageDir(root);
  let executable = '';
  try {
    executable = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    // Not downloaded yet, unless ELECTRON_OVERRIDE_DIST_PATH points at a binary elsewhere.
  }
  let binary;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
  else if (executable) binary = path.join(dir, 'dist', executable);
  return binary && fs.existsSync(binary) ? binary : null;
}

/** The binary's path, downloading it first when it is missing; null when it cannot be had. */
export async function ensureElectronBinary(root, { logFile, env = process.env }) {
  const existing = electronBinaryPath(root, env);
  if (existing) return existing;
  const installer = path.join(electronPackageDir(root), 'install.js');
  if (!fs.existsSync(installer)) return null;
  const step = await runStep(process.execPath, [installer], {
    cwd: electronPackageDir(root),
    env,
    timeoutMs: DOWNLOAD_TIME_LIMIT_MS,
    logFile,
    announce: `assay: downloading the Electron ${electronVersion(root)} runtime (first start only)…`,
  });
  return step.ok ? electronBinaryPath(root, env) : null;
}
