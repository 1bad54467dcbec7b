// The documents the authority sent with a seizure (detention notice, inventory sheet, its photos): each file goes
// into the evidence store through addEvidence (kind "pdf" for a PDF, "other" otherwise), is linked to the seizure,
// and the link is a custody event. Every file is checked before any is added, so a missing one refuses the batch
// by name; the same bytes added to the same seizure again are reported as already there, not stored twice.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { SeizureDocument, SeizureDocumentsResult } from '../../api/seizureContract';
import { addEvidence } from '../cases/addEvidence';
import { appendCustodyEvent } from '../cases/custodyLog';
import { sanitiseOriginalName, sniffMediaType } from '../cases/evidenceMediaType';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { linkSeizureDocument, seizureDocuments, touchSeizure } from '../db/seizureRepository';
import { AssayError } from '../errors';
import { sha256File } from '../hashing';
import type { Who } from './seizureEditing';
import { requireSeizure } from './seizureViews';

export interface DocumentFile {
  path: string;
  /** The name the person knows the file by (an upload's own name); the path's last part when absent. */
  name?: string;
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses the batch, naming the file, when one is missing, a folder or unreadable. */
function checkFiles(files: readonly DocumentFile[], reference: string): void {
  for (const f of files) {
    const name = f.name ?? path.basename(f.path);
    const stat = fs.statSync(f.path, { throwIfNoEntry: false });
    if (!stat) throw new AssayError('not_found', `Cannot add ${name} to seizure ${reference}: ${f.path} does not exist. Nothing was added.`);
    if (!stat.isFile()) throw new AssayError('invalid_input', `Cannot add ${name} to seizure ${reference}: ${f.path} is a folder, not a file. Nothing was added.`);
    try {
      fs.accessSync(f.path, fs.constants.R_OK);
    } catch {
      throw new AssayError('invalid_input', `Cannot add ${name} to seizure ${reference}: ${f.path} cannot be read. Nothing was added.`);
    }
  }
}

export async function addSeizureDocuments(db: Database.Database, workspaceDir: string, seizureId: number, files: readonly DocumentFile[], who: Who): Promise<SeizureDocumentsResult> {
  const seizure = requireSeizure(db, seizureId);
  if (files.length === 0) throw new AssayError('invalid_input', `Name at least one document to add to seizure ${seizure.reference}.`);
  checkFiles(files, seizure.reference);
  const store = evidenceStoreFor(workspaceDir);
  const result: SeizureDocumentsResult = { added: [], already: [] };
  for (const f of files) {
    const sha256 = await sha256File(f.path);
    const held = seizureDocuments(db, seizureId).find((d) => d.sha256 === sha256);
    if (held) {
      result.already.push(held);
      continue;
    }
    const name = sanitiseOriginalName(f.name ?? f.path);
    const kind = sniffMediaType(readHead(f.path), name) === 'application/pdf' ? 'pdf' : 'other';
    const { evidence } = await addEvidence(db, store, { file: f.path, originalName: name, kind, note: `Document received with seizure ${seizure.reference} (${seizure.authority})`, actor: who.actor, at: who.at });
    db.transaction(() => {
      linkSeizureDocument(db, seizureId, evidence.id, who.at);
      touchSeizure(db, seizureId, who.at);
      appendCustodyEvent(db, {
        at: who.at, actor: who.actor, action: 'seizure.document_added', subjectType: 'seizure', subjectId: seizureId,
        details: { evidenceId: evidence.id, name: evidence.originalName, sha256: evidence.sha256, size: evidence.size, mediaType: evidence.mediaType, kind },
      });
    })();
    result.added.push(seizureDocuments(db, seizureId).find((d) => d.evidenceId === evidence.id) as SeizureDocument);
  }
  return result;
}
