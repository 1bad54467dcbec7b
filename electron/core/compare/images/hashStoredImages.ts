// Hashes image files in the evidence store and records each hash (or the sentence saying why a file cannot be
// hashed) by SHA-256, once per file. Images are hashed when attached; `assay score` hashes any it finds without one.
import type Database from 'better-sqlite3';
import { saveImageHash, unhashedImageFiles } from '../../db/imageHashRepository';
import type { EvidenceStore } from '../../cases/evidenceStore';
import { imageDHash } from './perceptualHash';

export interface HashedImages {
  hashed: number;
  /** Files that could not be read, each with its original name and the reason. */
  unreadable: { originalName: string; reason: string }[];
}

/** Hashes these stored files and records the results. */
export async function hashStoredImages(db: Database.Database, store: EvidenceStore, files: readonly { sha256: string; originalName: string }[], at: string): Promise<HashedImages> {
  const result: HashedImages = { hashed: 0, unreadable: [] };
  for (const file of files) {
    const hash = await imageDHash(store.pathOf(file.sha256));
    if (hash.ok) {
      saveImageHash(db, { sha256: file.sha256, dhash: hash.dhash, width: hash.width, height: hash.height, error: null }, at);
      result.hashed += 1;
    } else {
      saveImageHash(db, { sha256: file.sha256, dhash: null, width: null, height: null, error: hash.reason }, at);
      result.unreadable.push({ originalName: file.originalName, reason: hash.reason });
    }
  }
  return result;
}

/** Hashes every listing image and official photo that has no hash yet (images added before hashing existed, or by hand). */
export function hashMissingImages(db: Database.Database, store: EvidenceStore, at = new Date().toISOString()): Promise<HashedImages> {
  return hashStoredImages(db, store, unhashedImageFiles(db), at);
}
