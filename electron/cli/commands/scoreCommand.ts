// `assay score`: matches and scores every listing that changed since it was last scored, and prints the
// workspace's counts by risk band.
import { HIGH_RISK_FROM, MEDIUM_RISK_FROM } from '../../api/vocabulary';
import { hashMissingImages } from '../../core/compare/images/hashStoredImages';
import { interruptedScoringRun, scoreWorkspace } from '../../core/compare/scoreWorkspace';
import { evidenceStoreFor } from '../../core/cases/evidenceStore';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag } from '../parseFlags';

export async function scoreCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('score', args, { db: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } });
  const ws = openWorkspaceForCli(requireFlag('score', 'db', values.db), io);
  try {
    // Images attached without a hash (by hand, or before hashing existed) are hashed first; scoring itself is synchronous.
    await hashMissingImages(ws.db, evidenceStoreFor(ws.dir));
    const interrupted = interruptedScoringRun(ws);
    if (interrupted && !values.json) io.stdout(`The last scoring run was interrupted after ${interrupted.scored.toLocaleString('en-US')} listings; this run finishes it.\n`);
    const s = scoreWorkspace(ws, { force: values.force === true });
    if (values.json) {
      io.stdout(`${JSON.stringify(s)}\n`);
    } else {
      const n = (x: number) => x.toLocaleString('en-US');
      io.stdout(
        `Scored ${n(s.scored)} of ${n(s.listings)} listings (${n(s.unchanged)} unchanged since their last scoring) in ${s.seconds.toFixed(1)} s.\n` +
          `Matched to a genuine product: ${n(s.matched)}. Risk: ${n(s.bands.high)} high (${HIGH_RISK_FROM}+), ${n(s.bands.medium)} medium (${MEDIUM_RISK_FROM}–${HIGH_RISK_FROM - 1}), ${n(s.bands.low)} low.\n`,
      );
    }
    return 0;
  } finally {
    ws.close();
  }
}
