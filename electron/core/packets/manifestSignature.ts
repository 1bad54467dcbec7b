// Ed25519 signatures over a packet's manifest.json with the workspace's key. The key is made at first use; the
// public key travels in the packet (public-key.pem) and its fingerprint identifies the workspace that signed.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

export interface SigningKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function createSigningKey(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The signature as base64 on one line (Ed25519 is deterministic: the same manifest gives the same signature). */
export const signManifest = (manifest: Uint8Array, privateKeyPem: string): string => `${sign(null, manifest, createPrivateKey(privateKeyPem)).toString('base64')}\n`;

export function verifyManifestSignature(manifest: Uint8Array, signatureText: string, publicKeyPem: string): boolean {
  try {
    const signature = Buffer.from(signatureText.trim(), 'base64');
    if (signature.length !== 64) return false;
    return verify(null, manifest, createPublicKey(publicKeyPem), signature);
  } catch {
    return false;
  }
}

/** SHA-256 of the public key's DER, the fingerprint a person compares with the workspace's. */
export const publicKeyFingerprint = (publicKeyPem: string): string => createHash('sha256').update(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })).digest('hex');
