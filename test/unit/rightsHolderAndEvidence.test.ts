// The rights holder's details (Settings → Brand) and evidence added through core: validation that names the
// field, custody events for each change, media types from bytes, and names made safe.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../electron/core/cases/addEvidence';
import { createCase } from '../../electron/core/cases/createCase';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { sanitiseOriginalName, sniffMediaType } from '../../electron/core/cases/evidenceMediaType';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { redactEvidence } from '../../electron/core/cases/redactEvidence';
import { rightsHolderDetails, saveRightsHolder, saveTrademark, setTrademarkImage } from '../../electron/core/cases/rightsHolder';
import { verifyEvidenceStore } from '../../electron/core/cases/verifyEvidenceStore';
import { getEvidence } from '../../electron/core/db/evidenceRepository';
import { newWorkspace } from '../support/tempWorkspace';

const actor = 'tester@host';
const at = '2026-03-01T10:00:00.000Z';
const holder = {
  brandName: 'Corvanne',
  ownerName: 'Corvanne Maison S.A.',
  ownerAddress: '12 rue de la Paix, Paris',
  ownerEmail: 'legal@corvanne.example',
  ownerPhone: null,
  ownerCountry: 'fr',
  agentName: 'Brightline IP',
  agentAddress: null,
  agentEmail: 'notices@brightline.example',
  agentPhone: null,
  agentAuthorisation: 'Power of attorney of 2025-01-10',
  agentAuthorisationExpiresOn: '2027-01-10',
  signatoryName: 'Aline Moreau',
  signatoryTitle: 'Counsel',
  signatureText: '/Aline Moreau/',
};

describe('the rights holder', () => {
  it('creates the brand on first save, normalises the country, and records who changed what', async () => {
    const ws = newWorkspace();
    expect(rightsHolderDetails(ws.db)).toBeNull();
    const saved = saveRightsHolder(ws.db, holder, actor, at);
    expect(saved).toMatchObject({ brandName: 'Corvanne', ownerCountry: 'FR', agentName: 'Brightline IP', trademarks: [] });
    saveRightsHolder(ws.db, { ...holder, signatoryTitle: 'General Counsel' }, actor, at, saved.brandId);
    const events = ws.db.prepare('SELECT action, details FROM custody_event ORDER BY seq').all() as { action: string; details: string }[];
    expect(events.map((e) => e.action)).toEqual(['brand.created', 'brand.rights_holder_edited']);
    expect(JSON.parse(events[1]!.details).changed).toEqual(['signatoryTitle']);
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true, events: 2 });
  });

  it('refuses a bad detail naming the field', () => {
    const ws = newWorkspace();
    expect(() => saveRightsHolder(ws.db, { ...holder, ownerName: ' ' }, actor, at)).toThrow('The rights holder (owner name) is required');
    expect(() => saveRightsHolder(ws.db, { ...holder, agentEmail: 'not-an-address' }, actor, at)).toThrow(`The agent's e-mail "not-an-address" is not an e-mail address.`);
    expect(() => saveRightsHolder(ws.db, { ...holder, agentAuthorisation: null }, actor, at)).toThrow('The agent Brightline IP needs their authorisation');
    expect(() => saveRightsHolder(ws.db, { ...holder, agentAuthorisationExpiresOn: '10/01/2027' }, actor, at)).toThrow(`The agent's authorisation expiry "10/01/2027" is not a date written YYYY-MM-DD.`);
    expect(rightsHolderDetails(ws.db)).toBeNull();
  });

  it('keeps trademarks with their classes and expiry, refusing a duplicate registration and a class out of range', async () => {
    const ws = newWorkspace();
    const { brandId } = saveRightsHolder(ws.db, holder, actor, at);
    const tm = saveTrademark(ws.db, brandId, null, { mark: 'CORVANNE', kind: 'word', office: 'EUIPO', registrationNumber: '018234567', classes: [25, 18, 18], registeredOn: '2020-05-01', expiresOn: '2030-05-01' }, actor, at);
    expect(tm.classes).toEqual([18, 25]);
    expect(() => saveTrademark(ws.db, brandId, null, { ...tm, classes: [] }, actor, at)).toThrow('Registration 018234567 at EUIPO is already recorded');
    expect(() => saveTrademark(ws.db, brandId, null, { ...tm, registrationNumber: 'X', classes: [46] }, actor, at)).toThrow('names class 46; Nice classes run from 1 to 45');
    const image = path.join(ws.dir, 'mark.png');
    fs.writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]));
    const withImage = await setTrademarkImage(ws.db, evidenceStoreFor(ws.dir), tm.id, image, actor, at);
    expect(withImage.markImageSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyEvidenceStore(ws.db, evidenceStoreFor(ws.dir))).toEqual({ ok: true, files: 1 });
  });
});

