// Photos of a seized line, from a folder or a camera: each file's first bytes must be an image (a PDF renamed
// .jpg is refused by name, the others still added), the bytes go to the content-addressed evidence store, and
// each photo is an evidence row linked to the line (and to a checklist feature, when given).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { PhotoResult } from '../../api/seizureContract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { getCheck, getLine, insertEvidence, linkLinePhoto, setCheckPhoto, touchSeizure } from '../db/seizureRepository';
import { AssayError } from '../errors';
import { notAPhotoReason, photoKind } from './photoType';
import type { Who } from './seizureEditing';

const HEAD_BYTES = 32;

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Adds the photos to a line; files that are not images (or cannot be read) are listed as refused, each with a sentence. */
export async function addLinePhotos(db: Database.Database, workspaceDir: string, lineId: number, files: readonly string[], who: Who, checkId?: number): Promise<PhotoResult> {
  const line = getLine(db, lineId);
  if (!line) throw new AssayError('not_found', `Seized line ${lineId} does not exist in this workspace.`);
  const check = checkId === undefined ? null : getCheck(db, checkId);
  if (checkId !== undefined && (!check || check.lineId !== lineId)) throw new AssayError('not_found', `Examination check ${checkId} is not on line ${line.lineNo}.`);
  const store = evidenceStoreFor(workspaceDir);
  const result: PhotoResult = { added: [], refused: [] };
  const stored: { name: string; sha256: string; size: number; mediaType: string }[] = [];
  for (const file of files) {
    const name = path.basename(file);
    let head: Buffer;
    try {
      head = readHead(file);
    } catch (e) {
      result.refused.push({ name, reason: `${name} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` });
      continue;
    }
    const refusal = notAPhotoReason(name, head);
    if (refusal) {
      result.refused.push({ name, reason: refusal });
      continue;
    }
    const put = await store.putFile(file);
    stored.push({ name, sha256: put.sha256, size: put.size, mediaType: photoKind(head)!.mediaType });
  }
  if (stored.length === 0) return result;
  db.transaction(() => {
    for (const s of stored) {
      const evidenceId = insertEvidence(db, { sha256: s.sha256, size: s.size, mediaType: s.mediaType, kind: 'photo', originalName: s.name, capturedAt: null, addedBy: who.actor, addedAt: who.at, note: `Seizure line ${line.lineNo}` });
      linkLinePhoto(db, lineId, evidenceId);
      if (check) setCheckPhoto(db, check.id, evidenceId);
      result.added.push({ evidenceId, name: s.name, lineId });
    }
    touchSeizure(db, line.seizureId, who.at);
    appendCustodyEvent(db, {
      at: who.at, actor: who.actor, action: 'seizure.photos_added', subjectType: 'seized_line', subjectId: lineId,
      details: { seizureId: line.seizureId, lineNo: line.lineNo, feature: check?.feature ?? null, photos: stored.map((s) => ({ name: s.name, sha256: s.sha256 })), refused: result.refused.map((r) => r.name) },
    });
  })();
  return result;
}
