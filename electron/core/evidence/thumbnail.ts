// A small JPEG thumbnail of one stored image, for the renderer's side-by-side comparison. The stored file is
// re-hashed first, so a changed file is named in a sentence and never shown; an image whose header claims more
// pixels than the images rule allows is refused before decoding. Nothing is cached: each call reads the store.
import type Database from 'better-sqlite3';
import sharp from 'sharp';
import type { ImageThumbnail } from '../../api/imageContract';
import type { EvidenceStore } from '../cases/evidenceStore';
import { MAX_IMAGE_PIXELS } from '../compare/images/perceptualHash';
import { getEvidence } from '../db/evidenceRepository';
import { AssayError } from '../errors';

/** Longest side of a thumbnail, in pixels (twice the size it is shown at, for sharp text on dense screens). */
export const THUMBNAIL_MAX_EDGE = 320;

/** Formats a thumbnail is made from; anything else sharp might open (SVG, PDF) is not a photo and is refused. */
const PHOTO_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heif']);

const count = (n: number) => n.toLocaleString('en-US');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export async function evidenceThumbnail(db: Database.Database, store: EvidenceStore, evidenceId: number): Promise<ImageThumbnail> {
  const evidence = getEvidence(db, evidenceId);
  if (!evidence) throw new AssayError('not_found', `There is no evidence with id ${evidenceId}.`);
  const name = evidence.originalName;
  const refuse = (code: 'invalid_input' | 'too_large', reason: string) => new AssayError(code, `The image ${name} cannot be shown: ${reason}.`);

  // store.check re-hashes the whole file: the bytes shown are the bytes the custody log vouches for.
  const problem = await store.check(evidence.sha256);
  if (problem) throw new AssayError('verification_failed', `The image ${name} is not shown: ${lowerFirst(problem)} Run Verify to check the whole evidence store.`);
  const file = store.pathOf(evidence.sha256);

  let meta: sharp.Metadata;
  try {
    // The header alone, without the pixel limit, so an oversized image is refused by the size it claims.
    meta = await sharp(file, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse('invalid_input', `it is not an image Assay can read (stored as ${evidence.mediaType})`);
  }
  if (!meta.format || !PHOTO_FORMATS.has(meta.format)) throw refuse('invalid_input', `it is not a photo Assay can show (its format is ${meta.format ?? 'unknown'})`);
  const sourceWidth = meta.width ?? 0;
  const sourceHeight = meta.height ?? 0;
  if (sourceWidth === 0 || sourceHeight === 0) throw refuse('invalid_input', 'it is not an image Assay can read');
  if (sourceWidth * sourceHeight > MAX_IMAGE_PIXELS) {
    throw refuse('too_large', `it claims ${count(sourceWidth)}×${count(sourceHeight)} pixels, more than the ${count(MAX_IMAGE_PIXELS)} allowed`);
  }

  try {
    const { data, info } = await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: THUMBNAIL_MAX_EDGE, height: THUMBNAIL_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      // JPEG has no transparency: a cut-out product shot sits on white, as it would on a product page.
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return {
      evidenceId,
      sha256: evidence.sha256,
      originalName: name,
      dataUrl: `data:image/jpeg;base64,${data.toString('base64')}`,
      width: info.width,
      height: info.height,
      sourceWidth,
      sourceHeight,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw refuse('invalid_input', `it cannot be decoded (${message.replace(/\.$/, '')})`);
  }
}
