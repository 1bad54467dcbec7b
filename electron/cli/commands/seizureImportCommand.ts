// `assay seizure import FILE`: reads a customs inventory (CSV, TSV or XLSX) into a seizure named by --seizure ID or
// --reference REF (created with --authority when no seizure has that reference), then matches and checks each line.
import path from 'node:path';
import { findSeizureByReference } from '../../core/db/seizureRepository';
import { AssayError } from '../../core/errors';
import { currentActor } from '../../core/imports/actor';
import { importInventory } from '../../core/seizures/importInventory';
import { createSeizure } from '../../core/seizures/seizureEditing';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

const COMMAND = 'seizure import';

export async function seizureImportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    COMMAND,
    args,
    {
      db: { type: 'string' },
      seizure: { type: 'string' },
      reference: { type: 'string' },
      authority: { type: 'string' },
      office: { type: 'string' },
      detained: { type: 'string' },
      deadline: { type: 'string' },
      origin: { type: 'string' },
      map: { type: 'string', multiple: true },
      sheet: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1) throw new AssayError('bad_flag', `${COMMAND} takes one FILE (the inventory, CSV or XLSX).`);
  const file = path.resolve(positionals[0]!);
  const seizureFlag = wholeNumberFlag(COMMAND, 'seizure', values.seizure, 1, Number.MAX_SAFE_INTEGER);
  if ((seizureFlag === undefined) === (values.reference === undefined)) throw new AssayError('bad_flag', `${COMMAND} needs either --seizure ID or --reference REF.`);
  const overrides: Record<string, string> = {};
  for (const m of values.map ?? []) {
    const eq = m.indexOf('=');
    if (eq <= 0) throw new AssayError('bad_flag', `${COMMAND}: --map takes FIELD=COLUMN, as in --map quantity="Qty" (not "${m}").`);
    overrides[m.slice(0, eq).trim()] = m.slice(eq + 1).trim();
  }
  const ws = openWorkspaceForCli(requireFlag(COMMAND, 'db', values.db), io);
  try {
    const who = { actor: currentActor(), at: new Date().toISOString() };
    let seizureId = seizureFlag;
    if (seizureId === undefined) {
      const reference = values.reference!;
      const found = findSeizureByReference(ws.db, reference).filter((s) => values.authority === undefined || s.authority === values.authority);
      if (found.length > 1) throw new AssayError('bad_flag', `${found.length} seizures have the reference ${reference}; name one with --seizure ID (${found.map((s) => `${s.id}: ${s.authority}`).join(', ')}).`);
      if (found.length === 1) seizureId = found[0]!.id;
      else {
        if (!values.authority) throw new AssayError('bad_flag', `No seizure has the reference ${reference}; add --authority NAME (and --deadline YYYY-MM-DD) to create it.`);
        seizureId = createSeizure(ws.db, { authority: values.authority, reference, office: values.office ?? '', detainedOn: values.detained ?? null, deadlineOn: values.deadline ?? null, originCountry: values.origin ?? '' }, who).id;
      }
    }
    const summary = await importInventory(ws.db, seizureId, file, who, { overrides, ...(values.sheet ? { source: { sheet: values.sheet } } : {}) });
    if (values.json) {
      io.stdout(`${JSON.stringify({ seizure_id: summary.seizureId, file: summary.fileName, sha256: summary.sha256, lines: summary.lines, serials: summary.serials, gtins: summary.gtins, flagged: summary.flagged, rejected: summary.rejected, seconds: summary.seconds })}\n`);
    } else {
      io.stdout(`Imported ${summary.fileName} into seizure ${summary.seizureId}: ${summary.lines.toLocaleString('en-US')} lines, ${summary.serials.toLocaleString('en-US')} serial numbers, ${summary.gtins.toLocaleString('en-US')} GTINs (${summary.seconds.toFixed(1)} s).\n`);
      for (const f of summary.flagged.slice(0, 20)) for (const p of f.problems) io.stdout(`  flagged  ${p}\n`);
      if (summary.flagged.length > 20) io.stdout(`  … and ${summary.flagged.length - 20} more flagged lines.\n`);
      for (const r of summary.rejected.slice(0, 20)) io.stdout(`  rejected row ${r.rowNumber}: ${r.reason}\n`);
    }
    return 0;
  } finally {
    ws.close();
  }
}
