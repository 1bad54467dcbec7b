// Writes a packet's files as a folder or a ZIP, all or nothing: everything goes into a work folder beside the
// target and is renamed into place at the end; work folders left by a killed export are removed by the next one. Evidence files are streamed from the store and re-hashed on
// the way, so memory stays flat in the number of images and a changed store file fails the export.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { makeWorkFolder, removeStaleWorkFolders } from '../backup/staleWork';
import { AssayError, storageError } from '../errors';

export type PacketEntry = { path: string; bytes: Buffer } | { path: string; file: string; sha256: string; size: number; label: string };

export interface WriteOptions {
  zip: boolean;
  force: boolean;
  /** Every ZIP entry's modification time: the export's time, so the same export gives the same bytes. */
  time: Date;
  onProgress?(done: number, total: number): void;
}

/** Refuses an output that exists unless --force was given. */
export function checkOutput(out: string, force: boolean): void {
  if (fs.existsSync(out) && !force) throw new AssayError('exists', `${out} already exists. Choose another --out, or add --force to replace it.`);
  if (!fs.existsSync(path.dirname(out))) throw new AssayError('not_found', `The folder ${path.dirname(out)} does not exist, so ${path.basename(out)} cannot be written there.`);
}

/** A stream stage that hashes what passes and fails when the bytes are not the ones the evidence row names. */
function hashCheck(entry: Extract<PacketEntry, { file: string }>): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      const actual = hash.digest('hex');
      if (actual !== entry.sha256 || size !== entry.size) {
        cb(new AssayError('verification_failed', `Evidence file ${entry.label} (${entry.file}) has changed in the store: its SHA-256 is ${actual}, not ${entry.sha256}. Run "assay verify --db" to see what else changed.`));
      } else cb();
    },
  });
}

/** `.assay-packet-<pid>-XXXXXX`: the work folder of one export, recognisable by the next once its process is gone. */
const WORK_PREFIX = '.assay-packet-';

export async function writePacket(entries: PacketEntry[], out: string, o: WriteOptions): Promise<void> {
  for (const e of entries) {
    if ('file' in e && !fs.existsSync(e.file)) {
      throw new AssayError('not_found', `Evidence file ${e.label} (SHA-256 ${e.sha256}) is missing from the evidence store (${e.file}). No packet was written; restore the file from a backup.`);
    }
  }
  let work: string | null = null;
  try {
    removeStaleWorkFolders(path.dirname(out), WORK_PREFIX);
    work = makeWorkFolder(path.dirname(out), WORK_PREFIX);
    const temp = path.join(work, path.basename(out));
    if (o.zip) await writeZip(entries, temp, o);
    else await writeFolder(entries, temp, o);
    if (fs.existsSync(out)) fs.rmSync(out, { recursive: true, force: true });
    fs.renameSync(temp, out);
  } catch (e) {
    // A full or read-only target speaks as backups do, naming the packet; the work folder goes in `finally`.
    throw storageError(e, `The packet export to ${out}`) ?? e;
  } finally {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
}

async function writeFolder(entries: PacketEntry[], dir: string, o: WriteOptions): Promise<void> {
  fs.mkdirSync(dir);
  let done = 0;
  for (const e of entries) {
    const target = path.join(dir, ...e.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if ('bytes' in e) fs.writeFileSync(target, e.bytes, { flag: 'wx' });
    else await pipeline(fs.createReadStream(e.file, { highWaterMark: 256 * 1024 }), hashCheck(e), fs.createWriteStream(target, { flags: 'wx' }));
    o.onProgress?.(++done, entries.length);
  }
}

async function writeZip(entries: PacketEntry[], file: string, o: WriteOptions): Promise<void> {
  const zip = new yazl.ZipFile();
  const base = { mtime: o.time, mode: 0o100644 };
  let done = 0;
  let failed: unknown = null;
  for (const e of entries) {
    if ('bytes' in e) {
      // Images and PDFs are compressed already; text shrinks.
      zip.addBuffer(e.bytes, e.path, { ...base, compress: !/\.(pdf|jpe?g|png|webp|gif|zip)$/i.test(e.path) });
      continue;
    }
    zip.addReadStreamLazy(e.path, { ...base, compress: false, size: e.size }, (cb) => {
      const source = fs.createReadStream(e.file, { highWaterMark: 256 * 1024 });
      const check = hashCheck(e);
      source.on('error', (err) => check.destroy(err));
      check.on('error', (err) => (failed ??= err));
      check.on('end', () => o.onProgress?.(++done, entries.length));
      cb(null, source.pipe(check));
    });
  }
  zip.end();
  try {
    await pipeline(zip.outputStream, fs.createWriteStream(file, { flags: 'wx' }));
  } catch (e) {
    throw failed ?? e;
  }
  if (failed) throw failed;
  o.onProgress?.(entries.length, entries.length);
}
