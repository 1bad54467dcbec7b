// The manifest of a .assaycase archive: which case (with the UID that makes a second import merge, not
// duplicate), who sent it (the signing key's fingerprint and the head of the sender's custody chain), and each
// file's path, size and SHA-256. Signed like a packet's manifest; parsed here without trusting it.
import { z } from 'zod';

import { canonicalJson } from '../hashing';
import { byPath } from '../packets/packetManifest';

export const CASE_ARCHIVE_FORMAT = 'assay-case/1';
export const CASE_DATA = 'case.json';
export const EVIDENCE_PREFIX = 'evidence/';
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;
export const CASE_DATA_MAX_BYTES = 512 * 1024 * 1024;
/** The most an archive may declare in all; a bigger one is refused before a byte is inflated. */
export const ARCHIVE_MAX_TOTAL_BYTES = 32 * 1024 ** 3;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const manifestSchema = z
  .object({
    format: z.literal(CASE_ARCHIVE_FORMAT),
    assayVersion: z.string().max(100),
    createdAt: z.string().max(100),
    case: z.object({ uid: z.string().regex(/^[0-9a-f]{64}:[1-9][0-9]{0,15}$/), id: z.number().int().positive(), name: z.string().max(10_000), status: z.string().max(100) }).strict(),
    origin: z.object({ fingerprint: sha256, custodyHead: z.object({ seq: z.number().int().nonnegative(), hash: sha256 }).strict() }).strict(),
    signature: z.object({ algorithm: z.literal('Ed25519'), file: z.literal('manifest.sig'), publicKey: z.literal('public-key.pem'), publicKeySha256: sha256 }).strict(),
    counts: z.object({ listings: z.number().int().nonnegative(), products: z.number().int().nonnegative(), evidence: z.number().int().nonnegative(), custodyEvents: z.number().int().nonnegative() }).strict(),
    files: z
      .array(z.object({ path: z.string().min(1).max(300), size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), sha256, role: z.enum(['case-data', 'evidence', 'public-key']) }).strict())
      .max(1_000_000),
  })
  .strict();

export type CaseArchiveManifest = z.infer<typeof manifestSchema>;
export type CaseArchiveFile = CaseArchiveManifest['files'][number];

/** The manifest's one byte form (canonical JSON, files by path), which the signature covers. */
export const caseManifestBytes = (m: CaseArchiveManifest): Buffer => Buffer.from(`${canonicalJson({ ...m, files: [...m.files].sort(byPath) })}\n`, 'utf8');

/** The stable identity of a case across workspaces: the fingerprint of the workspace that opened it, and its id there. */
export const caseUid = (originFingerprint: string, caseId: number): string => `${originFingerprint}:${caseId}`;

export const isEvidenceEntryName = (name: string): boolean => /^evidence\/[0-9a-f]{64}$/.test(name);

/** Parses manifest.json, or says in one sentence why it is not a case archive's manifest. */
export function parseCaseArchiveManifest(text: string, label: string): CaseArchiveManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${label} was refused: its manifest.json is not valid JSON.`;
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${label} was refused: its manifest.json is not an Assay case manifest (${issue.path.join('.') || 'the document'}: ${issue.message}).`;
  }
  const m = parsed.data;
  const seen = new Set<string>();
  for (const f of m.files) {
    if (seen.has(f.path)) return `${label} was refused: its manifest lists ${f.path} twice.`;
    seen.add(f.path);
    const expectedRole = f.path === CASE_DATA ? 'case-data' : f.path === 'public-key.pem' ? 'public-key' : isEvidenceEntryName(f.path) ? 'evidence' : null;
    if (expectedRole !== f.role) return `${label} was refused: its manifest lists ${f.path}, which is not a file a case archive holds.`;
    if (f.role === 'evidence' && f.path !== `${EVIDENCE_PREFIX}${f.sha256}`) return `${label} was refused: its manifest names ${f.path} with a different SHA-256 (${f.sha256}).`;
  }
  if (!seen.has(CASE_DATA)) return `${label} was refused: its manifest does not list ${CASE_DATA}.`;
  return m;
}
