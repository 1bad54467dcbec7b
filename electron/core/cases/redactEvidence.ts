// A redaction: a new evidence file (the original with personal data blacked out, made elsewhere) catalogued
// as redacting the original. The original's bytes and row are never changed; the redaction joins its cases.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { evidenceCases, getEvidence, insertEvidence, linkCaseEvidence, type EvidenceRecord } from '../db/evidenceRepository';
import { AssayError } from '../errors';
import { appendCustodyEvent } from './custodyLog';
import { sanitiseOriginalName, sniffMediaType } from './evidenceMediaType';
import type { EvidenceStore } from './evidenceStore';

export interface RedactionInput {
  evidenceId: number;
  /** The redacted file. */
  file: string;
  originalName?: string | null;
  note?: string;
  actor: string;
  at: string;
}

export async function redactEvidence(db: Database.Database, store: EvidenceStore, input: RedactionInput): Promise<EvidenceRecord> {
  const original = getEvidence(db, input.evidenceId);
  if (!original) throw new AssayError('not_found', `Evidence ${input.evidenceId} does not exist in this workspace.`);
  if (!fs.existsSync(input.file)) throw new AssayError('not_found', `Cannot read ${input.file}: no such file.`);
  const stored = await store.putFile(input.file);
  if (stored.sha256 === original.sha256) throw new AssayError('invalid_input', `${path.basename(input.file)} is byte for byte the same as evidence ${original.id}; a redaction must differ from its original.`);
  const sample = fs.readFileSync(stored.path).subarray(0, 4096);
  const base = sanitiseOriginalName(input.originalName ?? input.file);

  return db.transaction(() => {
    const id = insertEvidence(db, {
      sha256: stored.sha256,
      size: stored.size,
      mediaType: sniffMediaType(sample, base),
      kind: original.kind,
      originalName: base,
      sourceUrl: original.sourceUrl,
      capturedAt: original.capturedAt,
      addedBy: input.actor,
      addedAt: input.at,
      redactsEvidenceId: original.id,
      note: input.note?.trim() ?? '',
    });
    const cases = evidenceCases(db, original.id);
    for (const c of cases) linkCaseEvidence(db, c.caseId, id, c.listingId, input.at);
    appendCustodyEvent(db, {
      at: input.at,
      actor: input.actor,
      action: 'evidence.redacted',
      subjectType: 'evidence',
      subjectId: id,
      details: { redacts: original.id, originalSha256: original.sha256, sha256: stored.sha256, size: stored.size, originalName: base, caseIds: cases.map((c) => c.caseId), note: input.note?.trim() ?? '' },
    });
    return getEvidence(db, id)!;
  })();
}
