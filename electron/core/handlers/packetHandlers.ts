// The packet operations of the contract: the profiles, a preview of what a packet would hold (or why it is
// refused), the export with progress events, and the packets already exported for a case.
import fs from 'node:fs';
import path from 'node:path';
import type { EventSink, Handlers } from '../../api/contract';
import type { Workspace } from '../db/openWorkspace';
import { listPackets } from '../db/packetRepository';
import { isAssayError } from '../errors';
import { exportPacket, planCasePacket, workspaceSigningKey } from '../packets/exportPacket';
import { PACKET_PROFILES, PROFILES } from '../packets/packetProfiles';

type PacketOperations = 'packets.profiles' | 'packets.preview' | 'packets.export' | 'packets.list';

/** packets/case-12-alibaba-2026-03-01T09-30-00Z beside the workspace: one name per export, sortable by time. */
export const defaultPacketOut = (ws: Workspace, caseId: number, profile: string, time: Date): string =>
  path.join(ws.dir, 'packets', `case-${caseId}-${profile}-${time.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}`);

export function packetHandlers(ws: Workspace, events: EventSink): Pick<Handlers, PacketOperations> {
  return {
    'packets.profiles': () => PACKET_PROFILES.map((id) => ({ id, label: PROFILES[id].label, recipient: PROFILES[id].recipient })),
    'packets.preview': ({ caseId, profile }) => {
      const base = { caseId, profile, listings: 0, links: 0, linkFiles: 0, files: [], evidenceFiles: 0, evidenceBytes: 0, notes: [] };
      try {
        const plan = planCasePacket(ws, caseId, profile, new Date(), workspaceSigningKey(ws).publicKeyPem);
        return {
          ...base,
          refusal: null,
          listings: plan.listings,
          links: plan.links,
          linkFiles: plan.linkFiles,
          files: plan.generated.map((g) => ({ path: g.path, role: g.role })),
          evidenceFiles: plan.evidence.length,
          evidenceBytes: plan.evidence.reduce((n, e) => n + e.size, 0),
          notes: plan.notes,
        };
      } catch (e) {
        if (isAssayError(e) && e.code !== 'not_found') return { ...base, refusal: e.message };
        throw e;
      }
    },
    'packets.export': async ({ caseId, profile, zip, out, force }) => {
      const time = new Date();
      const target = out ?? defaultPacketOut(ws, caseId, profile, time);
      if (!out) fs.mkdirSync(path.dirname(target), { recursive: true });
      const job = 'packets.export';
      return exportPacket(ws, { caseId, profile, out: target, zip, force, time, onProgress: (phase, done, total) => events.emit('job.progress', { job, phase, done, total }) });
    },
    'packets.list': ({ caseId }) => listPackets(ws.db, caseId),
  };
}
