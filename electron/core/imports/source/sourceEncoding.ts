// Sniffs a text file's encoding from its first bytes: a BOM, the NUL pattern of BOM-less UTF-16,
// then UTF-8 if the bytes are valid UTF-8 and Windows-1252 (a superset of Latin-1) if not.
import { isUtf8 } from 'node:buffer';
import type { SourceEncoding } from './sourceTypes';

export interface Bom {
  encoding: SourceEncoding;
  length: number;
}

export function detectBom(sample: Uint8Array): Bom | null {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** How many bytes at the end begin a UTF-8 sequence that the next bytes would complete (0-3). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let i = 1; i <= Math.min(3, bytes.length); i++) {
    const b = bytes[bytes.length - i]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > i ? i : 0;
  }
  return 0;
}

/** BOM-less UTF-16 shows as ASCII with a NUL in every other byte: odd positions for LE, even for BE. */
function utf16ByNulPattern(sample: Uint8Array): SourceEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * The encoding of a text sample, or 'binary' for NUL bytes that are not UTF-16.
 * `complete` says the sample is the whole file, so a cut multi-byte character at its end is a real error.
 */
export function sniffEncoding(sample: Uint8Array, complete: boolean): SourceEncoding | 'binary' {
  const bom = detectBom(sample);
  if (bom) return bom.encoding;
  const utf16 = utf16ByNulPattern(sample);
  if (utf16) return utf16;
  if (sample.includes(0)) return 'binary';
  const body = complete ? sample : sample.subarray(0, sample.length - incompleteUtf8Tail(sample));
  return isUtf8(body) ? 'utf-8' : 'windows-1252';
}

/** Text of a sample (which may end mid-character) in the given encoding, without its BOM. */
export function decodeSample(sample: Uint8Array, encoding: SourceEncoding, bomLength: number, complete: boolean): string {
  let body = sample.subarray(bomLength);
  if (!complete && encoding === 'utf-8') body = body.subarray(0, body.length - incompleteUtf8Tail(body));
  if (!complete && encoding !== 'utf-8' && encoding !== 'windows-1252') body = body.subarray(0, body.length & ~1);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}
