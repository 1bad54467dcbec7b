// Recognises a photo by its first bytes, never by its name: a PDF renamed .jpg is refused with a sentence.
import { knownBinary } from '../imports/source/binaryMagic';

export interface PhotoKind {
  mediaType: string;
  label: string;
}

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The image type of these first bytes (16 are enough), or null. */
export function photoKind(head: Uint8Array): PhotoKind | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', label: 'JPEG' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png', label: 'PNG' };
  if (ascii(head, 0, 4) === 'GIF8') return { mediaType: 'image/gif', label: 'GIF' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { mediaType: 'image/webp', label: 'WebP' };
  if (ascii(head, 4, 8) === 'ftyp' && /^(heic|heix|hevc|mif1|heif)$/.test(ascii(head, 8, 12))) return { mediaType: 'image/heic', label: 'HEIC' };
  return null;
}

/** Why these bytes are not a photo, naming the file; null when they are one. */
export function notAPhotoReason(name: string, head: Uint8Array): string | null {
  if (photoKind(head)) return null;
  if (head.length === 0) return `${name} is empty, so it is not a photo.`;
  const what = knownBinary(head);
  const printable = head.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
  const is = what ?? (printable ? 'a text file' : 'a file of an unknown kind');
  return `${name} is ${is}, not a photo: Assay keeps JPEG, PNG, GIF, WebP and HEIC photos.`;
}
