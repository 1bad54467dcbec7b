// Entry point of the bundled CLI (dist/electron/cli.cjs), started by bin/assay.cjs.
import { processIo } from './io';
import { cliEnvironment, runCli } from './runCli';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // A closed pipe (assay listings | head) is a normal way to stop reading.
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

runCli(process.argv.slice(2), processIo(), cliEnvironment(__filename)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`assay: failed unexpectedly: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
