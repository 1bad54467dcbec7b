// Re-hashes every file the evidence catalogue and the trademarks' mark images name, streamed one file at a
// time (flat memory), and reports the first that is missing or changed, naming the file and its evidence row.
import type Database from 'better-sqlite3';
import { markImageHashes } from '../db/brandRepository';
import { distinctEvidenceHashCount, distinctEvidenceHashes } from '../db/evidenceRepository';
import type { EvidenceStore } from './evidenceStore';

export type EvidenceVerification =
  | { ok: true; files: number }
  | { ok: false; files: number; sha256: string; evidenceId: number | null; problem: string };

export async function verifyEvidenceStore(db: Database.Database, store: EvidenceStore, onProgress?: (checked: number, total: number) => void): Promise<EvidenceVerification> {
  const total = distinctEvidenceHashCount(db);
  let checked = 0;
  for (const { sha256, firstId, originalName } of distinctEvidenceHashes(db)) {
    const problem = await store.check(sha256);
    if (problem) return { ok: false, files: checked, sha256, evidenceId: firstId, problem: `Evidence ${firstId} (${originalName}): ${problem}` };
    checked += 1;
    if (checked % 50 === 0) onProgress?.(checked, total);
  }
  onProgress?.(checked, total);
  for (const mark of markImageHashes(db)) {
    const problem = await store.check(mark.sha256);
    if (problem) return { ok: false, files: checked, sha256: mark.sha256, evidenceId: null, problem: `The mark image of trademark ${mark.id}: ${problem}` };
    checked += 1;
  }
  return { ok: true, files: checked };
}
