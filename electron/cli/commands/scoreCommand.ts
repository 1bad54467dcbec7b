// `assay score`: matches and scores every listing that changed since it was last scored, and prints the
// workspace's counts by risk band. It runs the app's re-score (scoring.run) as it is.
import { HIGH_RISK_FROM, MEDIUM_RISK_FROM } from '../../api/vocabulary';
import { interruptedScoringRun } from '../../core/compare/scoreWorkspace';
import { scoringHandlers } from '../../core/handlers/scoringHandlers';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag } from '../parseFlags';

export async function scoreCommand(args: string[], io: CliIo, env: { importWorkerScript: string }): Promise<number> {
  const { values } = parseFlags('score', args, { db: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } });
  const ws = openWorkspaceForCli(requireFlag('score', 'db', values.db), io);
  try {
    const interrupted = interruptedScoringRun(ws);
    if (interrupted && !values.json) io.stdout(`The last scoring run was interrupted after ${interrupted.scored.toLocaleString('en-US')} listings; this run finishes it.\n`);
    // The app's re-score, in the same worker thread: it hashes any image attached without a hash, then scores.
    const s = await scoringHandlers(ws, undefined, env)['scoring.run']({ force: values.force === true });
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
