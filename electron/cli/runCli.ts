// The `assay` command: routes to a command and turns every failure into one sentence on stderr and a non-zero exit.
import path from 'node:path';
import { isAssayError } from '../core/errors';
import { demoCommand } from './commands/demoCommand';
import { listingsCommand } from './commands/listingsCommand';
import { serveCommand } from './commands/serveCommand';
import type { CliIo } from './io';

export const USAGE = `Usage: assay <command> [flags]

Commands:
  demo      --db PATH [--listings N] [--seed S] [--force] [--json]   write a demo workspace
  listings  --db PATH [--json]                                        print the listings
  serve     --db PATH [--port N] [--no-open]                          open the workstation in a browser
  help                                                                show this help
`;

export interface CliEnvironment {
  /** Folder of the built renderer, served by `assay serve`. */
  rendererDir: string;
}

export async function runCli(argv: string[], io: CliIo, env: CliEnvironment): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'demo':
        return demoCommand(args, io);
      case 'listings':
        return listingsCommand(args, io);
      case 'serve':
        return await serveCommand(args, io, env.rendererDir);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`assay: there is no command "${command}". Run "assay help" to see the commands.\n`);
        return 2;
    }
  } catch (e) {
    if (isAssayError(e)) {
      io.stderr(`assay: ${e.message}\n`);
      return e.code === 'bad_flag' ? 2 : 1;
    }
    io.stderr(`assay: ${command} failed unexpectedly: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}

export const defaultRendererDir = (cliFile: string) => path.resolve(path.dirname(cliFile), '..', 'renderer');
