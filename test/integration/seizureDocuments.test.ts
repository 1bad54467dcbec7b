// The documents received with a seizure, through the contract operation on a real workspace file and through
// `assay seizure document add` on the built bundle: each file stored once by its SHA-256 with a custody event and
// listed on the seizure, a missing file refused by name with nothing added, and the documents carried into the
// examination report that sha256sum and `assay verify` check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { writeDemoWorkspace } from '../../electron/core/demo/writeDemoWorkspace';
import { AssayError } from '../../electron/core/errors';
import { seizureHandlers } from '../../electron/core/handlers/seizureHandlers';
import { sha256Hex } from '../../electron/core/hashing';
import { createSeizure } from '../../electron/core/seizures/seizureEditing';
import { seizureDetail } from '../../electron/core/seizures/seizureViews';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const NOTICE = Buffer.from('Notice of detention, CBP-2026-0457: 120 handbags, 40 belts.\n');

describe('documents received, through the contract', () => {
  let ws: Workspace;
  let dir: string;
  let ops: ReturnType<typeof seizureHandlers>;
  const events = (action: string) => (ws.db.prepare('SELECT count(*) AS n FROM custody_event WHERE action = ?').get(action) as { n: number }).n;
  const rowsWith = (sha256: string) => (ws.db.prepare('SELECT count(*) AS n FROM evidence WHERE sha256 = ?').get(sha256) as { n: number }).n;

  beforeAll(() => {
    dir = tempDir();
    writeDemoWorkspace(path.join(dir, 'w.db'), { listings: 10, seed: 3 });
    ws = openWorkspace(path.join(dir, 'w.db'));
    ops = seizureHandlers(ws);
    fs.writeFileSync(path.join(dir, 'detention-notice.pdf'), PDF);
    fs.writeFileSync(path.join(dir, 'notice.txt'), NOTICE);
    return () => ws.close();
  });

  it('stores each file once, links it to the seizure with a custody event, and lists it with its hash and who added it', async () => {
    const s = createSeizure(ws.db, { authority: 'US CBP', reference: 'CBP-2026-0457', office: 'Port of Newark' }, { actor: 'examiner@bench', at: '2026-11-20T09:00:00.000Z' });
    const before = { linked: events('seizure.document_added'), evidence: events('evidence.added') };
    const added = await ops['seizures.addDocuments']({ seizureId: s.id, files: [{ path: path.join(dir, 'detention-notice.pdf') }, { path: path.join(dir, 'notice.txt'), name: 'Notice from CBP.txt' }] });
    expect(added.already).toEqual([]);
    expect(added.added.map((d) => [d.name, d.size, d.sha256, d.mediaType])).toEqual([
      ['detention-notice.pdf', PDF.length, sha256Hex(PDF), 'application/pdf'],
      ['Notice from CBP.txt', NOTICE.length, sha256Hex(NOTICE), 'text/plain'],
    ]);
    expect(events('seizure.document_added')).toBe(before.linked + 2);
    expect(events('evidence.added')).toBe(before.evidence + 2);
    const kinds = ws.db.prepare('SELECT kind FROM evidence WHERE id IN (?, ?) ORDER BY id').all(added.added[0]!.evidenceId, added.added[1]!.evidenceId) as { kind: string }[];
    expect(kinds.map((k) => k.kind)).toEqual(['pdf', 'other']);
    const stored = evidenceStoreFor(dir).pathOf(sha256Hex(PDF));
    expect(sha256Hex(fs.readFileSync(stored))).toBe(sha256Hex(PDF));

    const again = await ops['seizures.addDocuments']({ seizureId: s.id, files: [{ path: path.join(dir, 'detention-notice.pdf'), name: 'copy of the notice.pdf' }] });
    expect(again.added).toEqual([]);
    expect(again.already.map((d) => d.evidenceId)).toEqual([added.added[0]!.evidenceId]);
    expect(rowsWith(sha256Hex(PDF))).toBe(1);
    expect(events('seizure.document_added')).toBe(before.linked + 2);

    const listed = seizureDetail(ws.db, s.id).documents;
    expect(listed.map((d) => d.name)).toEqual(['detention-notice.pdf', 'Notice from CBP.txt']);
    expect(listed[0]).toMatchObject({ sha256: sha256Hex(PDF), size: PDF.length, addedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(listed[0]!.addedBy).not.toBe('');
    expect((await verifyCustodyLog(ws.db)).ok).toBe(true);
  });

  it('refuses a batch with a missing file by its name, adding none of it', async () => {
    const s = createSeizure(ws.db, { authority: 'Douane France', reference: 'FR-LEH-2026-88' }, { actor: 'examiner@bench', at: '2026-11-20T09:00:00.000Z' });
    const before = events('evidence.added');
    const missing = path.join(dir, 'inventory-scan.pdf');
    const attempt = ops['seizures.addDocuments']({ seizureId: s.id, files: [{ path: path.join(dir, 'notice.txt') }, { path: missing }] });
    await expect(attempt).rejects.toThrow(AssayError);
    await expect(attempt).rejects.toThrow(`Cannot add inventory-scan.pdf to seizure FR-LEH-2026-88: ${missing} does not exist. Nothing was added.`);
    expect(seizureDetail(ws.db, s.id).documents).toEqual([]);
    expect(events('evidence.added')).toBe(before);
    await expect(ops['seizures.addDocuments']({ seizureId: 9999, files: [{ path: path.join(dir, 'notice.txt') }] })).rejects.toThrow(/Seizure 9999 does not exist/);
  });
});

describe('assay seizure document add', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = tempDir();
    db = path.join(dir, 'w.db');
    const made = runAssay(['demo', '--db', db, '--listings', '30', '--seed', '5']);
    expect(made.code, made.stderr).toBe(0);
    fs.writeFileSync(path.join(dir, 'detention notice.pdf'), PDF);
    fs.writeFileSync(path.join(dir, 'notice.txt'), NOTICE);
  });

  it('adds documents to the demo seizure, says when one is already there, and refuses a missing file by name', () => {
    const added = runAssay(['seizure', 'document', 'add', path.join(dir, 'detention notice.pdf'), path.join(dir, 'notice.txt'), '--db', db, '--seizure', '1']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`added    ${sha256Hex(PDF)}  detention notice.pdf (evidence `);
    expect(added.stdout).toContain(`added    ${sha256Hex(NOTICE)}  notice.txt (evidence `);

    const again = runAssay(['seizure', 'document', 'add', path.join(dir, 'notice.txt'), '--db', db, '--seizure', '1', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ name: 'notice.txt', sha256: sha256Hex(NOTICE), size: NOTICE.length, added: false });

    const missing = runAssay(['seizure', 'document', 'add', path.join(dir, 'notice.txt'), path.join(dir, 'gone.pdf'), '--db', db, '--seizure', '1']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toBe(`assay: Cannot add gone.pdf to seizure NL-RTM-2025-014817: ${path.join(dir, 'gone.pdf')} does not exist. Nothing was added.\n`);

    const usage = runAssay(['seizure', 'document', 'add', '--db', db, '--seizure', '1']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/takes one or more FILEs/);
  });

  it('carries the documents into the report, where sha256sum and assay verify check them', () => {
    const out = path.join(dir, 'report');
    const made = runAssay(['seizure', 'report', '--db', db, '--seizure', '1', '--out', out, '--json']);
    expect(made.code, made.stderr).toBe(0);
    const documents = (JSON.parse(made.stdout) as { files: string[] }).files.filter((f) => f.startsWith('documents/'));
    expect(documents).toHaveLength(2);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string; role: string }[] };
    expect(manifest.files.filter((f) => f.role === 'document').map((f) => f.sha256).sort()).toEqual([sha256Hex(PDF), sha256Hex(NOTICE)].sort());
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(sums.stdout).toMatch(/documents\/\d+-detention.notice\.pdf: OK/);
    const verified = runAssay(['verify', out]);
    expect(verified.code, verified.stderr).toBe(0);
  });
});
