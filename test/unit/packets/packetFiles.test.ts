// Safe evidence names, the coreutils SHA256SUMS format, and the manifest's signature.
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/core/packets/evidenceNames';
import { createSigningKey, signManifest, verifyManifestSignature } from '../../../electron/core/packets/manifestSignature';
import { parseSha256Sums, sha256Sums } from '../../../electron/core/packets/packetManifest';
import { packetCsv } from '../../../electron/core/packets/packetCsv';

describe('packet files', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['/etc/shadow', 'shadow'],
    ['C:\\Users\\me\\photo 1.jpg', 'photo 1.jpg'],
    ['..', 'file'],
    ['.hidden', 'hidden'],
    ['商品 主图.jpg', '商品 主图.jpg'],
    ['a\u0000b\nc.png', 'a_b_c.png'],
  ])('names %j as %j', (original, safe) => {
    expect(safeFileName(original)).toBe(safe);
  });

  it('writes SHA256SUMS lines sorted by path with two spaces, and reads them back', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const text = sha256Sums([
      { path: 'z.txt', sha256: a },
      { path: 'evidence/1-x.jpg', sha256: b },
    ]);
    expect(text).toBe(`${b}  evidence/1-x.jpg\n${a}  z.txt\n`);
    expect(parseSha256Sums(text)).toEqual([
      { line: 1, sha256: b, path: 'evidence/1-x.jpg' },
      { line: 2, sha256: a, path: 'z.txt' },
    ]);
    expect(parseSha256Sums(`${a} x\n`)).toBe('line 1 is not "<sha256>  <file>"');
  });

  it('signs a manifest with Ed25519 and rejects a changed manifest or signature', () => {
    const key = createSigningKey();
    const manifest = Buffer.from('{"files":[]}\n');
    const sig = signManifest(manifest, key.privateKeyPem);
    expect(signManifest(manifest, key.privateKeyPem)).toBe(sig);
    expect(verifyManifestSignature(manifest, sig, key.publicKeyPem)).toBe(true);
    expect(verifyManifestSignature(Buffer.from('{"files":[1]}\n'), sig, key.publicKeyPem)).toBe(false);
    expect(verifyManifestSignature(manifest, sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), key.publicKeyPem)).toBe(false);
    expect(verifyManifestSignature(manifest, sig, createSigningKey().publicKeyPem)).toBe(false);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)'])('neutralises a CSV cell beginning %s', (cell) => {
    expect(packetCsv(['x'], [[cell]])).toBe(`x\r\n'${cell}\r\n`);
  });
});