describe('evidence', () => {
  it('sniffs media types from bytes, falling back to the extension only for text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(sniffMediaType(png, 'shot.jpg')).toBe('image/png');
    expect(sniffMediaType(new TextEncoder().encode('%PDF-1.7\n'), 'x')).toBe('application/pdf');
    expect(sniffMediaType(new TextEncoder().encode('WARC/1.1\r\nWARC-Type: response'), 'capture.warc')).toBe('application/warc');
    expect(sniffMediaType(new TextEncoder().encode('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;'), 'page')).toBe('multipart/related');
    expect(sniffMediaType(new TextEncoder().encode('<!DOCTYPE html><html>'), 'page.txt')).toBe('text/html');
    expect(sniffMediaType(new Uint8Array([0, 1, 2, 3]), 'blob.png')).toBe('application/octet-stream');
  });

  it('keeps only a safe last segment of a file name', () => {
    expect(sanitiseOriginalName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseOriginalName('C:\\Users\\a\\shot:1.png')).toBe('shot_1.png');
    expect(sanitiseOriginalName('/abs/.hidden')).toBe('hidden');
    expect(sanitiseOriginalName('..')).toBe('evidence');
  });

  it('refuses a source URL that is not http(s) and a capture time that is not a date, naming them', async () => {
    const ws = newWorkspace();
    const file = path.join(ws.dir, 'a.txt');
    fs.writeFileSync(file, 'x');
    const store = evidenceStoreFor(ws.dir);
    await expect(addEvidence(ws.db, store, { file, sourceUrl: 'javascript:alert(1)', actor, at })).rejects.toThrow('The source URL "javascript:alert(1)" must start with http:// or https://.');
    await expect(addEvidence(ws.db, store, { file, capturedAt: 'yesterday', actor, at })).rejects.toThrow('The capture time "yesterday" is not an ISO 8601 date');
    await expect(addEvidence(ws.db, store, { file: path.join(ws.dir, 'missing.png'), actor, at })).rejects.toThrow(`Cannot read ${path.join(ws.dir, 'missing.png')}: no such file.`);
  });

  it('redacts by adding a new file linked to the original, which stays byte for byte as it was', async () => {
    const ws = newWorkspace();
    saveRightsHolder(ws.db, holder, actor, at);
    const { caseId } = createCase(ws.db, { name: 'c', actor, at });
    const store = evidenceStoreFor(ws.dir);
    const file = path.join(ws.dir, 'order.pdf');
    fs.writeFileSync(file, '%PDF-1.4 buyer: Jane Doe, 1 Main St');
    const { evidence: original } = await addEvidence(ws.db, store, { file, caseId, kind: 'test_buy_report', actor, at });
    const redactedFile = path.join(ws.dir, 'order-redacted.pdf');
    fs.writeFileSync(redactedFile, '%PDF-1.4 buyer: ████████████████');
    const redaction = await redactEvidence(ws.db, store, { evidenceId: original.id, file: redactedFile, actor, at });
    expect(redaction).toMatchObject({ redactsEvidenceId: original.id, kind: 'test_buy_report', originalName: 'order-redacted.pdf' });
    expect(getEvidence(ws.db, original.id)).toEqual(original);
    expect(fs.readFileSync(store.pathOf(original.sha256), 'utf8')).toBe('%PDF-1.4 buyer: Jane Doe, 1 Main St');
    await expect(redactEvidence(ws.db, store, { evidenceId: original.id, file, actor, at })).rejects.toThrow('byte for byte the same as evidence');
    expect(ws.db.prepare('SELECT evidence_id FROM case_evidence WHERE case_id = ? ORDER BY evidence_id').all(caseId)).toEqual([{ evidence_id: original.id }, { evidence_id: redaction.id }]);
  });
});
