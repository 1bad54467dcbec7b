// Reads a .assaycase archive without trusting it, writing nothing: every entry's name and kind is judged before a
// byte is inflated (no links, no escaping or absolute paths, no duplicates, only the files a case archive holds),
// the manifest's signature must verify with the key that travels with it, every entry's size must be what the
// signed manifest says (yauzl stops an entry that inflates past its declared size, so a ZIP bomb stops there),
// the total is capped, every file is re-hashed against the manifest, and case.json and its custody events are
// checked. Only then does an import write anything (importCaseArchive.ts).
import { createHash } from 'node:crypto';

import { UnsafeZipEntryError, ZipArchive, unsafeEntryReason } from '../archives/zipArchive';
import { AssayError } from '../errors';
import { sha256Hex } from '../hashing';
import { publicKeyFingerprint, verifyManifestSignature } from '../packets/manifestSignature';
import { MANIFEST, PUBLIC_KEY, SIGNATURE, SUMS, parseSha256Sums } from '../packets/packetManifest';
import {
  ARCHIVE_MAX_TOTAL_BYTES,
  CASE_DATA,
  CASE_DATA_MAX_BYTES,
  MANIFEST_MAX_BYTES,
  caseManifestBytes,
  isEvidenceEntryName,
  parseCaseArchiveManifest,
  type CaseArchiveManifest,
} from './caseArchiveManifest';
import { parseCaseBundle, type CaseBundle } from './caseBundle';
import { custodySegmentProblem } from './custodySegment';

export interface VerifiedCaseArchive {
  file: string;
  manifest: CaseArchiveManifest;
  manifestSha256: string;
  bundle: CaseBundle;
  publicKeyPem: string;
  /** SHA-256 of the sender's public key: the fingerprint a person compares before trusting it. */
  fingerprint: string;
}

export interface ReadOptions {
  /** The name to use in messages. */
  label?: string;
  /** The most all entries together may declare (a test lowers it). */
  maxTotalBytes?: number;
}

const refuse = (message: string) => new AssayError('verification_failed', message);
const SMALL_FILES: readonly string[] = [MANIFEST, SIGNATURE, SUMS];
const isCaseArchiveEntry = (name: string) => SMALL_FILES.includes(name) || name === CASE_DATA || name === PUBLIC_KEY || isEvidenceEntryName(name);

export async function readCaseArchive(file: string, options: ReadOptions = {}): Promise<VerifiedCaseArchive> {
  const label = options.label ?? file;
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AssayError('not_found', `There is no case archive at ${label}.`);
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new AssayError('invalid_input', `${label} is a folder, not a case archive.`);
    if (e instanceof UnsafeZipEntryError) throw refuse(`${label} was refused: ${e.message}.`);
    throw refuse(`${label} is not an Assay case archive: it is not a readable ZIP archive (${(e as Error).message}).`);
  }
  try {
    return await readOpened(zip, file, label, options.maxTotalBytes ?? ARCHIVE_MAX_TOTAL_BYTES);
  } finally {
    zip.close();
  }
}

