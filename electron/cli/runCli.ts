// The `assay` command: routes to a command and turns every failure into one sentence on stderr and a non-zero exit.
import path from 'node:path';
import { isAssayError, storageError } from '../core/errors';
import { backupCommand, restoreCommand } from './commands/backupCommand';
import { demoCommand } from './commands/demoCommand';
import { importCommand } from './commands/importCommand';
import { importsCommand } from './commands/importsCommand';
import { listingsCommand } from './commands/listingsCommand';
import { scoreCommand } from './commands/scoreCommand';
import { serveCommand } from './commands/serveCommand';
import type { CliIo } from './io';

export const USAGE = `Usage: assay <command> [flags]

Commands:
  demo      --db PATH [--listings N] [--seed S] [--force] [--json]   write a demo workspace
  listings  --db PATH [--json]                                        print the listings
  import FILE --db PATH [--marketplace NAME] [--preset NAME] [--map FIELD=COLUMN]...
            [--delimiter C] [--quote C] [--encoding E] [--sheet NAME] [--again] [--json]
                                                                      import listings from CSV, TSV, NDJSON, JSON or XLSX
  products import FILE --db PATH [--brand NAME] [--map FIELD=COLUMN]... [same file flags] [--json]
                                                                      import the brand's genuine product specifications
  score     --db PATH [--force] [--json]                              match and score the listings that changed; risk bands
  imports list --db PATH [--json]                                     the import history
  imports rejections --db PATH --import ID [--csv | --json]           an import's rejected rows (CSV to fix and re-import)
  imports undo --db PATH --import ID                                  undo an import
  backup    --db PATH --out FILE [--force] [--json]                   a verified backup of the workspace and its evidence
  backup verify FILE [--json]                                         check a backup archive
  restore FILE --db PATH [--force] [--json]                           restore a backup; checks everything before replacing
  serve     --db PATH [--port N] [--no-open]                          open the workstation in a browser
  help                                                                show this help
`;

export interface CliEnvironment {
  /** Folder of the built renderer, served by `assay serve`. */
  rendererDir: string;
  /** The bundled import worker, run by `assay serve` for imports started in the app. */
  importWorkerScript: string;
}

export async function runCli(argv: string[], io: CliIo, env: CliEnvironment): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'demo':
        return demoCommand(args, io);
      case 'listings':
        return listingsCommand(args, io);
      case 'score':
        return scoreCommand(args, io);
      case 'import':
        return await importCommand('listings', args, io);
      case 'imports':
        return importsCommand(args, io);
      case 'products':
        if (args[0] !== 'import') {
          io.stderr('assay: products takes "import FILE". Run "assay help" to see the commands.\n');
          return 2;
        }
        return await importCommand('products', args.slice(1), io);
      case 'backup':
        return await backupCommand(args, io);
      case 'restore':
        return await restoreCommand(args, io);
      case 'serve':
        return await serveCommand(args, io, env);
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
    const storage = storageError(e, `assay ${command}`);
    if (storage) {
      io.stderr(`assay: ${storage.message}\n`);
      return 1;
    }
    io.stderr(`assay: ${command} failed unexpectedly: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}

/** Where the bundled CLI finds what it serves and runs: dist/renderer and dist/electron/importWorker.cjs. */
export const cliEnvironment = (cliFile: string): CliEnvironment => ({
  rendererDir: path.resolve(path.dirname(cliFile), '..', 'renderer'),
  importWorkerScript: path.resolve(path.dirname(cliFile), 'importWorker.cjs'),
});
