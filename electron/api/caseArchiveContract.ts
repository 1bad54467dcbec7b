// The contract's case-archive operations (a case handed to another workstation as a signed .assaycase file):
// export one, preview one before importing it, import it. Spread into `operations` in contract.ts.
import { z } from 'zod';

import { filePath, id, op } from './operationParts';

/* ---------- records ---------- */

export interface CaseArchiveExported {
  caseId: number;
  /** Where the archive was written. */
  out: string;
  bytes: number;
  listings: number;
  products: number;
  evidence: number;
  custodyEvents: number;
  manifestSha256: string;
  /** SHA-256 of this workspace's signing key: what the receiver checks before trusting the archive. */
  keyFingerprint: string;
}

/** 'own': this workspace's key; 'known': a key trusted before; 'unknown': needs the person's confirmation. */
export type CaseArchiveKeyStatus = 'own' | 'known' | 'unknown';

export interface CaseArchiveConflict {
  kind: 'listing' | 'product' | 'seller' | 'case' | 'custody';
  /** Which record: "ebay 1234", "SKU AB-1", "case 3". */
  subject: string;
  field: string;
  local: unknown;
  archive: unknown;
  kept: 'local';
}

/** What an import would add and match, and the conflicts it would report (the local value is kept in each). */
export interface CaseArchiveMergeCounts {
  caseCreated: boolean;
  listingsAdded: number;
  listingsMatched: number;
  productsAdded: number;
  productsMatched: number;
  evidenceAdded: number;
  evidenceMatched: number;
  testBuysAdded: number;
  custodyEventsStored: number;
  conflicts: CaseArchiveConflict[];
}

export interface CaseArchivePreviewRecord {
  /** The archive's own file name, as messages name it. */
  fileName: string;
  caseName: string;
  caseStatus: string;
  /** When the sender exported it. */
  createdAt: string;
  senderFingerprint: string;
  keyStatus: CaseArchiveKeyStatus;
  /** The local case it would merge into, or null when it would open a new one. */
  existingCaseId: number | null;
  listings: number;
  products: number;
  evidence: number;
  custodyEvents: number;
  forecast: CaseArchiveMergeCounts;
}

export interface CaseArchiveImported extends CaseArchiveMergeCounts {
  caseId: number;
  senderFingerprint: string;
  keyStatus: 'own' | 'known' | 'trusted_on_import';
  manifestSha256: string;
  sellersAdded: number;
  evidenceFilesStored: number;
  transitionsAdded: number;
}

/* ---------- inputs ---------- */

const fingerprint = z.string().regex(/^[0-9a-f]{64}$/, 'a key fingerprint is 64 hexadecimal digits');

export const caseArchiveExportSchema = z.strictObject({
  caseId: id,
  /** Where to write; by default an exports/ folder beside the workspace, named by case and time. */
  out: filePath.optional(),
});

export const caseArchiveImportSchema = z.strictObject({
  path: filePath,
  /** The sender's fingerprint, as the person saw and confirmed it; without it an archive from an unknown key is refused. */
  trustKey: fingerprint.optional(),
});

/* ---------- operations ---------- */

export const caseArchiveOperations = {
  'caseArchives.export': op<typeof caseArchiveExportSchema, CaseArchiveExported>(caseArchiveExportSchema),
  /** Reads and verifies the archive and works out what an import would do; writes nothing. */
  'caseArchives.preview': op<z.ZodObject<{ path: typeof filePath }>, CaseArchivePreviewRecord>(z.strictObject({ path: filePath })),
  'caseArchives.import': op<typeof caseArchiveImportSchema, CaseArchiveImported>(caseArchiveImportSchema),
};
