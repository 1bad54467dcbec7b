// The packet operations of the contract: the profiles, a preview of what a packet would hold (or why it is
// refused), the export in a worker thread (dist/electron/packetWorker.cjs, beside the import worker), one at a
// time in one thread kept between exports (workers/jobThread.ts), with progress events, and the packets already
// exported for a case.
import fs from 'node:fs';
import path from 'node:path';
import type { EventSink, Handlers } from '../../api/contract';
import type { PacketExportSummary } from '../../api/packetContract';
import type { ErrorCode } from '../../api/result';
import type { Workspace } from '../db/openWorkspace';
import { listPackets } from '../db/packetRepository';
import { AssayError, isAssayError } from '../errors';
import { planCasePacket, workspaceSigningKey } from '../packets/exportPacket';
import { PACKET_PROFILES, PROFILES } from '../packets/packetProfiles';
import { sharedPacketFontBytes } from '../packets/pdfFonts';
import type { PacketWorkerMessage, PacketWorkerRequest } from '../packets/packetWorker';
import { JobThread } from '../workers/jobThread';

type PacketOperations = 'packets.profiles' | 'packets.preview' | 'packets.export' | 'packets.list';

export interface PacketEnvironment {
  /** The bundled import worker; the packet worker is built beside it. */
  importWorkerScript: string;
  nativeBinding?: string;
}

/** packets/case-12-alibaba-2026-03-01T09-30-00Z beside the workspace: one name per export, sortable by time. */
export const defaultPacketOut = (ws: Workspace, caseId: number, profile: string, time: Date): string =>
  path.join(ws.dir, 'packets', `case-${caseId}-${profile}-${time.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}`);

type PacketThread = JobThread<PacketWorkerRequest, PacketWorkerMessage>;

/** The thread packet exports run in, on its own connection to the workspace. */
export function packetThread(ws: Workspace, env: PacketEnvironment): PacketThread {
  const nativeBinding = env.nativeBinding ?? ws.nativeBinding;
  return new JobThread({
    script: path.join(path.dirname(env.importWorkerScript), 'packetWorker.cjs'),
    // The fonts (21 MB) are read once per process and shared, not read and copied by every export.
    workerData: { dbPath: ws.dbPath, fonts: sharedPacketFontBytes(), ...(nativeBinding ? { nativeBinding } : {}) },
  });
}

/** Runs one export in the packet thread, relaying its progress as 'job.progress' events. */
function exportInWorker(thread: PacketThread, events: EventSink, request: PacketWorkerRequest): Promise<PacketExportSummary> {
  return new Promise((resolve, reject) => {
    let settled = false;
    thread.run(request, {
      message(m) {
        if (m.type === 'progress') events.emit('job.progress', { job: 'packets.export', phase: m.phase, done: m.done, total: m.total });
        else if (m.type === 'done') {
          settled = true;
          resolve(m.result);
        } else {
          settled = true;
          reject(new AssayError(m.code as ErrorCode, m.message));
        }
      },
      error(e) {
        settled = true;
        reject(new AssayError('internal', `The packet export failed unexpectedly: ${e.message}`));
      },
      exit(code) {
        if (!settled) reject(new AssayError('internal', `The packet export stopped unexpectedly (worker exit code ${code}); no packet was written.`));
      },
    });
  });
}

export function packetHandlers(ws: Workspace, events: EventSink, env: PacketEnvironment): Pick<Handlers, PacketOperations> {
  // Exports run one after another, as scoring runs: each holds its documents and PDFs (50-100 MB) while it runs,
  // so exports side by side only shared the same cores while the process's peak memory added up.
  let thread: PacketThread | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };
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
      return oneAtATime(() => exportInWorker((thread ??= packetThread(ws, env)), events, { caseId, profile, out: target, zip, force, time: time.toISOString() }));
    },
    'packets.list': ({ caseId }) => listPackets(ws.db, caseId),
  };
}
