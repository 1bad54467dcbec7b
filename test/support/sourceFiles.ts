// Files for the reader tests, written into one temporary folder per test file, and a reader that
// collects every batch of a file into its rows and row errors.
import fs from 'node:fs';
import path from 'node:path';
import { readSource, sniffSource } from '../../electron/core/imports/source/readSource';
import type { ReadOptions, SourceRow, SourceRowError } from '../../electron/core/imports/source/sourceTypes';
import { tempDir } from './tempWorkspace';

let dir: string | null = null;
let n = 0;

/** The temporary folder the files are written to. */
export function sourceDir(): string {
  dir ??= tempDir();
  return dir;
}

/** A unique path in that folder, ending with the given name (extension included); nothing is written. */
export const sourceFilePath = (name: string): string => path.join(sourceDir(), `${n++}-${name}`);

export function writeSourceFile(name: string, content: string | Buffer): string {
  const file = sourceFilePath(name);
  fs.writeFileSync(file, content);
  return file;
}

export async function readAllRows(file: string, options: ReadOptions = {}) {
  const sniffed = await sniffSource(file, options);
  const rows: SourceRow[] = [];
  const errors: SourceRowError[] = [];
  for await (const batch of readSource(file, sniffed, options)) {
    rows.push(...batch.rows);
    errors.push(...batch.errors);
  }
  return { sniffed, rows, errors };
}
