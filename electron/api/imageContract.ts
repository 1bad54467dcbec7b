// The contract's image operations: a small thumbnail of one stored image (its bytes checked against their SHA-256
// first), and which of a listing's images the images rule matched. Spread into `operations` in contract.ts.
import { z } from 'zod';
import { id, op } from './operationParts';

export const imageThumbnailSchema = z.strictObject({ evidenceId: id });
export const listingImageMarksSchema = z.strictObject({ listingId: id });

export interface ImageThumbnail {
  evidenceId: number;
  sha256: string;
  originalName: string;
  /** `data:image/jpeg;base64,…`, at most THUMBNAIL_MAX_EDGE pixels on its longer side. */
  dataUrl: string;
  width: number;
  height: number;
  /** The stored image's own size. */
  sourceWidth: number;
  sourceHeight: number;
}

export type ImageMarkRule = 'image.official_photo' | 'image.shared_across_sellers';

/** One finding of the images rule, pinned to the stored image it concerns. */
export interface ImageMark {
  /** The stored image it concerns (the same bytes carry the same mark wherever they are listed). */
  sha256: string;
  rule: ImageMarkRule;
  /** A few words for a badge, e.g. "Official photo ostra-front.png of CV-OS-9001". */
  label: string;
  /** The finding's sentence. */
  message: string;
}

export interface ListingImageMarks {
  listingId: number;
  /** The listing images' SHA-256 in the order the images rule numbers them ("Image 1", "Image 2", …). */
  imageOrder: string[];
  /** Marks on the listing's own images. */
  listing: ImageMark[];
  /** Marks on the brand's official photos that this listing reuses. */
  official: ImageMark[];
}

export const imageOperations = {
  'images.thumbnail': op<typeof imageThumbnailSchema, ImageThumbnail>(imageThumbnailSchema),
  'images.listingMarks': op<typeof listingImageMarksSchema, ListingImageMarks>(listingImageMarksSchema),
};