async function readOpened(zip: ZipArchive, file: string, label: string, maxTotalBytes: number): Promise<VerifiedCaseArchive> {
  for (const entry of zip.entries) {
    const unsafe = unsafeEntryReason(entry);
    if (unsafe) throw refuse(`${label} was refused: ${unsafe}.`);
    if (entry.isDirectory && entry.name === 'evidence/' && entry.size === 0) continue;
    if (!isCaseArchiveEntry(entry.name)) throw refuse(`${label} was refused: it holds ${entry.name}, which is not a file a case archive holds.`);
  }
  if (zip.duplicateNames.length > 0) throw refuse(`${label} was refused: it holds ${zip.duplicateNames[0]} more than once.`);
  for (const name of [MANIFEST, SIGNATURE, PUBLIC_KEY]) {
    if (!zip.entries.some((e) => e.name === name)) throw refuse(`${label} is not an Assay case archive: it has no ${name}.`);
  }

  const small = async (name: string, max: number): Promise<Buffer> => {
    try {
      return await zip.readSmall(name, max);
    } catch (e) {
      throw refuse(`${label} was refused: its ${name} cannot be read (${(e as Error).message}).`);
    }
  };
  const mBytes = await small(MANIFEST, MANIFEST_MAX_BYTES);
  const parsed = parseCaseArchiveManifest(mBytes.toString('utf8'), label);
  if (typeof parsed === 'string') throw refuse(parsed);
  const manifest = parsed;

  // The signature covers the manifest's canonical bytes; the manifest's hashes then vouch for every other file.
  const publicKeyPem = (await small(PUBLIC_KEY, 64 * 1024)).toString('utf8');
  let fingerprint: string;
  try {
    fingerprint = publicKeyFingerprint(publicKeyPem);
  } catch {
    throw refuse(`${label} was refused: its public-key.pem is not a public key.`);
  }
  if (fingerprint !== manifest.signature.publicKeySha256 || fingerprint !== manifest.origin.fingerprint) {
    throw refuse(`${label} was refused: its manifest names the key ${manifest.signature.publicKeySha256}, but the key it carries is ${fingerprint}.`);
  }
  const signature = (await small(SIGNATURE, 4096)).toString('utf8');
  if (!caseManifestBytes(manifest).equals(mBytes) || !verifyManifestSignature(mBytes, signature, publicKeyPem)) {
    throw refuse(`${label} was refused: the signature over its manifest does not verify with the key it carries (${fingerprint}); the manifest has been changed since it was signed.`);
  }

  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  let total = 0;
  for (const entry of zip.entries) {
    if (entry.isDirectory || SMALL_FILES.includes(entry.name)) continue;
    const expected = listed.get(entry.name);
    if (!expected) throw refuse(`${label} was refused: it holds ${entry.name}, which its manifest does not list.`);
    if (entry.size !== expected.size) throw refuse(`${label} was refused: ${entry.name} declares ${entry.size} bytes, but the manifest says ${expected.size}.`);
    total += entry.size;
  }
  for (const f of manifest.files) {
    if (!zip.entries.some((e) => e.name === f.path)) throw refuse(`${label} is incomplete: ${f.path}, listed in its manifest, is not in the archive.`);
  }
  if (total > maxTotalBytes) throw refuse(`${label} was refused: it declares ${total.toLocaleString('en-US')} bytes in all, more than the ${maxTotalBytes.toLocaleString('en-US')} a case archive may hold.`);
  const caseDataEntry = listed.get(CASE_DATA)!;
  if (caseDataEntry.size > CASE_DATA_MAX_BYTES) throw refuse(`${label} was refused: its case.json declares ${caseDataEntry.size.toLocaleString('en-US')} bytes, more than the ${CASE_DATA_MAX_BYTES.toLocaleString('en-US')} allowed.`);

  if (zip.entries.some((e) => e.name === SUMS)) {
    const sums = parseSha256Sums((await small(SUMS, MANIFEST_MAX_BYTES)).toString('utf8'));
    const signed = new Map<string, string>([...manifest.files.map((f) => [f.path, f.sha256] as const), [MANIFEST, sha256Hex(mBytes)], [SIGNATURE, sha256Hex(signature)]]);
    if (typeof sums === 'string' || sums.some((s) => signed.get(s.path) !== s.sha256) || sums.length !== signed.size) {
      throw refuse(`${label} was refused: its SHA256SUMS does not agree with its signed manifest.`);
    }
  }

  let caseData: Buffer | null = null;
  for (const f of manifest.files) {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of await zip.openStream(f.path)) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (f.path === CASE_DATA) chunks.push(chunk as Buffer);
      }
    } catch (e) {
      throw refuse(`${label} was refused: ${f.path} inside it is damaged or holds more than it declares (${(e as Error).message}).`);
    }
    const sha256 = hash.digest('hex');
    if (size !== f.size || sha256 !== f.sha256) throw refuse(`${label} fails verification: ${f.path} has SHA-256 ${sha256}, but the manifest says ${f.sha256}.`);
    if (f.path === CASE_DATA) caseData = Buffer.concat(chunks);
  }

  const bundle = parseCaseBundle(caseData!.toString('utf8'), label);
  if (typeof bundle === 'string') throw refuse(bundle);
  const problem = bundleProblem(bundle, manifest);
  if (problem) throw refuse(`${label} was refused: ${problem}.`);
  return { file, manifest, manifestSha256: sha256Hex(mBytes), bundle, publicKeyPem, fingerprint };
}

