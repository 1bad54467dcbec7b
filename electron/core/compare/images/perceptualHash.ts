// Perceptual hashes of images (dHash: 64 bits from a 9×8 grey thumbnail, each bit "is this pixel brighter than the
// next"), and their Hamming distance. Two photos of the same shot stay within a few bits after resizing or
// re-compression, so a listing's copy of an official product photo is found by distance, not by bytes.
import sharp from 'sharp';

/** Images with more pixels than this are refused before decoding (a PNG header may claim 100000×100000). */
export const MAX_IMAGE_PIXELS = 100_000_000;

export type ImageHashResult = { ok: true; dhash: string; width: number; height: number } | { ok: false; reason: string };

/** The dHash of an image file as 16 hex digits, or the reason it cannot be read (never throws for bad input). */
export async function imageDHash(file: string): Promise<ImageHashResult> {
  try {
    // The header is read first, without the pixel limit, so an oversized image is refused by its stated size.
    const meta = await sharp(file, { limitInputPixels: false }).metadata();
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width === 0 || height === 0) return { ok: false, reason: 'it is not an image sharp can read' };
    if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: `it claims ${width.toLocaleString('en-US')}×${height.toLocaleString('en-US')} pixels, more than the ${MAX_IMAGE_PIXELS.toLocaleString('en-US')} allowed` };
    const image = sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
    // Transparency is flattened onto white (a cut-out product shot), so the raw output is one grey byte per pixel.
    const { data } = await image.rotate().flatten({ background: '#ffffff' }).greyscale().resize(9, 8, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer({ resolveWithObject: true });
    return { ok: true, dhash: dHashOf(data), width, height };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, reason: `it cannot be decoded (${message.replace(/\.$/, '')})` };
  }
}

/** The dHash of 9×8 grey pixels, row by row: bit set where a pixel is brighter than its right-hand neighbour. */
export function dHashOf(pixels: Uint8Array): string {
  let hex = '';
  for (let row = 0; row < 8; row += 1) {
    let byte = 0;
    for (let col = 0; col < 8; col += 1) byte = (byte << 1) | (pixels[row * 9 + col]! > pixels[row * 9 + col + 1]! ? 1 : 0);
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, n) => {
  let bits = 0;
  for (let v = n; v > 0; v >>= 1) bits += v & 1;
  return bits;
});

/** How many of the 64 bits differ between two dHashes. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 2) distance += POPCOUNT[parseInt(a.slice(i, i + 2), 16) ^ parseInt(b.slice(i, i + 2), 16)]!;
  return distance;
}
