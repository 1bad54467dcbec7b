// `assay imports list | rejections | undo`: the import history, an import's rejected rows (as CSV to fix and
// import again), and undoing an import.
import type { ImportSummary } from '../../api/contract';
import { getImport, iterateRejections, listImports } from '../../core/db/importsRepository';
import { AssayError } from '../../core/errors';
import { currentActor } from '../../core/imports/actor';
import { rejectionsCsv } from '../../core/imports/rejectionsCsv';
import { undoImport } from '../../core/imports/undoImport';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export function importsCommand(args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  const command = `imports ${sub ?? ''}`.trim();
  if (sub !== 'list' && sub !== 'rejections' && sub !== 'undo') throw new AssayError('bad_flag', 'assay imports takes list, rejections or undo.');
  const { values } = parseFlags(command, rest, { db: { type: 'string' }, import: { type: 'string' }, csv: { type: 'boolean' }, json: { type: 'boolean' } });
  const ws = openWorkspaceForCli(requireFlag(command, 'db', values.db), io);
  try {
    if (sub === 'list') {
      for (const s of listImports(ws.db)) io.stdout(values.json ? `${JSON.stringify(s)}\n` : `${describe(s)}\n`);
      return 0;
    }
    const importId = wholeNumberFlag(command, 'import', values.import, 1, Number.MAX_SAFE_INTEGER);
    if (importId === undefined) throw new AssayError('bad_flag', `${command} needs --import ID.`);
    if (!getImport(ws.db, importId)) throw new AssayError('not_found', `Import ${importId} does not exist in ${ws.dbPath}.`);
    if (sub === 'undo') {
      const s = undoImport(ws, importId, currentActor());
      io.stdout(values.json ? `${JSON.stringify(s)}\n` : `Undid import ${s.id} (${s.fileName}).\n`);
      return 0;
    }
    if (values.csv) {
      io.stdout(rejectionsCsv(iterateRejections(ws.db, importId)));
      return 0;
    }
    for (const r of iterateRejections(ws.db, importId)) {
      io.stdout(values.json ? `${JSON.stringify(r)}\n` : `row ${r.rowNumber}${r.column ? ` (${r.column})` : ''}: ${r.reason}\n`);
    }
    return 0;
  } finally {
    ws.close();
  }
}

function describe(s: ImportSummary): string {
  const c = s.counts;
  return `${String(s.id).padStart(4)}  ${s.startedAt.slice(0, 19).replace('T', ' ')}  ${s.kind.padEnd(8)}  ${s.status.padEnd(9)}  ${c.read} read, ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected  ${s.fileName}`;
}
