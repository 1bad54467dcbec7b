// The parts of an .xlsx read through yauzl, in any order: each part inflated as UTF-8 text that never splits a
// character between chunks, and never past the size the ZIP declares for it (yauzl stops a part that lies).
import { Transform, type Readable } from 'node:stream';
import yauzl from 'yauzl';

/** A part that could not be inflated: damaged, or holding more than the ZIP declares for it. */
export class XlsxPartError extends Error {
  constructor(
    readonly part: string,
    cause: Error,
  ) {
    super(`${part}: ${cause.message}`, { cause });
  }
}

export class XlsxParts {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Every entry, by name, in the order the ZIP stores them. */
    readonly entries: Map<string, yauzl.Entry>,
  ) {}

  /** Opens the ZIP and reads its central directory (yauzl's error if it is not a ZIP). */
  static async open(file: string): Promise<XlsxParts> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (e, z) => (e ? reject(e) : resolve(z))),
    );
    try {
      const entries = new Map<string, yauzl.Entry>();
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', resolve);
        zip.on('entry', (entry: yauzl.Entry) => {
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
      return new XlsxParts(zip, entries);
    } catch (e) {
      zip.close();
      throw e;
    }
  }

  /** A part as a stream of text; `onBytes` hears how many inflated bytes have passed. */
  async stream(name: string, onBytes?: (bytes: number) => void): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`there is no ${name} in the archive`);
    const raw = await new Promise<Readable>((resolve, reject) => this.zip.openReadStream(entry, (e, s) => (e ? reject(e) : resolve(s))));
    let bytes = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        onBytes?.(bytes);
        done(null, chunk);
      },
    });
    raw.on('error', (e) => counted.destroy(new XlsxPartError(name, e)));
    counted.on('close', () => raw.destroy());
    // setEncoding decodes across chunk boundaries, so a character cut between two chunks comes through whole.
    return raw.pipe(counted).setEncoding('utf8');
  }

  /** The first `maxBytes` bytes of a part as text (the whole part by default). */
  async text(name: string, maxBytes = Infinity): Promise<string> {
    const stream = await this.stream(name);
    let text = '';
    try {
      for await (const chunk of stream as AsyncIterable<string>) {
        text += chunk;
        if (text.length >= maxBytes) break;
      }
    } finally {
      stream.destroy();
    }
    return text;
  }

  close(): void {
    this.zip.close();
  }
}
