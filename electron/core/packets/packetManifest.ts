// manifest.json (each file's path, size, SHA-256 and role; the case, brand, profile, time and Assay version)
// and the coreutils SHA256SUMS over every file of the packet. Files outside the manifest are only these three
// (manifest.json, manifest.sig, SHA256SUMS): the manifest cannot hash itself or its signature.
import { canonicalJson } from '../hashing';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const SUMS = 'SHA256SUMS';
export const PUBLIC_KEY = 'public-key.pem';
export const UNLISTED_FILES: readonly string[] = [MANIFEST, SIGNATURE, SUMS];
export const MANIFEST_FORMAT = 'assay-packet/1';

export type FileRole = 'notice' | 'notice-json' | 'comparison' | 'link-list' | 'evidence' | 'custody-log' | 'verifier' | 'public-key' | 'readme';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  role: FileRole;
}

export interface PacketManifest {
  format: typeof MANIFEST_FORMAT;
  assayVersion: string;
  createdAt: string;
  profile: string;
  case: { id: number; name: string; status: string };
  brand: { name: string; owner: string };
  signature: { algorithm: 'Ed25519'; file: string; publicKey: string; publicKeySha256: string };
  files: ManifestFile[];
}

/** The manifest's bytes: canonical JSON (keys sorted), so one manifest has exactly one byte form to sign. */
export const manifestBytes = (m: PacketManifest): Buffer => Buffer.from(`${canonicalJson({ ...m, files: [...m.files].sort(byPath) })}\n`, 'utf8');

export const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** `sha256sum` text mode lines: the hash, two spaces, the path. */
export const sha256Sums = (files: { path: string; sha256: string }[]): string => [...files].sort(byPath).map((f) => `${f.sha256}  ${f.path}\n`).join('');

export function parseSha256Sums(text: string): { line: number; sha256: string; path: string }[] | string {
  const out: { line: number; sha256: string; path: string }[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(lines[i]!);
    if (!m) return `line ${i + 1} is not "<sha256>  <file>"`;
    out.push({ line: i + 1, sha256: m[1]!, path: m[2]! });
  }
  return out;
}
