// Prepares better-sqlite3 for Electron's ABI in <cache>/electron-native/, leaving the Node build in node_modules
// untouched (the CLI and tests keep using it). A prebuilt binary is tried first, then a node-gyp build.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { runStep } from './runStep.mjs';

const PREBUILT_TIME_LIMIT_MS = 3 * 60_000;
const COMPILE_TIME_LIMIT_MS = 15 * 60_000;
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
/** What node-gyp needs to rebuild the package; the Node build's own build/ folder is not copied. */
const SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

/** The folder for one (better-sqlite3, Electron, platform, arch) combination inside the cache folder. */
export function electronNativeDir(root, electronVersion, { cacheDir, platform = process.platform, arch = process.arch }) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'));
  return path.join(cacheDir, 'electron-native', `better-sqlite3-${version}-electron-${electronVersion}-${platform}-${arch}`);
}

/**
 * Resolves { binding } (the path of the Electron-ABI better_sqlite3.node) or { logFile } when neither
 * a prebuilt binary nor a local build could be had. An existing build is reused.
 */
export async function ensureElectronSqliteBinding(root, electronVersion, { cacheDir, platform = process.platform, arch = process.arch }) {
  const dir = electronNativeDir(root, electronVersion, { cacheDir, platform, arch });
  const binding = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return { binding };

  const source = path.join(root, 'node_modules', 'better-sqlite3');
  copySources(source, dir);
  const logFile = path.join(dir, 'assay-build.log');

  const prebuildInstall = resolveFrom(path.join(source, 'package.json'), 'prebuild-install/bin.js');
  if (prebuildInstall) {
    await runStep(process.execPath, [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--platform', platform, '--arch', arch, '--verbose'], {
      cwd: dir,
      timeoutMs: PREBUILT_TIME_LIMIT_MS,
      logFile,
      announce: `assay: fetching better-sqlite3 for Electron ${electronVersion} (first start only)…`,
    });
    if (fs.existsSync(binding)) return { binding };
  }

  const nodeGyp = findNodeGyp(root);
  if (nodeGyp) {
    await runStep(process.execPath, [nodeGyp, 'rebuild', '--release', '--jobs=max', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`], {
      cwd: dir,
      env: withoutNodeHeaders(process.env),
      timeoutMs: COMPILE_TIME_LIMIT_MS,
      logFile,
      announce: `assay: compiling better-sqlite3 for Electron ${electronVersion} (first start only; this takes a few minutes)…`,
      announceAfterMs: 10_000,
    });
    if (fs.existsSync(binding)) return { binding };
  } else {
    fs.appendFileSync(logFile, 'node-gyp was not found (neither in node_modules nor bundled with npm).\n');
  }
  return { logFile };
}

function copySources(source, dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of SOURCES) {
    const from = path.join(source, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true, force: true });
  }
}

function resolveFrom(fromFile, request) {
  try {
    return createRequire(fromFile).resolve(request);
  } catch {
    return null;
  }
}

/** npm's node-gyp (newer, and what `npm start` names in npm_config_node_gyp), else the project's copy. */
function findNodeGyp(root) {
  const bundledWithNpm = [
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const candidates = [process.env.npm_config_node_gyp, ...bundledWithNpm, resolveFrom(path.join(root, 'package.json'), 'node-gyp/bin/node-gyp.js')];
  return candidates.find((file) => file && file.endsWith('.js') && fs.existsSync(file)) ?? null;
}

/** An npm `nodedir` setting would make node-gyp compile against Node's headers instead of Electron's. */
function withoutNodeHeaders(env) {
  const copy = { ...env };
  for (const key of Object.keys(copy)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete copy[key];
  return copy;
}
