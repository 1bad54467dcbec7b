// A full disk, read-only storage or a workspace another task holds for writing, recognised from SQLite's and
// Node's error codes, in plain words. Both the contract's dispatch and the command line say these the same way.

export interface StorageProblem {
  code: 'io_error' | 'workspace_unwritable' | 'busy';
  /** Completes "… stopped because …". */
  because: string;
  advice: string;
}

export function storageProblem(e: unknown): StorageProblem | null {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return { code: 'io_error', because: 'the disk is full', advice: 'Nothing was half-written: the workspace is as it was before. Free some space and try again.' };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return { code: 'workspace_unwritable', because: 'the workspace or its folder is read-only', advice: 'Nothing was changed. Move it to a writable folder, or check its permissions.' };
  }
  // SQLite waited its busy timeout for the write lock: an import holds it from start to end, and another Assay
  // program (the command line beside the app) may hold it too.
  if (code.startsWith('SQLITE_BUSY')) {
    return {
      code: 'busy',
      because: 'another task was writing to the workspace and did not finish in time (an import, a scoring run, or another Assay program on the same file)',
      advice: 'Nothing from it was kept. Try again when that has finished.',
    };
  }
  return null;
}
