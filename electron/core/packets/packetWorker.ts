// Entry of the worker thread that runs `packets.export` for the app and the web host, one export at a time
// (workers/jobThread.ts): building the PDFs and writing the packet take seconds for a large case, so they run here,
// on the worker's own connection to the workspace, and the Electron main thread stays responsive. Progress and the
// outcome go back as messages.
import { parentPort, workerData } from 'node:worker_threads';
import { openWorkspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { exportPacket, type ExportResult } from './exportPacket';
import { serveJobs } from '../workers/serveJobs';
import { usePacketFontBytes, type SharedPacketFonts } from './pdfFonts';

export interface PacketWorkerRequest {
  caseId: number;
  profile: string;
  out: string;
  zip: boolean;
  force: boolean;
  /** The packet's creation time as an ISO string (a Date does not survive the message boundary as such). */
  time: string;
}

export type PacketWorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'done'; result: ExportResult }
  | { type: 'error'; code: string; message: string };

const data = workerData as { dbPath: string; nativeBinding?: string; fonts?: SharedPacketFonts };
const post = (m: PacketWorkerMessage) => parentPort!.postMessage(m);
// The launcher shares its copy of the fonts, so an export neither re-reads them nor holds 21 MB of its own.
if (data.fonts) usePacketFontBytes(data.fonts);

async function runExport(r: PacketWorkerRequest): Promise<void> {
  const ws = openWorkspace(data.dbPath, { mode: 'open', quickCheck: false, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  let result: ExportResult;
  try {
    result = await exportPacket(ws, { ...r, time: new Date(r.time), onProgress: (phase, done, total) => post({ type: 'progress', phase, done, total }) });
  } finally {
    ws.close();
  }
  // 'done' goes once the connection is closed: whoever waits on it may close the last other connection and exit,
  // and only the last connection to close checkpoints the write-ahead log into the database file and removes it.
  post({ type: 'done', result });
}

serveJobs<PacketWorkerRequest>((request) =>
  runExport(request).catch((e: unknown) => {
    const known = e instanceof AssayError;
    post({ type: 'error', code: known ? e.code : 'internal', message: known ? e.message : `The packet export failed unexpectedly: ${(e as Error).message ?? String(e)}` });
  }),
);
