// The file itself: whether it can be read at all, its name as a person knows it, and its first bytes.
// Refusals here are whole-file: missing, a folder, empty.
import fs from 'node:fs';
import path from 'node:path';
import { AssayError } from '../../errors';

export const fileLabel = (file: string): string => path.basename(file);

/** The file's size in bytes, or an AssayError saying why it cannot be read. */
export function statSource(file: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AssayError('invalid_input', code === 'ENOENT' ? `There is no file at ${file}.` : `Cannot read ${file}: ${code ?? String(e)}.`);
  }
  if (stat.isDirectory()) throw new AssayError('invalid_input', `${file} is a folder; give the path of a file to import.`);
  if (stat.size === 0) throw new AssayError('invalid_input', `${fileLabel(file)} is empty: there is nothing to import.`);
  return stat.size;
}

/** Up to `bytes` bytes from the start of the file. */
export async function readSample(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    let filled = 0;
    while (filled < bytes) {
      const { bytesRead } = await handle.read(buffer, filled, bytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Stops a read the person cancelled, with the error the import engine records as a cancellation. */
export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new AssayError('cancelled', `Reading ${fileLabel(file)} was cancelled.`);
}
