// Work folders of a backup, restore or packet export whose process was killed before it could clean up: named
// with the process id that made them, they are removed by the next such work once that process is gone.
import fs from 'node:fs';
import path from 'node:path';

import { isProcessAlive } from '../imports/processAlive';

/** Makes `<folder>/<prefix><pid>-XXXXXX`, recognisable later by its prefix and process id. */
export const makeWorkFolder = (folder: string, prefix: string): string => fs.mkdtempSync(path.join(folder, `${prefix}${process.pid}-`));

/** Removes `<prefix><pid>-…` folders in `folder` whose process no longer runs; returns what it removed. */
export function removeStaleWorkFolders(folder: string, prefix: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isProcessAlive(pid)) continue;
    fs.rmSync(path.join(folder, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
