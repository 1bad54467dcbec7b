// `assay seizure document add FILE... --db PATH --seizure ID`: keeps the documents the authority sent with a seizure
// (detention notice, inventory, photos) as evidence linked to it, each with its SHA-256 and a custody event.
import path from 'node:path';
import { AssayError } from '../../core/errors';
import { currentActor } from '../../core/imports/actor';
import { addSeizureDocuments } from '../../core/seizures/seizureDocuments';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

const COMMAND = 'seizure document add';

export async function seizureDocumentCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new AssayError('bad_flag', `seizure document takes "add FILE... --db PATH --seizure ID"${sub ? `, not "${sub}"` : ''}.`);
  const { values, positionals } = parseFlags(COMMAND, rest, { db: { type: 'string' }, seizure: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length === 0) throw new AssayError('bad_flag', `${COMMAND} takes one or more FILEs (the documents received from the authority).`);
  const seizureId = wholeNumberFlag(COMMAND, 'seizure', requireFlag(COMMAND, 'seizure', values.seizure), 1, Number.MAX_SAFE_INTEGER)!;
  const ws = openWorkspaceForCli(requireFlag(COMMAND, 'db', values.db), io);
  try {
    const files = positionals.map((p) => ({ path: path.resolve(p), name: path.basename(p) }));
    const result = await addSeizureDocuments(ws.db, ws.dir, seizureId, files, { actor: currentActor(), at: new Date().toISOString() });
    if (values.json) {
      for (const d of result.added) io.stdout(`${JSON.stringify({ evidence_id: d.evidenceId, name: d.name, sha256: d.sha256, size: d.size, media_type: d.mediaType, added: true })}\n`);
      for (const d of result.already) io.stdout(`${JSON.stringify({ evidence_id: d.evidenceId, name: d.name, sha256: d.sha256, size: d.size, media_type: d.mediaType, added: false })}\n`);
    } else {
      for (const d of result.added) io.stdout(`added    ${d.sha256}  ${d.name} (evidence ${d.evidenceId}, ${d.size.toLocaleString('en-US')} bytes)\n`);
      for (const d of result.already) io.stdout(`already  ${d.sha256}  ${d.name} (evidence ${d.evidenceId}, already with seizure ${seizureId})\n`);
    }
    return 0;
  } finally {
    ws.close();
  }
}
