// `assay demo`: writes a realistic, deterministic demo workspace.
import { writeDemoWorkspace } from '../../core/demo/writeDemoWorkspace';
import { demoSeizurePhotos } from '../../core/seizures/demoSeizure';
import type { CliIo } from '../io';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('demo', args, {
    db: { type: 'string' },
    listings: { type: 'string' },
    seed: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const dbPath = requireFlag('demo', 'db', values.db);
  const listings = wholeNumberFlag('demo', 'listings', values.listings, 0, 10_000_000) ?? 5000;
  const seed = wholeNumberFlag('demo', 'seed', values.seed, 0, 2 ** 31 - 1) ?? 1;
  const started = Date.now();
  const seizurePhotos = await demoSeizurePhotos(seed);
  const summary = writeDemoWorkspace(dbPath, { listings, seed, force: values.force === true, seizurePhotos });
  const seconds = (Date.now() - started) / 1000;
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...summary, seed, seconds })}\n`);
  } else {
    const n = (x: number) => x.toLocaleString('en-US');
    io.stdout(`Wrote the demo workspace ${summary.dbPath}: ${n(summary.listings)} listings, ${n(summary.products)} products, ${n(summary.sellers)} sellers, ${n(summary.cases)} cases (seed ${seed}, ${seconds.toFixed(1)} s).\n`);
  }
  return 0;
}
