// The `assay` command: routes to a command and turns every failure into one sentence on stderr and a non-zero exit.
import path from 'node:path';
import { isAssayError, storageError } from '../core/errors';
import { backupCommand, restoreCommand } from './commands/backupCommand';
import { caseCommand } from './commands/caseCommand';
import { demoCommand } from './commands/demoCommand';
import { evidenceCommand } from './commands/evidenceCommand';
import { importCommand } from './commands/importCommand';
import { importsCommand } from './commands/importsCommand';
import { listingsCommand } from './commands/listingsCommand';
import { packetCommand } from './commands/packetCommand';
import { scoreCommand } from './commands/scoreCommand';
import { seizureCommand } from './commands/seizureCommand';
import { serveCommand } from './commands/serveCommand';
import { verifyCommand } from './commands/verifyCommand';
import type { CliIo } from './io';

export const USAGE = `Usage: assay <command> [flags]

Commands:
  demo      --db PATH [--listings N] [--seed S] [--force] [--json]   write a demo workspace
  listings  --db PATH [--json]                                        print the listings
  import FILE --db PATH [--marketplace NAME] [--preset NAME] [--map FIELD=COLUMN]...
            [--delimiter C] [--quote C] [--encoding E] [--sheet NAME] [--again] [--images DIR] [--json]
                                                                      import listings from CSV, TSV, NDJSON, JSON or XLSX;
                                                                      --images attaches DIR/<listing_id>.jpg, <listing_id>_2.png…
  products import FILE --db PATH [--brand NAME] [--map FIELD=COLUMN]... [same file flags] [--json]
                                                                      import the brand's genuine product specifications
                                                                      (official_images: photo files beside the sheet)
  score     --db PATH [--force] [--json]                              match and score the listings that changed; risk bands
  imports list --db PATH [--json]                                     the import history
  imports rejections --db PATH --import ID [--csv | --json]           an import's rejected rows (CSV to fix and re-import)
  imports undo --db PATH --import ID                                  undo an import
  backup    --db PATH --out FILE [--force] [--json]                   a verified backup of the workspace and its evidence
  backup verify FILE [--json]                                         check a backup archive
  restore FILE --db PATH [--force] [--json]                           restore a backup; checks everything before replacing
  case list --db PATH [--json]                                        the cases, their stage and listings
  case create --db PATH --name NAME [--brand NAME] [--marketplace M]... [--reason R] [--listings-where QUERY] [--json]
                                                                      open a case in draft; QUERY picks its listings:
                                                                      words to search for, risk>=60, price<20,
                                                                      marketplace=ebay,amazon, status=suspect (!= excludes)
  case show --db PATH --case ID [--json]                              a case's listings and their reasons
  case status --db PATH --case ID --to STATUS [--outcome O] [--note T]
                                                                      move a case: draft, in_review, ready, submitted,
                                                                      resolved (outcome taken_down, partly_taken_down,
                                                                      rejected or relisted)
  case export --db PATH --case ID --out FILE.assaycase [--force] [--json]
                                                                      a case with its listings, evidence and custody
                                                                      events in one signed archive for another workstation
  case import FILE.assaycase --db PATH [--trust-key] [--json]         merge a case archive; --trust-key accepts a sender's
                                                                      key you have checked by its fingerprint
  evidence add FILE... --db PATH [--case ID] [--listing ID] [--test-buy ID] [--source-url URL]
            [--captured-at ISO] [--kind K] [--note T] [--json]        store files as evidence (SHA-256, once each)
  evidence list --db PATH --case ID [--json]                          a case's evidence
  evidence redact FILE --db PATH --evidence ID                        add a redacted copy linked to its original
  verify    --db PATH [--json]                                        re-hash the evidence, walk the custody log
  verify PACKET [--json]                                              check a packet folder or ZIP: hashes, signature, manifest
  packet export --db PATH --case ID --profile P --out DIR [--zip] [--force] [--time ISO] [--json]
                                                                      write a case's takedown packet; P is alibaba, amazon,
                                                                      ebay, dhgate, dmca or lumen
  seizure list --db PATH [--json]                                     the seizures by deadline, with progress and warnings
  seizure import FILE --db PATH (--seizure ID | --reference REF [--authority A] [--deadline YYYY-MM-DD])
            [--map FIELD=COLUMN]... [--sheet NAME] [--json]           read a customs inventory (CSV or XLSX) into a seizure
  seizure document add FILE... --db PATH --seizure ID [--json]        keep the documents received with a seizure as evidence
  seizure report --db PATH --seizure ID --out DIR [--force] [--json]  the examination report: PDF, CSV, XLSX, signed manifest
  serve     --db PATH [--port N] [--no-open]                          open the workstation in a browser
  help                                                                show this help
`;

export interface CliEnvironment {
  /** Folder of the built renderer, served by `assay serve`. */
  rendererDir: string;
  /** The bundled import worker, which runs every import: `assay import` and those started in the app. */
  importWorkerScript: string;
}

export async function runCli(argv: string[], io: CliIo, env: CliEnvironment): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'demo':
        return await demoCommand(args, io);
      case 'listings':
        return listingsCommand(args, io);
      case 'score':
        return await scoreCommand(args, io, env);
      case 'import':
        return await importCommand('listings', args, io, env);
      case 'imports':
        return importsCommand(args, io);
      case 'products':
        if (args[0] !== 'import') {
          io.stderr('assay: products takes "import FILE". Run "assay help" to see the commands.\n');
          return 2;
        }
        return await importCommand('products', args.slice(1), io, env);
      case 'backup':
        return await backupCommand(args, io);
      case 'restore':
        return await restoreCommand(args, io);
      case 'case':
        return await caseCommand(args, io);
      case 'evidence':
        return await evidenceCommand(args, io);
      case 'packet':
        return await packetCommand(args, io);
      case 'verify':
        return await verifyCommand(args, io);
      case 'seizure':
        return await seizureCommand(args, io);
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
