// The packaged app keeps its code in app.asar, but a worker thread loads its script from a real file: every
// worker script the build writes must be one that electron-builder unpacks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/runAssay';

/** A glob of electron-builder's as a regular expression: `**` any folders, `*` any name part. */
const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);

describe('worker scripts in the packaged app', () => {
  it('are each unpacked from app.asar', () => {
    const builder = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8');
    const block = /^asarUnpack:\n((?:\s+(?:-.*|#.*)\n)+)/m.exec(builder)?.[1] ?? '';
    const unpacked = [...block.matchAll(/^\s+- "?([^"\n]+)"?$/gm)].map((m) => globToRegExp(m[1]!));
    const build = fs.readFileSync(path.join(repoRoot, 'scripts', 'build.mjs'), 'utf8');
    // Every script built from a worker's entry: the import, scoring and packet workers, and the scoring thread.
    const workers = [...build.matchAll(/entryPoints: \['([^']+)'\], outfile: '([^']+)'/g)]
      .filter(([, entry]) => /Worker\.ts$/.test(entry!))
      .map(([, , outfile]) => outfile!);
    expect(workers).toEqual(expect.arrayContaining(['dist/electron/importWorker.cjs', 'dist/electron/scoreWorker.cjs', 'dist/electron/packetWorker.cjs', 'dist/electron/batchScoreWorker.cjs']));
    expect(workers.filter((file) => !unpacked.some((glob) => glob.test(file)))).toEqual([]);
  });
});
