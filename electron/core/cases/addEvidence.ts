// Adds a file as evidence: its bytes go once into the content-addressed store (hashed as they stream), and a
// catalogue row records its SHA-256, size, media type, sanitised original name, source URL, capture time and who
// added it, linked to a case, a listing and/or a test buy; the row and its custody event share one transaction.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../api/caseVocabulary';
import { caseListingReason, listingMarketplaces } from '../db/caseRepository';
import { findAttachedEvidence, getEvidence, insertEvidence, linkCaseEvidence, linkListingEvidence, linkTestBuyEvidence, type EvidenceRecord } from '../db/evidenceRepository';
import { testBuyCase } from '../db/caseTestBuyRepository';
import { AssayError } from '../errors';
import { requireCase } from './caseListings';
import { appendCustodyEvent } from './custodyLog';
import { defaultEvidenceKind, sanitiseOriginalName, sniffMediaType } from './evidenceMediaType';
import type { EvidenceStore } from './evidenceStore';

export interface AddEvidenceInput {
  /** The file to add; it is copied, never moved or changed. */
  file: string;
  /** The name the person knows it by (an upload's own name); the file's name when absent. */
  originalName?: string | null;
  kind?: EvidenceKind | null;
  sourceUrl?: string | null;
  /** When the page or photo was captured (ISO 8601). */
  capturedAt?: string | null;
  caseId?: number | null;
  listingId?: number | null;
  testBuyId?: number | null;
  note?: string;
  actor: string;
  at: string;
}

export interface AddedEvidence {
  evidence: EvidenceRecord;
  /** False when the store already held these bytes. */
  newFile: boolean;
  /** False when the same bytes were already catalogued in the same place (nothing new was written). */
  newRow: boolean;
}

/** Checks an evidence source URL: http or https, at most 4,000 characters. */
export function checkSourceUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new AssayError('invalid_input', `The source URL "${trimmed}" is not a web address.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new AssayError('invalid_input', `The source URL "${trimmed}" must start with http:// or https://.`);
  if (trimmed.length > 4000) throw new AssayError('invalid_input', 'The source URL is longer than 4,000 characters.');
  return trimmed;
}

/** A capture time as ISO 8601 in UTC, refusing what is not a date or lies in the future. */
export function checkCapturedAt(value: string | null | undefined, now: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    throw new AssayError('invalid_input', `The capture time "${trimmed}" is not an ISO 8601 date (such as 2026-03-01T14:20:00Z).`);
  }
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) throw new AssayError('invalid_input', `The capture time "${trimmed}" is not a real date.`);
  if (ms > Date.parse(now) + 24 * 3600_000) throw new AssayError('invalid_input', `The capture time "${trimmed}" is in the future.`);
  return new Date(ms).toISOString();
}

function readSample(file: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new AssayError('not_found', `Cannot read ${file}: no such file.`);
  }
  try {
    const buffer = Buffer.alloc(4096);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export async function addEvidence(db: Database.Database, store: EvidenceStore, input: AddEvidenceInput): Promise<AddedEvidence> {
  if (input.kind && !EVIDENCE_KINDS.includes(input.kind)) throw new AssayError('invalid_input', `"${input.kind}" is not an evidence kind; use one of ${EVIDENCE_KINDS.join(', ')}.`);
  const sourceUrl = checkSourceUrl(input.sourceUrl);
  const capturedAt = checkCapturedAt(input.capturedAt, input.at);
  const target = { caseId: input.caseId ?? null, listingId: input.listingId ?? null, testBuyId: input.testBuyId ?? null };
  checkTarget(db, target);
  if (fs.existsSync(input.file) && !fs.statSync(input.file).isFile()) throw new AssayError('invalid_input', `${input.file} is a folder, not a file.`);

  const sample = readSample(input.file);
  const originalName = sanitiseOriginalName(input.originalName ?? input.file);
  const mediaType = sniffMediaType(sample, originalName);
  // The store write comes first and is idempotent: a failure after it leaves at most an uncatalogued file.
  const stored = await store.putFile(input.file);

  return db.transaction((): AddedEvidence => {
    checkTarget(db, target);
    const existing = findAttachedEvidence(db, stored.sha256, target);
    if (existing && (target.caseId !== null || target.listingId !== null || target.testBuyId !== null)) return { evidence: existing, newFile: stored.added, newRow: false };
    const row = {
      sha256: stored.sha256,
      size: stored.size,
      mediaType,
      kind: input.kind ?? defaultEvidenceKind(mediaType),
      originalName,
      sourceUrl,
      capturedAt,
      addedBy: input.actor,
      addedAt: input.at,
      redactsEvidenceId: null,
      note: input.note?.trim() ?? '',
    };
    const evidenceId = insertEvidence(db, row);
    attach(db, evidenceId, target, input.at);
    appendCustodyEvent(db, {
      at: input.at,
      actor: input.actor,
      action: 'evidence.added',
      subjectType: 'evidence',
      subjectId: evidenceId,
      details: { sha256: row.sha256, size: row.size, mediaType, kind: row.kind, originalName, sourceUrl, capturedAt, ...target },
    });
    return { evidence: getEvidence(db, evidenceId)!, newFile: stored.added, newRow: true };
  })();
}

/** Links an evidence row to its case (and the case's listing), listing and test buy; a test buy's case gets it too. */
export function attach(db: Database.Database, evidenceId: number, target: { caseId: number | null; listingId: number | null; testBuyId: number | null }, at: string): void {
  const caseId = target.caseId ?? (target.testBuyId !== null ? testBuyCase(db, target.testBuyId) : null);
  if (caseId !== null) linkCaseEvidence(db, caseId, evidenceId, target.listingId, at);
  if (target.listingId !== null) linkListingEvidence(db, target.listingId, evidenceId);
  if (target.testBuyId !== null) linkTestBuyEvidence(db, target.testBuyId, evidenceId);
}

function checkTarget(db: Database.Database, target: { caseId: number | null; listingId: number | null; testBuyId: number | null }): void {
  if (target.caseId !== null) requireCase(db, target.caseId);
  if (target.listingId !== null) {
    if (!listingMarketplaces(db, [target.listingId]).has(target.listingId)) throw new AssayError('not_found', `Listing ${target.listingId} does not exist in this workspace.`);
    if (target.caseId !== null && !caseListingReason(db, target.caseId, target.listingId)) throw new AssayError('invalid_input', `Listing ${target.listingId} is not in case ${target.caseId}; add it to the case first.`);
  }
  if (target.testBuyId !== null) {
    const testBuyCaseId = testBuyCase(db, target.testBuyId);
    if (testBuyCaseId === null) throw new AssayError('not_found', `Test buy ${target.testBuyId} does not exist in this workspace.`);
    if (target.caseId !== null && testBuyCaseId !== target.caseId) throw new AssayError('invalid_input', `Test buy ${target.testBuyId} belongs to case ${testBuyCaseId}, not case ${target.caseId}.`);
  }
}
