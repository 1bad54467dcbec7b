// Builds what the CLI, the web host and the Electron app run: the Node side with esbuild, the renderer with Vite.
// Runs on `npm ci` (prepare), so `npx assay` works straight after install.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quiet = process.argv.includes('--quiet');
const started = Date.now();

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // `await import('pdfkit')` becomes a require when first reached: CommonJS loading, which reads packages from app.asar.
  supported: { 'dynamic-import': false },
};

await Promise.all([
  esbuild({ ...node, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/electron/cli.cjs', packages: 'external' }),
  esbuild({ ...node, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', packages: 'external' }),
  esbuild({ ...node, entryPoints: ['electron/core/imports/importWorker.ts'], outfile: 'dist/electron/importWorker.cjs', packages: 'external' }),
  esbuild({ ...node, entryPoints: ['electron/core/compare/scoreWorker.ts'], outfile: 'dist/electron/scoreWorker.cjs', packages: 'external' }),
  esbuild({ ...node, entryPoints: ['electron/core/compare/batchScoreWorker.ts'], outfile: 'dist/electron/batchScoreWorker.cjs', packages: 'external' }),
  esbuild({ ...node, entryPoints: ['electron/core/packets/packetWorker.ts'], outfile: 'dist/electron/packetWorker.cjs', packages: 'external' }),
  // scripts/start.mjs finds the default workspace with the same rule as the app.
  esbuild({ ...node, entryPoints: ['electron/core/workspace/userDataDir.ts'], outfile: 'dist/electron/userDataDir.cjs', packages: 'external' }),
  // A sandboxed preload can require only 'electron', so everything else is bundled into it.
  esbuild({ ...node, platform: 'browser', entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'], minify: true }),
]);
await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
if (!quiet) console.log(`assay: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
