// Reading a ZIP that Assay did not necessarily write (a backup, a packet, a case archive) without trusting it:
// the central directory is read first, each entry's name and kind is judged before any byte is extracted, and
// each entry inflates through yauzl, which stops one that holds more than it declares.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipEntryInfo {
  name: string;
  size: number;
  compressedSize: number;
  isDirectory: boolean;
  isSymlink: boolean;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why an entry must not be extracted (a path that escapes, an absolute path, a link), or null when it is safe. */
export function unsafeEntryReason(entry: ZipEntryInfo): string | null {
  const name = entry.name;
  if (entry.isSymlink) return `${name} is a symbolic link`;
  if (name.includes('\\')) return `${name} uses a backslash in its path`;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return `${name} is an absolute path`;
  if (name.split('/').some((part) => part === '..')) return `${name} climbs out of the archive with ".."`;
  if (name.includes('\0')) return `${name} holds a NUL character`;
  return null;
}

/** An entry yauzl refused for its name while reading the central directory, in our words. */
export class UnsafeZipEntryError extends Error {}

const YAUZL_NAME_ERRORS: [RegExp, (name: string) => string][] = [
  [/^absolute path: (.*)$/s, (name) => `${name} is an absolute path`],
  [/^invalid relative path: (.*)$/s, (name) => `${name} climbs out of the archive with ".."`],
  [/^invalid characters in fileName: (.*)$/s, (name) => `${name} uses a backslash in its path`],
];

function unsafeNameError(e: unknown): UnsafeZipEntryError | null {
  const message = (e as Error)?.message ?? '';
  for (const [pattern, say] of YAUZL_NAME_ERRORS) {
    const m = pattern.exec(message);
    if (m) return new UnsafeZipEntryError(say(m[1]!));
  }
  return null;
}

export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly raw: Map<string, yauzl.Entry>,
    /** Every entry, in the order the ZIP stores them. */
    readonly entries: ZipEntryInfo[],
    /** Names that occur more than once in the central directory. */
    readonly duplicateNames: string[],
  ) {}

  /** Opens the ZIP and reads its central directory; rejects with yauzl's error if it is not a ZIP. */
  static async open(file: string): Promise<ZipArchive> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      // strictFileNames leaves names as written, so the checks above see backslashes and absolute paths.
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (e, z) => (e ? reject(e) : resolve(z))),
    );
    try {
      const raw = new Map<string, yauzl.Entry>();
      const entries: ZipEntryInfo[] = [];
      const duplicates: string[] = [];
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', resolve);
        zip.on('entry', (entry: yauzl.Entry) => {
          const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
          const info: ZipEntryInfo = {
            name: entry.fileName,
            size: entry.uncompressedSize,
            compressedSize: entry.compressedSize,
            isDirectory: entry.fileName.endsWith('/'),
            isSymlink: mode === S_IFLNK,
          };
          if (raw.has(info.name)) duplicates.push(info.name);
          raw.set(info.name, entry);
          entries.push(info);
          zip.readEntry();
        });
        zip.readEntry();
      });
      return new ZipArchive(zip, raw, entries, duplicates);
    } catch (e) {
      zip.close();
      throw unsafeNameError(e) ?? e;
    }
  }

  /** One entry's bytes as a stream; it errors if the entry inflates past its declared size or is damaged. */
  openStream(name: string): Promise<Readable> {
    const entry = this.raw.get(name);
    if (!entry) return Promise.reject(new Error(`there is no ${name} in the archive`));
    return new Promise<Readable>((resolve, reject) => this.zip.openReadStream(entry, (e, s) => (e ? reject(e) : resolve(s))));
  }

  /** One small entry read whole (a manifest), refusing one larger than `maxBytes`. */
  async readSmall(name: string, maxBytes: number): Promise<Buffer> {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) throw new Error(`there is no ${name} in the archive`);
    if (entry.size > maxBytes) throw new Error(`${name} declares ${entry.size} bytes, more than the ${maxBytes} allowed`);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openStream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}
