// Reads a packet as it was delivered, a folder or a ZIP, through one interface: its file names, and each
// file's bytes as a stream, so verification hashes every file in flat memory.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AssayError } from '../errors';

export interface PacketReader {
  /** Every file's path inside the packet, with "/" separators. */
  names: string[];
  open(name: string): Promise<Readable>;
  close(): void;
}

export async function openPacket(location: string): Promise<PacketReader> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch {
    throw new AssayError('not_found', `There is no packet at ${location}.`);
  }
  return stat.isDirectory() ? folderReader(location) : zipReader(location);
}

function folderReader(root: string): PacketReader {
  const names: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (d.isDirectory()) walk(path.join(dir, d.name), `${prefix}${d.name}/`);
      else names.push(`${prefix}${d.name}`);
    }
  };
  walk(root, '');
  return { names, open: async (name) => fs.createReadStream(path.join(root, ...name.split('/'))), close: () => undefined };
}

async function zipReader(file: string): Promise<PacketReader> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, z) => (err || !z ? reject(new AssayError('invalid_input', `${file} is neither a packet folder nor a readable ZIP (${err?.message ?? 'unreadable'}).`)) : resolve(z))),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (!e.fileName.endsWith('/')) {
        if (entries.has(e.fileName)) return reject(new AssayError('verification_failed', `${e.fileName}: appears twice in the ZIP.`));
        entries.set(e.fileName, e);
      }
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', (e: Error) => reject(new AssayError('verification_failed', `${file} is damaged: its ZIP directory cannot be read (${e.message}).`)));
    zip.readEntry();
  }).catch((e: unknown) => {
    zip.close();
    throw e;
  });
  return {
    names: [...entries.keys()].sort(),
    open: (name) =>
      new Promise<Readable>((resolve, reject) => zip.openReadStream(entries.get(name)!, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s)))),
    close: () => zip.close(),
  };
}
