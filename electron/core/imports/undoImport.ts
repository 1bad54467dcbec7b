// Undoes a completed import in one transaction: its new listings go, the listings it updated get their earlier
// fields back, and the custody log records it.
import type { ImportSummary } from '../../api/contract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { getImport, setImportStatus } from '../db/importsRepository';
import { undoListingImport } from '../db/listingImportRepository';
import { undoProductImport } from '../db/productImportRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';

export function undoImport(ws: Workspace, importId: number, actor: string, now = () => new Date()): ImportSummary {
  const { db } = ws;
  const summary = getImport(db, importId);
  if (!summary) throw new AssayError('not_found', `Import ${importId} does not exist in this workspace.`);
  if (summary.status !== 'completed') throw new AssayError('invalid_input', `Import ${importId} is ${summary.status}, so there is nothing to undo.`);
  db.transaction(() => {
    const result = summary.kind === 'listings' ? undoListingImport(db, importId) : undoProductImport(db, importId);
    setImportStatus(db, importId, 'undone');
    appendCustodyEvent(db, {
      at: now().toISOString(),
      actor,
      action: 'import.undone',
      subjectType: 'import',
      subjectId: importId,
      details: { kind: summary.kind, file_name: summary.fileName, sha256: summary.sha256, ...result },
    });
  })();
  return getImport(db, importId)!;
}
