// `assay seizure report`: writes the examination report for the authority into a new folder (report.pdf, the
// inventory as CSV and XLSX, photos, manifest.json, SHA256SUMS, manifest.sig), checkable with `assay verify DIR`.
import { currentActor } from '../../core/imports/actor';
import { exportSeizureReport } from '../../core/seizures/exportSeizureReport';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export async function seizureReportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('seizure report', args, { db: { type: 'string' }, seizure: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } });
  const dbPath = requireFlag('seizure report', 'db', values.db);
  const seizureId = wholeNumberFlag('seizure report', 'seizure', requireFlag('seizure report', 'seizure', values.seizure), 1, Number.MAX_SAFE_INTEGER)!;
  const out = requireFlag('seizure report', 'out', values.out);
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const result = await exportSeizureReport(ws, { seizureId, out, force: values.force === true }, { actor: currentActor(), at: new Date().toISOString() });
    if (values.json) io.stdout(`${JSON.stringify({ out: result.outDir, files: result.files, manifest_sha256: result.manifestSha256 })}\n`);
    else io.stdout(`Wrote the examination report of seizure ${seizureId} to ${result.outDir}: ${result.files.length} files, manifest SHA-256 ${result.manifestSha256}. Check it with "assay verify ${result.outDir}".\n`);
    return 0;
  } finally {
    ws.close();
  }
}