/** Why case.json does not hold together with itself and the manifest, or null. */
function bundleProblem(b: CaseBundle, m: CaseArchiveManifest): string | null {
  const evidenceFiles = new Set(m.files.filter((f) => f.role === 'evidence').map((f) => f.sha256));
  const evidenceIds = new Set<number>();
  for (const e of b.evidence) {
    if (!evidenceFiles.has(e.sha256)) return `its evidence ${e.originId} (SHA-256 ${e.sha256}) has no file in the archive`;
    const size = m.files.find((f) => f.sha256 === e.sha256 && f.role === 'evidence')!.size;
    if (e.row.size !== size) return `its evidence ${e.originId} says ${String(e.row.size)} bytes, but its file has ${size}`;
    if (evidenceIds.has(e.originId)) return `its evidence ${e.originId} is listed twice`;
    evidenceIds.add(e.originId);
  }
  for (const e of b.evidence) if (e.redactsOriginId !== null && !evidenceIds.has(e.redactsOriginId)) return `its evidence ${e.originId} redacts evidence ${e.redactsOriginId}, which is not in the archive`;
  const listingIds = new Set<number>();
  const keys = new Set<string>();
  for (const l of b.listings) {
    const key = `${l.marketplace}\u0000${l.listingId}`;
    if (listingIds.has(l.originId) || keys.has(key)) return `its listing ${l.marketplace} ${l.listingId} is listed twice`;
    listingIds.add(l.originId);
    keys.add(key);
  }
  const productIds = new Set(b.products.map((p) => p.originId));
  for (const l of b.listings) if (l.match?.productOriginId != null && !productIds.has(l.match.productOriginId)) return `listing ${l.marketplace} ${l.listingId} matches product ${l.match.productOriginId}, which is not in the archive`;
  for (const e of b.caseEvidence) {
    if (!evidenceIds.has(e.evidenceOriginId)) return `it links evidence ${e.evidenceOriginId} to the case, but has no such evidence`;
    if (e.listingOriginId !== null && !listingIds.has(e.listingOriginId)) return `it links evidence to listing ${e.listingOriginId}, which is not in the case`;
  }
  for (const e of b.listingEvidence) if (!evidenceIds.has(e.evidenceOriginId) || !listingIds.has(e.listingOriginId)) return `it links evidence ${e.evidenceOriginId} to listing ${e.listingOriginId}, one of which is not in the archive`;
  for (const t of b.testBuys) {
    if (t.listingOriginId !== null && !listingIds.has(t.listingOriginId)) return `its test buy ${t.orderNumber} names listing ${t.listingOriginId}, which is not in the case`;
    if (t.productOriginId !== null && !productIds.has(t.productOriginId)) return `its test buy ${t.orderNumber} names product ${t.productOriginId}, which is not in the archive`;
    for (const id of t.evidenceOriginIds) if (!evidenceIds.has(id)) return `its test buy ${t.orderNumber} names evidence ${id}, which is not in the archive`;
  }
  if (b.custody.length !== m.counts.custodyEvents || b.listings.length !== m.counts.listings) return 'its case.json does not hold what its manifest counts';
  const segment = custodySegmentProblem(b.custody, m.origin.custodyHead);
  if (segment) return segment;
  if (typeof b.brand.name !== 'string' || b.brand.name.trim() === '') return 'its case names no brand';
  if (typeof b.case.name !== 'string') return 'its case has no name';
  return null;
}

/** Streams the verified evidence files out of the archive again, checking each hash once more on the way. */
export async function eachArchivedEvidence(file: string, wanted: readonly { path: string; sha256: string; size: number }[], label: string, use: (bytes: Buffer, sha256: string) => void): Promise<void> {
  const zip = await ZipArchive.open(file);
  try {
    for (const f of wanted) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openStream(f.path)) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      if (bytes.length !== f.size || sha256Hex(bytes) !== f.sha256) throw refuse(`${label} changed while it was being imported: ${f.path} no longer has SHA-256 ${f.sha256}. Nothing was imported.`);
      use(bytes, f.sha256);
    }
  } finally {
    zip.close();
  }
}
