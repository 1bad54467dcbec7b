// A size-limited folder for disk-full tests: a tmpfs mounted in a temporary folder (needs root, as in CI here).
// Where the machine does not allow mounting, `smallDiskSupported` is false and the tests that need one skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const mount = (args: string[]) => spawnSync('mount', args, { encoding: 'utf8' });

function probe(): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-probe-'));
  try {
    if (mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status !== 0) return false;
    spawnSync('umount', [dir]);
    return true;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const smallDiskSupported = process.platform === 'linux' && process.getuid?.() === 0 && probe();

export interface SmallDisk {
  dir: string;
  /** Makes the whole file system read-only, as a write-protected drive would be. */
  makeReadOnly(): void;
  remove(): void;
}

export function mountSmallDisk(bytes: number): SmallDisk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-small-disk-'));
  const result = mount(['-t', 'tmpfs', '-o', `size=${Math.ceil(bytes / 1024)}k`, 'tmpfs', dir]);
  if (result.status !== 0) throw new Error(`could not mount a small disk: ${result.stderr}`);
  return {
    dir,
    makeReadOnly: () => void mount(['-o', 'remount,ro', dir]),
    remove: () => {
      spawnSync('umount', [dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
