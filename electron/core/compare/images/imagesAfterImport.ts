// What `assay import … --images DIR` and `assay products import SHEET` do with images once the rows are in: attach
// the listing images named after item numbers, or the official photos the spec sheet names, and say what happened
// in sentences (and a JSON object for --json). The import pipeline itself is untouched.
import type { Workspace } from '../../db/openWorkspace';
import { evidenceStoreFor } from '../../cases/evidenceStore';
import { attachListingImages } from './attachListingImages';
import { attachOfficialImages } from './attachOfficialImages';

export interface ImagesAfterImport {
  json: Record<string, unknown>;
  sentences: string[];
}

const n = (x: number) => x.toLocaleString('en-US');
const LISTED = 5;
const some = (names: string[]) => names.slice(0, LISTED).join(', ') + (names.length > LISTED ? ` and ${n(names.length - LISTED)} more` : '');

export async function listingImagesAfterImport(ws: Workspace, input: { dir: string; importId: number; actor: string }): Promise<ImagesAfterImport> {
  const r = await attachListingImages(ws.db, evidenceStoreFor(ws.dir), { ...input, at: new Date().toISOString() });
  const sentences = [`Images: ${n(r.files)} files in ${input.dir}; ${n(r.attached)} attached to their listings, ${n(r.alreadyAttached)} already attached, ${n(r.hashing.hashed)} hashed.`];
  if (r.unmatched.length > 0) sentences.push(`${n(r.unmatched.length)} image ${r.unmatched.length === 1 ? 'file names' : 'files name'} no listing of this import (name them <listing_id>.jpg or <listing_id>_2.png): ${some(r.unmatched)}.`);
  for (const u of r.hashing.unreadable.slice(0, LISTED)) sentences.push(`The image ${u.originalName} is stored but cannot be compared: ${u.reason}.`);
  return { json: { files: r.files, attached: r.attached, already_attached: r.alreadyAttached, hashed: r.hashing.hashed, unmatched: r.unmatched, unreadable: r.hashing.unreadable }, sentences };
}

/** Null when the spec sheet named no official images. */
export async function officialImagesAfterImport(ws: Workspace, input: { specSheet: string; importId: number; actor: string }): Promise<ImagesAfterImport | null> {
  const r = await attachOfficialImages(ws.db, evidenceStoreFor(ws.dir), { ...input, at: new Date().toISOString() });
  if (r.attached + r.alreadyAttached + r.skipped.length === 0 && r.hashing.hashed + r.hashing.unreadable.length === 0) return null;
  const sentences = [`Official photos: ${n(r.attached)} stored and hashed, ${n(r.alreadyAttached)} already stored.`];
  for (const s of r.skipped.slice(0, LISTED)) sentences.push(`The official image "${s.name}" of ${s.sku} was not stored: ${s.reason}.`);
  if (r.skipped.length > LISTED) sentences.push(`${n(r.skipped.length - LISTED)} more official images were not stored.`);
  for (const u of r.hashing.unreadable.slice(0, LISTED)) sentences.push(`The official image ${u.originalName} is stored but cannot be compared: ${u.reason}.`);
  return { json: { attached: r.attached, already_attached: r.alreadyAttached, skipped: r.skipped, unreadable: r.hashing.unreadable }, sentences };
}
