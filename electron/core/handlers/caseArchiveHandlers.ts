// The case-archive operations of the contract: "Export for another workstation" in the case view, and "Import a
// case archive" on the Cases board (preview first: who signed it, what it holds, what it would add; then import).
import fs from 'node:fs';
import path from 'node:path';

import type { Handlers } from '../../api/contract';
import { exportCaseArchive } from '../caseArchive/exportCaseArchive';
import { importCaseArchive, previewCaseArchive } from '../caseArchive/importCaseArchive';
import { getCaseRecord } from '../db/caseRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';

type CaseArchiveOperations = 'caseArchives.export' | 'caseArchives.preview' | 'caseArchives.import';

/** exports/case-12-aurelle-sweep-2026-03-01T09-30-00Z.assaycase beside the workspace: the case, then the time. */
export function defaultCaseArchiveOut(ws: Workspace, caseId: number, caseName: string, time: Date): string {
  const slug = caseName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const stamp = time.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const base = path.join(ws.dir, 'exports', `case-${caseId}${slug ? `-${slug}` : ''}-${stamp}`);
  // Two exports in the same second get their own files rather than a refusal.
  let out = `${base}.assaycase`;
  for (let n = 2; fs.existsSync(out); n += 1) out = `${base}-${n}.assaycase`;
  return out;
}

export function caseArchiveHandlers(ws: Workspace): Pick<Handlers, CaseArchiveOperations> {
  return {
    'caseArchives.export': async ({ caseId, out }) => {
      const c = getCaseRecord(ws.db, caseId);
      if (!c) throw new AssayError('not_found', `There is no case ${caseId} in this workspace.`);
      const time = new Date();
      const target = out ?? defaultCaseArchiveOut(ws, caseId, c.name, time);
      if (!out) fs.mkdirSync(path.dirname(target), { recursive: true });
      const r = await exportCaseArchive(ws, { caseId, out: target, time });
      return {
        caseId: r.caseId,
        out: r.out,
        bytes: r.bytes,
        listings: r.listings,
        products: r.products,
        evidence: r.evidence,
        custodyEvents: r.custodyEvents,
        manifestSha256: r.manifestSha256,
        keyFingerprint: r.publicKeySha256,
      };
    },
    'caseArchives.preview': async ({ path: file }) => {
      const p = await previewCaseArchive(ws, file, path.basename(file));
      return {
        fileName: path.basename(file),
        caseName: p.caseName,
        caseStatus: p.caseStatus,
        createdAt: p.createdAt,
        senderFingerprint: p.senderFingerprint,
        keyStatus: p.keyStatus,
        existingCaseId: p.existingCaseId,
        listings: p.listings,
        products: p.products,
        evidence: p.evidence,
        custodyEvents: p.custodyEvents,
        forecast: p.forecast,
      };
    },
    'caseArchives.import': async ({ path: file, trustKey }) => {
      const r = await importCaseArchive(ws, file, { label: path.basename(file), trustKey: trustKey !== undefined, trustFingerprint: trustKey });
      return {
        caseId: r.caseId,
        caseCreated: r.caseCreated,
        senderFingerprint: r.senderFingerprint,
        keyStatus: r.keyStatus,
        manifestSha256: r.manifestSha256,
        listingsAdded: r.listingsAdded,
        listingsMatched: r.listingsMatched,
        sellersAdded: r.sellersAdded,
        productsAdded: r.productsAdded,
        productsMatched: r.productsMatched,
        evidenceAdded: r.evidenceAdded,
        evidenceMatched: r.evidenceMatched,
        evidenceFilesStored: r.evidenceFilesStored,
        testBuysAdded: r.testBuysAdded,
        transitionsAdded: r.transitionsAdded,
        custodyEventsStored: r.custodyEventsStored,
        conflicts: r.conflicts,
      };
    },
  };
}
