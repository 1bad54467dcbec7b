// `assay verify PACKET`: checks a packet folder or ZIP as a court or platform would — the Ed25519 signature over
// manifest.json, every listed file's size and SHA-256, every line of SHA256SUMS, and that nothing was added —
// and stops at the first file that fails, naming it.
import { createHash } from 'node:crypto';
import { verifyManifestSignature, publicKeyFingerprint } from './manifestSignature';
import { MANIFEST, MANIFEST_FORMAT, PUBLIC_KEY, SIGNATURE, SUMS, UNLISTED_FILES, parseSha256Sums, type PacketManifest } from './packetManifest';
import { openPacket, type PacketReader } from './packetReader';

export type PacketVerification =
  | { ok: true; files: number; caseName: string; profile: string; createdAt: string; publicKeySha256: string }
  | { ok: false; file: string; reason: string };

class Failure extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Streams one file's bytes; a file the ZIP cannot inflate is that file's failure, named. */
async function eachChunk(reader: PacketReader, name: string, take: (chunk: Buffer) => void): Promise<void> {
  try {
    for await (const c of await reader.open(name)) take(c as Buffer);
  } catch (e) {
    throw new Failure(name, `cannot be read from the packet: it is damaged (${(e as Error).message}).`);
  }
}

async function readAll(reader: PacketReader, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await eachChunk(reader, name, (c) => chunks.push(c));
  return Buffer.concat(chunks);
}

async function hashOf(reader: PacketReader, name: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await eachChunk(reader, name, (c) => {
    hash.update(c);
    size += c.length;
  });
  return { sha256: hash.digest('hex'), size };
}

export async function verifyPacket(location: string, onProgress?: (done: number, total: number) => void): Promise<PacketVerification> {
  const reader = await openPacket(location);
  try {
    return await check(reader, onProgress);
  } catch (e) {
    if (e instanceof Failure) return { ok: false, file: e.file, reason: e.reason };
    throw e;
  } finally {
    reader.close();
  }
}

async function check(reader: PacketReader, onProgress?: (done: number, total: number) => void): Promise<PacketVerification> {
  const present = new Set(reader.names);
  for (const name of [MANIFEST, SIGNATURE, SUMS]) if (!present.has(name)) throw new Failure(name, 'is missing from the packet.');
  const manifestBytes = await readAll(reader, MANIFEST);
  let manifest: PacketManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as PacketManifest;
  } catch {
    throw new Failure(MANIFEST, 'is not valid JSON.');
  }
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files)) throw new Failure(MANIFEST, `is not an Assay packet manifest (${MANIFEST_FORMAT}).`);
  const keyFile = manifest.signature?.publicKey ?? PUBLIC_KEY;
  if (!present.has(keyFile)) throw new Failure(keyFile, 'the public key is missing from the packet.');
  const publicKeyPem = (await readAll(reader, keyFile)).toString('utf8');
  let fingerprint: string;
  try {
    fingerprint = publicKeyFingerprint(publicKeyPem);
  } catch {
    throw new Failure(keyFile, 'is not an Ed25519 public key.');
  }
  const signature = (await readAll(reader, SIGNATURE)).toString('utf8');
  if (!verifyManifestSignature(manifestBytes, signature, publicKeyPem)) throw new Failure(SIGNATURE, 'the signature does not match manifest.json (the manifest or its signature was changed).');

  const actual = new Map<string, string>();
  let done = 0;
  for (const f of manifest.files) {
    if (!present.has(f.path)) throw new Failure(f.path, 'is listed in the manifest but missing from the packet.');
    const h = await hashOf(reader, f.path);
    if (h.size !== f.size) throw new Failure(f.path, `its size is ${h.size} bytes; the manifest says ${f.size}.`);
    if (h.sha256 !== f.sha256) throw new Failure(f.path, `its SHA-256 is ${h.sha256}; the manifest says ${f.sha256}.`);
    actual.set(f.path, h.sha256);
    onProgress?.(++done, manifest.files.length);
  }
  for (const name of [MANIFEST, SIGNATURE]) actual.set(name, (await hashOf(reader, name)).sha256);

  const sums = parseSha256Sums((await readAll(reader, SUMS)).toString('utf8'));
  if (typeof sums === 'string') throw new Failure(SUMS, sums);
  const listed = new Set<string>();
  for (const s of sums) {
    const h = actual.get(s.path);
    if (h === undefined) throw new Failure(SUMS, `line ${s.line} names ${s.path}, which is not a file of the manifest.`);
    if (h !== s.sha256) throw new Failure(SUMS, `line ${s.line} gives a SHA-256 for ${s.path} that does not match the file.`);
    listed.add(s.path);
  }
  for (const name of actual.keys()) if (!listed.has(name)) throw new Failure(SUMS, `does not list ${name}.`);
  for (const name of reader.names) if (!actual.has(name) && !UNLISTED_FILES.includes(name)) throw new Failure(name, 'is in the packet but not in the manifest.');
  return { ok: true, files: manifest.files.length, caseName: manifest.case?.name ?? '', profile: manifest.profile, createdAt: manifest.createdAt, publicKeySha256: fingerprint };
}
