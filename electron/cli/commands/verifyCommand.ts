// `assay verify`: with --db, re-hashes every evidence file in the workspace's store and walks the hash-chained
// custody log, naming the first file or event that fails; with a PACKET (a folder or a ZIP) as its argument, it
// checks an exported packet instead. Exits 1 on the first failure.
import { verifyCustodyLog } from '../../core/cases/custodyLog';
import { evidenceStoreFor } from '../../core/cases/evidenceStore';
import { verifyEvidenceStore } from '../../core/cases/verifyEvidenceStore';
import { AssayError } from '../../core/errors';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags } from '../parseFlags';
import { packetVerifyCommand } from './packetVerifyCommand';

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags('verify', args, { db: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length > 1) throw new AssayError('bad_flag', 'verify takes one PACKET (a folder or a ZIP) at a time.');
  if (positionals.length === 1) {
    if (values.db !== undefined) throw new AssayError('bad_flag', 'verify takes either --db PATH (the workspace) or a PACKET, not both.');
    return verifyPacketCommand(positionals[0]!, Boolean(values.json), io);
  }
  if (values.db === undefined || values.db === '') throw new AssayError('bad_flag', 'verify needs --db PATH (a workspace) or a PACKET folder or ZIP.');
  return verifyWorkspaceCommand(values.db, Boolean(values.json), io);
}

/** `assay verify PACKET`: the packets' own verification (hashes, signature, manifest) of a folder or a ZIP. */
const verifyPacketCommand = packetVerifyCommand;

async function verifyWorkspaceCommand(dbPath: string, json: boolean, io: CliIo): Promise<number> {
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const integrity = ws.integrityProblems;
    const evidence = await verifyEvidenceStore(ws.db, evidenceStoreFor(ws.dir));
    const custody = await verifyCustodyLog(ws.db);
    const ok = integrity.length === 0 && evidence.ok && custody.ok;
    if (json) {
      io.stdout(
        `${JSON.stringify({
          ok,
          db: ws.dbPath,
          integrity,
          evidence: evidence.ok ? { ok: true, files: evidence.files } : { ok: false, files: evidence.files, evidence_id: evidence.evidenceId, sha256: evidence.sha256, problem: evidence.problem },
          custody: custody.ok ? { ok: true, events: custody.events, head: custody.head } : { ok: false, events: custody.events, seq: custody.seq, problem: custody.reason },
        })}\n`,
      );
    } else {
      if (integrity.length) io.stdout(`FAILED  database: SQLite's integrity check reports "${integrity[0]}".\n`);
      io.stdout(evidence.ok ? `ok      evidence: ${evidence.files} file${evidence.files === 1 ? '' : 's'} match${evidence.files === 1 ? 'es' : ''} their SHA-256.\n` : `FAILED  evidence: ${evidence.problem}\n`);
      io.stdout(custody.ok ? `ok      custody log: ${custody.events} event${custody.events === 1 ? '' : 's'}, chain intact (head ${custody.head.slice(0, 16)}…).\n` : `FAILED  custody log: event ${custody.seq}: ${custody.reason}.\n`);
    }
    if (!ok) io.stderr(`assay: ${ws.dbPath} failed verification.\n`);
    return ok ? 0 : 1;
  } finally {
    ws.close();
  }
}
