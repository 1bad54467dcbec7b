// The one hashing helper: SHA-256 in hex, and canonical JSON so the same value always hashes the same.
import { createHash, hash } from 'node:crypto';
import fs from 'node:fs';

/** One-shot: for the short texts hashed most (each listing's scoring inputs), half the cost of a Hash object. */
export const sha256Hex = (data: string | Uint8Array): string => hash('sha256', data, 'hex');

/** JSON with object keys sorted at every level and no insignificant white space (RFC 8785 style for our values). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 of a file, streamed, so a file of any size hashes in flat memory. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
