// The contract's packet operations (profiles, preview, export, the case's packets), spread into `operations` in
// contract.ts, with the records they return.
import { z } from 'zod';

import { empty, filePath, id, op, text } from './operationParts';

/* ---------- records ---------- */

export interface PacketProfileInfo {
  id: string;
  label: string;
  recipient: string;
}

export interface PacketPreview {
  caseId: number;
  profile: string;
  /** Why this packet cannot be made (a missing rights-holder detail, no listings); null when it can. */
  refusal: string | null;
  listings: number;
  links: number;
  linkFiles: number;
  /** The generated files (notice, comparison, link lists, custody extract, verifier, public key). */
  files: { path: string; role: string }[];
  evidenceFiles: number;
  evidenceBytes: number;
  notes: string[];
}

export interface PacketExportSummary {
  packetId: number;
  caseId: number;
  profile: string;
  out: string;
  zip: boolean;
  createdAt: string;
  files: number;
  bytes: number;
  manifestSha256: string;
  publicKeySha256: string;
  listings: number;
  links: number;
  notes: string[];
}

export interface PacketRecordSummary {
  id: number;
  caseId: number;
  profile: string;
  createdAt: string;
  outPath: string;
  manifestSha256: string;
  files: number;
  bytes: number;
}

/* ---------- inputs ---------- */

const profile = text(20).min(1);

export const packetExportSchema = z.strictObject({
  caseId: id,
  profile,
  zip: z.boolean().default(true),
  /** Where to write; by default a packets/ folder beside the workspace, named by case, profile and time. */
  out: filePath.optional(),
  force: z.boolean().default(false),
});
export type PacketExportInput = z.infer<typeof packetExportSchema>;

/* ---------- operations ---------- */

export const packetOperations = {
  'packets.profiles': op<typeof empty, PacketProfileInfo[]>(empty),
  'packets.preview': op<z.ZodObject<{ caseId: typeof id; profile: typeof profile }>, PacketPreview>(z.strictObject({ caseId: id, profile })),
  /** Writes the packet; reports 'job.progress' events with job "packets.export". */
  'packets.export': op<typeof packetExportSchema, PacketExportSummary>(packetExportSchema),
  'packets.list': op<z.ZodObject<{ caseId: typeof id }>, PacketRecordSummary[]>(z.strictObject({ caseId: id })),
};
