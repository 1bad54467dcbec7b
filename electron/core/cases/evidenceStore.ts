// The content-addressed evidence store: each file's bytes live once, beside the database, at
// evidence/ab/cdef… named by their SHA-256. Files are written once and never changed; a put of bytes that are
// already there is a no-op. Writes go to a temporary name and are renamed into place, so a crash never leaves a
// half-written file under a hash name.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import { AssayError } from '../errors';
import { sha256File } from '../hashing';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Absolute path of the stored copy. */
  path: string;
  /** False when the store already held these bytes. */
  added: boolean;
}

export interface EvidenceStore {
  /** The store's root folder (`<workspace>/evidence`). */
  readonly root: string;
  /** Where the file with this hash lives (whether or not it is there). */
  pathOf(sha256: string): string;
  has(sha256: string): boolean;
  /** Copies a file into the store, hashing it as it streams, in flat memory. */
  putFile(source: string): Promise<StoredFile>;
  /** Stores bytes already in memory (a generated redaction, a small capture). */
  putBytes(bytes: Uint8Array): StoredFile;
  /** Re-hashes a stored file; null when it matches, otherwise a sentence naming the file and what is wrong. */
  check(sha256: string): Promise<string | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function evidenceStoreFor(workspaceDir: string): EvidenceStore {
  const root = path.join(workspaceDir, 'evidence');

  const pathOf = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new AssayError('invalid_input', `"${sha256}" is not a SHA-256 in hex.`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2));
  };

  const moveIntoPlace = (temp: string, sha256: string, size: number): StoredFile => {
    const target = pathOf(sha256);
    if (fs.existsSync(target)) {
      fs.rmSync(temp, { force: true });
      return { sha256, size, path: target, added: false };
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(temp, target);
    fs.chmodSync(target, 0o444);
    return { sha256, size, path: target, added: true };
  };

  const tempPath = (): string => {
    fs.mkdirSync(root, { recursive: true });
    return path.join(root, `.incoming-${process.pid}-${randomBytes(6).toString('hex')}`);
  };

  return {
    root,
    pathOf,
    has: (sha256) => fs.existsSync(pathOf(sha256)),

    async putFile(source) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(source);
      } catch {
        throw new AssayError('not_found', `Cannot read ${source}: no such file.`);
      }
      if (!stat.isFile()) throw new AssayError('invalid_input', `${source} is not a file.`);
      const temp = tempPath();
      const hash = createHash('sha256');
      let size = 0;
      try {
        await pipeline(
          fs.createReadStream(source, { highWaterMark: 1024 * 1024 }),
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              hash.update(chunk);
              size += chunk.length;
              yield chunk;
            }
          },
          fs.createWriteStream(temp, { flags: 'wx' }),
        );
      } catch (e) {
        fs.rmSync(temp, { force: true });
        throw new AssayError('io_error', `Could not copy ${source} into the evidence store: ${(e as Error).message}`, { cause: e });
      }
      return moveIntoPlace(temp, hash.digest('hex'), size);
    },

    putBytes(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (fs.existsSync(target)) return { sha256, size: bytes.length, path: target, added: false };
      const temp = tempPath();
      fs.writeFileSync(temp, bytes, { flag: 'wx' });
      return moveIntoPlace(temp, sha256, bytes.length);
    },

    async check(sha256) {
      const file = pathOf(sha256);
      if (!fs.existsSync(file)) return `Evidence file ${sha256} is missing from the store (${file}).`;
      const actual = await sha256File(file);
      return actual === sha256 ? null : `Evidence file ${file} has changed: its SHA-256 is now ${actual}, not ${sha256}.`;
    },
  };
}
