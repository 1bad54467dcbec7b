// Hostile bytes for the case-archive reader, 10,000 inputs each: a signed archive hurt anywhere (bytes flipped,
// cut short, stuffed, or random), and archives correctly signed by a stranger whose case.json is hurt, so the
// checks behind the signature (case.json's schema, its links, the custody segment) meet hostile input too.
// Only AssayError may escape; no input may hang or leave a rejection unhandled.
import fs from 'node:fs';

import fc from 'fast-check';
import { describe, it } from 'vitest';

import { caseManifestBytes, type CaseArchiveManifest } from '../../electron/core/caseArchive/caseArchiveManifest';
import type { CaseBundle } from '../../electron/core/caseArchive/caseBundle';
import { readCaseArchive } from '../../electron/core/caseArchive/readCaseArchive';
import { custodyEventHash, GENESIS_HASH } from '../../electron/core/cases/custodyLog';
import { isAssayError } from '../../electron/core/errors';
import { canonicalJson, sha256Hex } from '../../electron/core/hashing';
import { createSigningKey, publicKeyFingerprint, signManifest } from '../../electron/core/packets/manifestSignature';
import { RUNS, failOnUnhandledRejections, hurt, nextName } from '../support/hostileInput';
import { rawZip } from '../support/rawZip';

failOnUnhandledRejections();

const key = createSigningKey();
const fingerprint = publicKeyFingerprint(key.publicKeyPem);
const evidence = Buffer.from('a screenshot');
const evidenceSha = sha256Hex(evidence);

function bundle(): CaseBundle {
  const event = { seq: 1, at: '2026-01-01T00:00:00Z', actor: 'a@b', action: 'case.created', subjectType: 'case', subjectId: '1', details: { name: 'Totes' } };
  const hash = custodyEventHash(GENESIS_HASH, event);
  return {
    brand: { name: 'Aurelle', owner_name: 'Aurelle SA', created_at: '2026-01-01T00:00:00Z' },
    case: { name: 'Totes', status: 'draft', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' },
    transitions: [],
    products: [{ originId: 3, sku: 'AU-1', row: { name: 'Tote', msrp: 1200 } }],
    listings: [
      {
        originId: 7,
        marketplace: 'ebay',
        listingId: '123',
        row: { title: 'Aurelle tote', price: 40, first_seen: '2026-01-01', last_seen: '2026-01-01' },
        caseLink: { reason: 'price', added_at: '2026-01-01T00:00:00Z' },
        seller: { marketplace: 'ebay', sellerRef: 's1', row: { name: 'S' }, contacts: [{ kind: 'email', value: 'a@b.c', normalised: 'a@b.c' }] },
        prices: [{ seen_at: '2026-01-01', price: 40, currency: 'USD' }],
        match: { productOriginId: 3, row: { score: 0.9, risk_score: 70, input_hash: 'x', scored_at: '2026-01-01' } },
        findings: [{ rule: 'price', severity: 'high', weight: 30, message: 'cheap' }],
      },
    ],
    evidence: [{ originId: 5, sha256: evidenceSha, redactsOriginId: null, row: { size: evidence.length, media_type: 'image/png', kind: 'screenshot', original_name: 's.png', added_by: 'a', added_at: '2026-01-01' } }],
    caseEvidence: [{ evidenceOriginId: 5, listingOriginId: 7, addedAt: '2026-01-01' }],
    listingEvidence: [],
    testBuys: [],
    custody: [{ seq: 1, at: event.at, actor: event.actor, action: event.action, subject_type: 'case', subject_id: '1', details: canonicalJson(event.details), prev_hash: GENESIS_HASH, hash }],
  };
}

/** A correctly signed archive around the given case.json bytes. */
function signedArchive(caseData: Buffer): Buffer {
  const pem = Buffer.from(key.publicKeyPem);
  const m: CaseArchiveManifest = {
    format: 'assay-case/1',
    assayVersion: 'test',
    createdAt: '2026-01-01T00:00:00Z',
    case: { uid: `${fingerprint}:1`, id: 1, name: 'Totes', status: 'draft' },
    origin: { fingerprint, custodyHead: { seq: 1, hash: bundle().custody[0]!.hash } },
    signature: { algorithm: 'Ed25519', file: 'manifest.sig', publicKey: 'public-key.pem', publicKeySha256: fingerprint },
    counts: { listings: 1, products: 1, evidence: 1, custodyEvents: 1 },
    files: [
      { path: 'case.json', size: caseData.length, sha256: sha256Hex(caseData), role: 'case-data' },
      { path: `evidence/${evidenceSha}`, size: evidence.length, sha256: evidenceSha, role: 'evidence' },
      { path: 'public-key.pem', size: pem.length, sha256: sha256Hex(pem), role: 'public-key' },
    ],
  };
  const mBytes = caseManifestBytes(m);
  return rawZip([
    { name: 'manifest.json', data: mBytes },
    { name: 'manifest.sig', data: signManifest(mBytes, key.privateKeyPem) },
    { name: 'public-key.pem', data: pem },
    { name: 'case.json', data: caseData },
    { name: `evidence/${evidenceSha}`, data: evidence },
  ]);
}

async function readOrRefuse(bytes: Buffer): Promise<void> {
  const file = nextName('c', 'assaycase');
  fs.writeFileSync(file, bytes);
  try {
    await readCaseArchive(file);
  } catch (e) {
    if (!isAssayError(e)) throw e;
  }
}

describe('the case-archive reader survives hostile bytes', () => {
  const validCase = Buffer.from(JSON.stringify(bundle()));

  it('reads the valid archive the properties start from', async () => {
    const file = nextName('valid', 'assaycase');
    fs.writeFileSync(file, signedArchive(validCase));
    await readCaseArchive(file);
  });

  it(`whole archives hurt anywhere: ${RUNS.toLocaleString('en-US')} inputs`, async () => {
    const valid = signedArchive(validCase);
    await fc.assert(fc.asyncProperty(hurt(valid), readOrRefuse), { numRuns: RUNS, seed: 8_2026, endOnFailure: true, timeout: 5_000 });
  }, 600_000);

  it(`signed archives whose case.json is hurt or replaced by any JSON: ${RUNS.toLocaleString('en-US')} inputs`, async () => {
    const caseJson = fc.oneof(
      hurt(validCase),
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
      fc.record({ listings: fc.anything(), custody: fc.anything(), evidence: fc.anything() }).map((part) => Buffer.from(JSON.stringify({ ...bundle(), ...part }) ?? 'null')),
    );
    await fc.assert(
      fc.asyncProperty(caseJson, (data) => readOrRefuse(signedArchive(data))),
      { numRuns: RUNS, seed: 8_2026, endOnFailure: true, timeout: 5_000 },
    );
  }, 600_000);
});
