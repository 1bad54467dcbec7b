// `assay backup --db PATH --out FILE`: a verified backup archive of the workspace and its evidence;
// `assay backup verify FILE`: re-checks an archive; `assay restore FILE --db PATH [--force]`: restores one,
// checking everything before it replaces anything.
import { inspectBackup } from '../../core/backup/inspectBackup';
import { restoreBackup } from '../../core/backup/restoreBackup';
import { writeBackup } from '../../core/backup/writeBackup';
import { AssayError } from '../../core/errors';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag } from '../parseFlags';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'verify') return verifyBackupCommand(args.slice(1), io);
  const { values } = parseFlags('backup', args, { db: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } });
  const dbPath = requireFlag('backup', 'db', values.db);
  const out = requireFlag('backup', 'out', values.out);
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const s = await writeBackup(ws, out, { force: values.force === true });
    if (values.json) io.stdout(`${JSON.stringify(s)}\n`);
    else io.stdout(`Backed up ${ws.dbPath} with ${s.evidenceFiles.toLocaleString('en-US')} evidence files and ${s.custodyEvents.toLocaleString('en-US')} custody events to ${s.file} (${mb(s.bytes)}), verified, in ${s.seconds.toFixed(1)} s.\n`);
    return 0;
  } finally {
    ws.close();
  }
}

async function verifyBackupCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags('backup verify', args, { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new AssayError('bad_flag', 'backup verify takes one FILE: the backup archive to check.');
  const manifest = await inspectBackup(positionals[0]!);
  const evidence = manifest.files.length - 1;
  if (values.json) io.stdout(`${JSON.stringify({ ok: true, created_at: manifest.created_at, schema_version: manifest.schema_version, evidence_files: evidence, custody_events: manifest.custody_events })}\n`);
  else io.stdout(`${positionals[0]} is intact: every file matches its SHA-256 (the database and ${evidence.toLocaleString('en-US')} evidence files, backed up ${manifest.created_at}).\n`);
  return 0;
}

export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags('restore', args, { db: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new AssayError('bad_flag', 'restore takes one FILE: the backup archive to restore.');
  const s = await restoreBackup(positionals[0]!, requireFlag('restore', 'db', values.db), { force: values.force === true });
  if (values.json) io.stdout(`${JSON.stringify(s)}\n`);
  else {
    io.stdout(`Restored ${s.dbPath} from the backup of ${s.backupCreatedAt}: ${s.evidenceFiles.toLocaleString('en-US')} evidence files and ${s.custodyEvents.toLocaleString('en-US')} custody events, all verified.\n`);
    if (s.previousKeptAt) io.stdout(`The workspace it replaced is kept in ${s.previousKeptAt}.\n`);
  }
  return 0;
}
