// `assay evidence add | list | redact`: files into the content-addressed evidence store with their catalogue
// rows (linked to a case, a listing or a test buy), a case's evidence, and redactions that link to their original.
import fs from 'node:fs';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../api/caseVocabulary';
import { addEvidence } from '../../core/cases/addEvidence';
import { evidenceStoreFor } from '../../core/cases/evidenceStore';
import { redactEvidence } from '../../core/cases/redactEvidence';
import { getCaseRecord } from '../../core/db/caseRepository';
import { caseEvidence, type EvidenceRecord } from '../../core/db/evidenceRepository';
import { AssayError } from '../../core/errors';
import { currentActor } from '../../core/imports/actor';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export async function evidenceCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return evidenceAdd(rest, io);
  if (sub === 'list') return evidenceList(rest, io);
  if (sub === 'redact') return evidenceRedact(rest, io);
  throw new AssayError('bad_flag', `assay evidence takes add, list or redact${sub ? `, not "${sub}"` : ''}.`);
}

const idFlag = (command: string, name: string, value: string | undefined) => wholeNumberFlag(command, name, value, 1, Number.MAX_SAFE_INTEGER) ?? null;

function describe(e: EvidenceRecord): string {
  return `${String(e.id).padStart(5)}  ${e.sha256}  ${String(e.size).padStart(10)}  ${e.mediaType.padEnd(18)} ${e.kind.padEnd(14)} ${e.originalName}${e.redactsEvidenceId ? ` (redacts ${e.redactsEvidenceId})` : ''}`;
}

const asJson = (e: EvidenceRecord, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: e.id,
    sha256: e.sha256,
    size: e.size,
    media_type: e.mediaType,
    kind: e.kind,
    original_name: e.originalName,
    source_url: e.sourceUrl,
    captured_at: e.capturedAt,
    added_by: e.addedBy,
    added_at: e.addedAt,
    redacts_evidence_id: e.redactsEvidenceId,
    ...extra,
  });

async function evidenceAdd(args: string[], io: CliIo): Promise<number> {
  const command = 'evidence add';
  const { values, positionals } = parseFlags(
    command,
    args,
    {
      db: { type: 'string' },
      case: { type: 'string' },
      listing: { type: 'string' },
      'test-buy': { type: 'string' },
      'source-url': { type: 'string' },
      'captured-at': { type: 'string' },
      kind: { type: 'string' },
      note: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  const dbPath = requireFlag(command, 'db', values.db);
  if (positionals.length === 0) throw new AssayError('bad_flag', 'evidence add needs at least one FILE.');
  if (values.kind !== undefined && !(EVIDENCE_KINDS as readonly string[]).includes(values.kind)) {
    throw new AssayError('bad_flag', `evidence add: "${values.kind}" is not an evidence kind; use one of ${EVIDENCE_KINDS.join(', ')}.`);
  }
  // Every file is checked before any is added, so a typo in the third name adds nothing.
  for (const file of positionals) {
    if (!fs.existsSync(file)) throw new AssayError('not_found', `Cannot read ${file}: no such file. Nothing was added.`);
    if (!fs.statSync(file).isFile()) throw new AssayError('invalid_input', `${file} is a folder, not a file. Nothing was added.`);
  }
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const store = evidenceStoreFor(ws.dir);
    const actor = currentActor();
    let added = 0;
    for (const file of positionals) {
      const result = await addEvidence(ws.db, store, {
        file,
        kind: (values.kind as EvidenceKind | undefined) ?? null,
        sourceUrl: values['source-url'] ?? null,
        capturedAt: values['captured-at'] ?? null,
        caseId: idFlag(command, 'case', values.case),
        listingId: idFlag(command, 'listing', values.listing),
        testBuyId: idFlag(command, 'test-buy', values['test-buy']),
        note: values.note ?? '',
        actor,
        at: new Date().toISOString(),
      });
      if (result.newRow) added += 1;
      if (values.json) io.stdout(`${asJson(result.evidence, { new_file: result.newFile, new_row: result.newRow })}\n`);
      else io.stdout(`${describe(result.evidence)}${result.newRow ? '' : '  (already there)'}\n`);
    }
    if (!values.json) io.stderr(`${added} piece${added === 1 ? '' : 's'} of evidence added to ${ws.dbPath}\n`);
    return 0;
  } finally {
    ws.close();
  }
}

function evidenceList(args: string[], io: CliIo): number {
  const command = 'evidence list';
  const { values } = parseFlags(command, args, { db: { type: 'string' }, case: { type: 'string' }, json: { type: 'boolean' } });
  const dbPath = requireFlag(command, 'db', values.db);
  const caseId = idFlag(command, 'case', values.case);
  if (caseId === null) throw new AssayError('bad_flag', 'evidence list needs --case ID.');
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    if (!getCaseRecord(ws.db, caseId)) throw new AssayError('not_found', `Case ${caseId} does not exist in ${ws.dbPath}.`);
    for (const e of caseEvidence(ws.db, caseId)) io.stdout(values.json ? `${asJson(e, { listing_id: e.listingId, redacted_by: e.redactedBy })}\n` : `${describe(e)}\n`);
    return 0;
  } finally {
    ws.close();
  }
}

async function evidenceRedact(args: string[], io: CliIo): Promise<number> {
  const command = 'evidence redact';
  const { values, positionals } = parseFlags(command, args, { db: { type: 'string' }, evidence: { type: 'string' }, note: { type: 'string' }, json: { type: 'boolean' } }, true);
  const dbPath = requireFlag(command, 'db', values.db);
  const evidenceId = idFlag(command, 'evidence', values.evidence);
  if (evidenceId === null) throw new AssayError('bad_flag', 'evidence redact needs --evidence ID (the original).');
  if (positionals.length !== 1) throw new AssayError('bad_flag', 'evidence redact takes exactly one FILE: the redacted copy.');
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const e = await redactEvidence(ws.db, evidenceStoreFor(ws.dir), { evidenceId, file: positionals[0]!, note: values.note ?? '', actor: currentActor(), at: new Date().toISOString() });
    io.stdout(values.json ? `${asJson(e)}\n` : `${describe(e)}\n`);
    return 0;
  } finally {
    ws.close();
  }
}
