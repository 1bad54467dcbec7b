// What a piece of evidence is, from its first bytes (and its extension where the bytes are plain text), and
// the evidence kind that fits it when the person did not say; plus the stored, sanitised original name.
import path from 'node:path';
import type { EvidenceKind } from '../../api/caseVocabulary';

const SIGNATURES: readonly [bytes: readonly number[], offset: number, mediaType: string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0, 'image/png'],
  [[0xff, 0xd8, 0xff], 0, 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 0, 'image/gif'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 0, 'application/pdf'],
  [[0x57, 0x41, 0x52, 0x43, 0x2f], 0, 'application/warc'],
  [[0x49, 0x49, 0x2a, 0x00], 0, 'image/tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 0, 'image/tiff'],
  [[0x42, 0x4d], 0, 'image/bmp'],
  [[0x1f, 0x8b], 0, 'application/gzip'],
  [[0x50, 0x4b, 0x03, 0x04], 0, 'application/zip'],
];

const startsWith = (sample: Uint8Array, bytes: readonly number[], offset: number) => bytes.every((b, i) => sample[offset + i] === b);
const ascii = (sample: Uint8Array, from: number, to: number) => String.fromCharCode(...sample.subarray(from, to));

/** The media type of a file from its first bytes (at least 512 where the file has them) and its name. */
export function sniffMediaType(sample: Uint8Array, fileName: string): string {
  for (const [bytes, offset, type] of SIGNATURES) if (startsWith(sample, bytes, offset)) return type;
  if (ascii(sample, 0, 4) === 'RIFF' && ascii(sample, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(sample, 4, 8) === 'ftyp') {
    const brand = ascii(sample, 8, 12);
    if (/^(heic|heix|mif1|msf1)$/.test(brand)) return 'image/heic';
    if (brand === 'avif') return 'image/avif';
    return 'video/mp4';
  }
  const ext = path.extname(fileName).toLowerCase();
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample.subarray(0, 1024)).replace(/^\uFEFF/, '');
  const head = text.trimStart().toLowerCase();
  if (/^mime-version:/m.test(head) && /multipart\/related/.test(head)) return 'multipart/related';
  if (ext === '.mhtml' || ext === '.mht') return 'multipart/related';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || ((ext === '.html' || ext === '.htm') && head.startsWith('<'))) return 'text/html';
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'image/svg+xml';
  if (ext === '.json' && /^[[{]/.test(head)) return 'application/json';
  if (isText(sample)) return ext === '.csv' ? 'text/csv' : 'text/plain';
  return 'application/octet-stream';
}

function isText(sample: Uint8Array): boolean {
  for (const b of sample) if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b)) return false;
  return true;
}

/** The kind a file most likely is when the person did not say. */
export function defaultEvidenceKind(mediaType: string): EvidenceKind {
  if (mediaType === 'image/png' || mediaType === 'image/webp' || mediaType === 'image/bmp') return 'screenshot';
  if (mediaType.startsWith('image/')) return 'photo';
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'text/html' || mediaType === 'multipart/related' || mediaType === 'application/warc') return 'page_capture';
  return 'other';
}

/**
 * The name kept for a file: its last path segment only (no folders, no "..", no drive), without control
 * characters or characters that are unsafe in file names, at most 200 characters, never empty.
 */
export function sanitiseOriginalName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  let clean = last.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  clean = clean.replace(/^\.+/, '').trim();
  if (clean.length > 200) {
    const ext = path.extname(clean).slice(0, 20);
    clean = clean.slice(0, 200 - ext.length) + ext;
  }
  return clean || 'evidence';
}
