// `assay case export --db PATH --case ID --out FILE.assaycase`: one case and all it draws on, in a signed archive
// for another workstation; `assay case import FILE.assaycase --db PATH [--trust-key] [--json]`: merges one in,
// refusing a hostile or tampered archive, or one signed by a key this workspace does not know yet.
import { exportCaseArchive } from '../../core/caseArchive/exportCaseArchive';
import { importCaseArchive, type CaseImportResult } from '../../core/caseArchive/importCaseArchive';
import { AssayError } from '../../core/errors';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export async function caseExportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('case export', args, { db: { type: 'string' }, case: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, time: { type: 'string' }, json: { type: 'boolean' } });
  const dbPath = requireFlag('case export', 'db', values.db);
  const caseId = wholeNumberFlag('case export', 'case', values.case, 1, Number.MAX_SAFE_INTEGER);
  if (caseId === undefined) throw new AssayError('bad_flag', 'case export needs --case ID.');
  const out = requireFlag('case export', 'out', values.out);
  let time: Date | undefined;
  if (values.time !== undefined) {
    time = new Date(values.time);
    if (Number.isNaN(time.getTime())) throw new AssayError('bad_flag', `case export: --time "${values.time}" is not a date and time (use ISO 8601, e.g. 2026-03-01T12:00:00Z).`);
  }
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const r = await exportCaseArchive(ws, { caseId, out, force: values.force === true, time });
    if (values.json) io.stdout(`${JSON.stringify(r)}\n`);
    else {
      io.stdout(`Exported case ${r.caseId} to ${r.out}: ${r.listings} listings, ${r.products} products, ${r.evidence} evidence files, ${r.custodyEvents} custody events (${(r.bytes / 1e6).toFixed(1)} MB).\n`);
      io.stdout(`Signed by this workspace's key, fingerprint ${r.publicKeySha256}. Give the receiver this fingerprint so they can check it before trusting the archive.\n`);
    }
    return 0;
  } finally {
    ws.close();
  }
}

export async function caseImportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags('case import', args, { db: { type: 'string' }, 'trust-key': { type: 'boolean' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new AssayError('bad_flag', 'case import takes one FILE: the .assaycase archive to merge in.');
  const dbPath = requireFlag('case import', 'db', values.db);
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const r = await importCaseArchive(ws, positionals[0]!, { trustKey: values['trust-key'] === true });
    if (values.json) io.stdout(`${JSON.stringify(r)}\n`);
    else io.stdout(summary(r, positionals[0]!));
    return 0;
  } finally {
    ws.close();
  }
}

const KEY_WORDS: Record<CaseImportResult['keyStatus'], string> = {
  own: "this workspace's own key",
  known: 'a key this workspace already trusts',
  trusted_on_import: 'a key trusted now, as you confirmed with --trust-key',
};

function summary(r: CaseImportResult, file: string): string {
  const lines = [
    `${r.caseCreated ? 'Imported' : 'Merged'} ${file} into case ${r.caseId}: ${r.listingsAdded} listings added, ${r.listingsMatched} already here; ${r.evidenceAdded} evidence rows added (${r.evidenceFilesStored} files stored), ${r.evidenceMatched} already here; ${r.productsAdded} products added; ${r.testBuysAdded} test buys; ${r.custodyEventsStored} of the sender's custody events kept.`,
    `Signed by ${KEY_WORDS[r.keyStatus]} (fingerprint ${r.senderFingerprint}).`,
  ];
  if (r.conflicts.length === 0) lines.push('No conflicts.');
  else {
    lines.push(`${r.conflicts.length} conflict${r.conflicts.length === 1 ? '' : 's'}; the local value is kept in each:`);
    for (const c of r.conflicts.slice(0, 50)) lines.push(`  ${c.subject} ${c.field}: here ${JSON.stringify(c.local)}, in the archive ${JSON.stringify(c.archive)}`);
    if (r.conflicts.length > 50) lines.push(`  … and ${r.conflicts.length - 50} more (--json lists them all).`);
  }
  return `${lines.join('\n')}\n`;
}
